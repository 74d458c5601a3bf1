package io.jkompose.converters.plan;

import java.util.Set;
import java.util.regex.Pattern;

/** What a CronJob's {@code schedule} accepts: five cron fields, or one of the {@code @} shorthands. */
final class CronSchedules {

    private static final Set<String> SHORTHANDS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*?/,\\-#LW]+");
    private static final Pattern EVERY = Pattern.compile("@every\\s+(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+");

    private CronSchedules() {
    }

    static boolean isValid(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return false;
        }
        String text = schedule.strip();
        if (text.startsWith("@")) {
            return SHORTHANDS.contains(text) || EVERY.matcher(text).matches();
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
}
