package io.jkompose.parser.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

/**
 * Parses Compose durations ({@code healthcheck.interval}, {@code stop_grace_period}...) the way
 * compose-go does, with go-str2duration: Go's {@code time.ParseDuration} syntax plus days and weeks.
 *
 * <p>A duration is a sequence of decimal numbers, each with an optional fraction and a unit:
 * {@code ns}, {@code us} (or {@code µs}, {@code μs}), {@code ms}, {@code s}, {@code m}, {@code h},
 * {@code d} (24 hours), {@code w} (7 days), e.g. {@code 1h2m3s}, {@code 1.5s}, {@code 100ms}. A
 * bare {@code 0} is zero; any other number needs a unit. Unlike Go, negative durations are refused
 * (no Compose duration may be negative); {@code -0s} is zero and accepted. Fractions are exact,
 * truncated to the nanosecond; the total may not exceed Go's limit of 2^63-1 nanoseconds.
 */
public final class Durations {

    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String ACCEPTED = "write a number with a unit, such as 1m30s, 10s, 1.5s, 100ms, 250us,"
            + " 1h or 2d (units: ns, us, ms, s, m, h, d, w)";

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text, "it is empty");
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
            throw invalid(text, "a number is missing");
        }
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
                        : "a number is missing");
            }
            String number = text.substring(numberStart, i);
            int unitStart = i;
            while (i < text.length() && !isDigit(text.charAt(i)) && text.charAt(i) != '.') {
                i++;
            }
            if (unitStart == i) {
                throw invalid(text, "the unit is missing after " + number);
            }
            String unit = text.substring(unitStart, i);
            long nanosPerUnit = nanosPer(unit);
            if (nanosPerUnit < 0) {
                throw invalid(text, "unknown unit \"" + unit + "\"");
            }
            BigDecimal value = new BigDecimal(number.startsWith(".") ? "0" + number : number
                    + (number.endsWith(".") ? "0" : ""));
            total = total.add(value.multiply(BigDecimal.valueOf(nanosPerUnit)).toBigInteger());
            if (total.compareTo(MAX_NANOS) > 0) {
                throw invalid(text, "it is longer than Go's limit of about 292 years");
            }
        }
        if (negative && total.signum() != 0) {
            throw invalid(text, "a duration cannot be negative");
        }
        return Duration.ofNanos(total.longValueExact());
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            case "w" -> 604_800_000_000_000L;
            default -> -1L;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("invalid duration \"" + text + "\": " + reason + "; " + ACCEPTED);
    }
}
