package io.jkompose.converters.plan;

import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a CronJob's {@code schedule} accepts: five cron fields, or one of the {@code @} shorthands,
 * or {@code @every} with one space and a Go duration, as the API server's cron parser reads it.
 */
final class CronSchedules {

    private static final Set<String> SHORTHANDS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*?/,\\-#LW]+");
    private static final String EVERY = "@every ";

    private CronSchedules() {
    }

    static boolean isValid(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return false;
        }
        String text = schedule.strip();
        if (text.startsWith("@")) {
            return SHORTHANDS.contains(text) || text.startsWith(EVERY) && isEvery(text.substring(EVERY.length()));
        }
        // A time zone belongs in spec.timeZone; Kubernetes rejects CRON_TZ= and TZ= in the schedule.
        String[] fields = text.split("\\s+");
        if (fields.length != 5) {
            return false;
        }
        for (String field : fields) {
            if (!FIELD.matcher(field).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A Go duration that is not negative: a negative interval means nothing (cron would run it every second). */
    private static boolean isEvery(String duration) {
        Duration every = GoDuration.parseOrNull(duration);
        return every != null && !every.isNegative();
    }
}
