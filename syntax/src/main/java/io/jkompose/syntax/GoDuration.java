package io.jkompose.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;

/**
 * Go's duration syntax, read and written: what {@code time.ParseDuration} accepts and what
 * {@code time.Duration.String()} prints. Compose files (through compose-go), kompose's labels and
 * a CronJob's {@code @every} schedule all use it.
 *
 * <p>A duration is an optional sign, then a sequence of decimal numbers, each with an optional
 * fraction and a unit: {@code ns}, {@code us} (or {@code µs}, {@code μs}), {@code ms}, {@code s},
 * {@code m}, {@code h}, e.g. {@code 1h2m3s}, {@code 1.5s}, {@code .5s}, {@code 1.s}, {@code 100ms}.
 * A bare {@code 0} (with or without a sign) is zero; any other number needs a unit. Fractions are
 * exact, truncated to the nanosecond as Go does; the total may not exceed Go's limit of 2^63-1
 * nanoseconds. Nothing else is allowed: no spaces, no exponent, no upper-case units.
 */
public final class GoDuration {

    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);
    /** The magnitude of Go's most negative duration, -2^63 ns. */
    private static final BigInteger MAX_NEGATIVE_NANOS = MAX_NANOS.add(BigInteger.ONE);
    private static final String GO_HINT = "write a number with a unit, such as 1m30s, 10s, 1.5s, 100ms, 250us"
            + " or 1h (units: ns, us, ms, s, m, h)";
    private static final String COMPOSE_HINT = "write a number with a unit, such as 1m30s, 10s, 1.5s, 100ms, 250us,"
            + " 1h or 2d (units: ns, us, ms, s, m, h, d, w)";
    private static final String MICRO = "\u00b5";

    private GoDuration() {
    }

    /**
     * A duration as Go's {@code time.ParseDuration} reads it, negative ones included.
     *
     * @throws IllegalArgumentException when the text is not one; the message says why
     */
    public static Duration parse(String text) {
        return parse(text, false, true);
    }

    /** As {@link #parse(String)}, but null when the text is not a duration. */
    public static Duration parseOrNull(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A duration of a Compose file, as compose-go reads it with go-str2duration: Go's syntax plus
     * the units {@code d} (24 hours) and {@code w} (7 days). Unlike Go, a negative duration is
     * refused (no Compose duration may be negative); {@code -0s} is zero and accepted.
     *
     * @throws IllegalArgumentException when the text is not one; the message says why
     */
    public static Duration parseCompose(String text) {
        return parse(text, true, false);
    }

    /**
     * A duration the way Go's {@code time.Duration.String()} writes it, which is also how
     * {@code docker compose config} prints every duration: {@code 0s}, {@code 500ms}, {@code 1.5s},
     * {@code 1m30s}, {@code 1h0m0s}. Below one second the unit shrinks ({@code ms}, {@code µs} with
     * the micro sign U+00B5, {@code ns}) and the value may carry a fraction; from one second on,
     * hours and minutes lead as soon as they are non-zero, and the seconds carry the fraction.
     */
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

    private static Duration parse(String text, boolean daysAndWeeks, boolean negativeAllowed) {
        String hint = daysAndWeeks ? COMPOSE_HINT : GO_HINT;
        if (text == null || text.isEmpty()) {
            throw invalid(text, "it is empty", hint);
        }
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        if (text.substring(i).equals("0")) {
            return Duration.ZERO;
        }
        if (i == text.length()) {
            throw invalid(text, "a number is missing", hint);
        }
        BigInteger limit = negative && negativeAllowed ? MAX_NEGATIVE_NANOS : MAX_NANOS;
        BigInteger total = BigInteger.ZERO;
        while (i < text.length()) {
            int numberStart = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            boolean digitsBefore = i > numberStart;
            boolean digitsAfter = false;
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
                int fractionStart = i;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
                digitsAfter = i > fractionStart;
            }
            if (!digitsBefore && !digitsAfter) {
                throw invalid(text, numberStart < text.length()
                        ? "expected a number at \"" + text.substring(numberStart) + "\""
                        : "a number is missing", hint);
            }
            String number = text.substring(numberStart, i);
            int unitStart = i;
            while (i < text.length() && !isDigit(text.charAt(i)) && text.charAt(i) != '.') {
                i++;
            }
            if (unitStart == i) {
                throw invalid(text, "the unit is missing after " + number, hint);
            }
            String unit = text.substring(unitStart, i);
            long nanosPerUnit = nanosPer(unit, daysAndWeeks);
            if (nanosPerUnit < 0) {
                throw invalid(text, "unknown unit \"" + unit + "\"", hint);
            }
            BigDecimal value = new BigDecimal(number.startsWith(".") ? "0" + number
                    : number.endsWith(".") ? number + "0" : number);
            total = total.add(value.multiply(BigDecimal.valueOf(nanosPerUnit)).toBigInteger());
            if (total.compareTo(limit) > 0) {
                throw invalid(text, "it is longer than Go's limit of about 292 years", hint);
            }
        }
        if (negative && total.signum() != 0) {
            if (!negativeAllowed) {
                throw invalid(text, "a duration cannot be negative", hint);
            }
            return Duration.ofNanos(total.negate().longValueExact());
        }
        return Duration.ofNanos(total.longValueExact());
    }

    private static long nanosPer(String unit, boolean daysAndWeeks) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> daysAndWeeks ? 86_400_000_000_000L : -1L;
            case "w" -> daysAndWeeks ? 604_800_000_000_000L : -1L;
            default -> -1L;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String text, String reason, String hint) {
        return new IllegalArgumentException("invalid duration \"" + text + "\": " + reason + "; " + hint);
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
