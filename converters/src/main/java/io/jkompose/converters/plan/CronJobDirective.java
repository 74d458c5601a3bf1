package io.jkompose.converters.plan;

import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import java.util.Locale;

/**
 * A service's {@code kompose.cronjob.*} labels, checked once: a value that is not valid is an
 * error at the labels, and counts as not given.
 *
 * @param schedule          {@code kompose.cronjob.schedule}, or null
 * @param concurrencyPolicy {@code kompose.cronjob.concurrency_policy} spelled as Kubernetes does, or null
 * @param backoffLimit      {@code kompose.cronjob.backoff_limit}, or null
 */
public record CronJobDirective(String schedule, String concurrencyPolicy, Integer backoffLimit) {

    static CronJobDirective read(Service service, Diagnostics diagnostics) {
        return new CronJobDirective(schedule(service, diagnostics), concurrencyPolicy(service, diagnostics),
                backoffLimit(service, diagnostics));
    }

    private static String schedule(Service service, Diagnostics diagnostics) {
        String value = KomposeLabels.value(service, KomposeLabels.CRONJOB_SCHEDULE);
        if (value == null) {
            return null;
        }
        if (!CronSchedules.isValid(value)) {
            KomposeLabels.invalid(diagnostics, service, KomposeLabels.CRONJOB_SCHEDULE, value,
                    "a cron schedule: five fields such as '*/5 * * * *', or @hourly, @daily ...");
            return null;
        }
        return value;
    }

    private static String concurrencyPolicy(Service service, Diagnostics diagnostics) {
        String value = KomposeLabels.value(service, KomposeLabels.CRONJOB_CONCURRENCY_POLICY);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "allow" -> "Allow";
            case "forbid" -> "Forbid";
            case "replace" -> "Replace";
            default -> {
                KomposeLabels.invalid(diagnostics, service, KomposeLabels.CRONJOB_CONCURRENCY_POLICY, value,
                        "Allow, Forbid or Replace");
                yield null;
            }
        };
    }

    private static Integer backoffLimit(Service service, Diagnostics diagnostics) {
        String value = KomposeLabels.value(service, KomposeLabels.CRONJOB_BACKOFF_LIMIT);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        KomposeLabels.invalid(diagnostics, service, KomposeLabels.CRONJOB_BACKOFF_LIMIT, value, "a whole number, 0 or more");
        return null;
    }
}
