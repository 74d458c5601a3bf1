package io.jkompose.converters.steps.container;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in kompose's label values, which kompose reads with Go's {@code time.ParseDuration}:
 * a sequence of numbers with units {@code ns us µs ms s m h} ({@code 10s}, {@code 1m30s},
 * {@code 1.5h}); a bare {@code 0} is zero.
 */
public final class GoDurations {

    private static final Pattern WHOLE = Pattern.compile("(?:(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private GoDurations() {
    }

    /** The duration, or null when the text is not one. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.equals("0")) {
            return Duration.ZERO;
        }
        if (!WHOLE.matcher(trimmed).matches()) {
            return null;
        }
        double nanos = 0;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
            nanos += Double.parseDouble(part.group(1)) * unitNanos(part.group(2));
        }
        return nanos >= Long.MAX_VALUE ? null : Duration.ofNanos((long) nanos);
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs", "μs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
    }
}
