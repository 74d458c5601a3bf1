package io.jkompose.parser.canonical;

import java.time.Duration;
import java.util.Objects;

/**
 * Writes a {@link Duration} the way Go's {@code time.Duration.String()} does, which is how
 * {@code docker compose config} prints every duration: {@code 0s}, {@code 500ms}, {@code 1.5s},
 * {@code 1m30s}, {@code 1h0m0s}. Below one second the unit shrinks ({@code ms}, {@code µs} with the
 * micro sign U+00B5, {@code ns}) and the value may carry a fraction; from one second on, hours and
 * minutes lead as soon as they are non-zero, and the seconds carry the fraction.
 */
public final class GoDurations {

    private static final String MICRO = "\u00b5";

    private GoDurations() {
    }

    public static String format(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero()) {
            return "0s";
        }
        boolean negative = duration.isNegative();
        Duration magnitude = negative ? duration.negated() : duration;
        String text = magnitude.getSeconds() == 0
                ? belowOneSecond(magnitude.getNano())
                : fromOneSecond(magnitude.getSeconds(), magnitude.getNano());
        return negative ? "-" + text : text;
    }

    private static String belowOneSecond(int nanos) {
        if (nanos < 1_000) {
            return nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return decimal(nanos, 3) + MICRO + "s";
        }
        return decimal(nanos, 6) + "ms";
    }

    private static String fromOneSecond(long seconds, int nanos) {
        StringBuilder text = new StringBuilder();
        long minutes = seconds / 60;
        if (minutes > 0) {
            long hours = minutes / 60;
            if (hours > 0) {
                text.append(hours).append('h');
            }
            text.append(minutes % 60).append('m');
        }
        text.append(seconds % 60);
        appendFraction(text, nanos, 9);
        return text.append('s').toString();
    }

    /** {@code value / 10^scale} in decimal, with the fraction's trailing zeros (and a bare point) dropped. */
    private static String decimal(long value, int scale) {
        long unit = pow10(scale);
        StringBuilder text = new StringBuilder().append(value / unit);
        appendFraction(text, value % unit, scale);
        return text.toString();
    }

    private static void appendFraction(StringBuilder text, long fraction, int scale) {
        if (fraction == 0) {
            return;
        }
        StringBuilder digits = new StringBuilder(Long.toString(fraction));
        while (digits.length() < scale) {
            digits.insert(0, '0');
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        text.append('.').append(digits, 0, end);
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}
