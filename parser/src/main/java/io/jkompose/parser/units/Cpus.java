package io.jkompose.parser.units;

import java.util.regex.Pattern;

/**
 * Parses a Compose {@code cpus} value: a decimal number of CPUs such as {@code 0.5}, {@code 2} or
 * {@code 1.25} (an exponent, {@code 5e-1}, is allowed as in Go's {@code strconv.ParseFloat}). It must
 * be greater than zero; the names Go also takes ({@code inf}, {@code NaN}, hexadecimal) are refused.
 */
public final class Cpus {

    private static final Pattern DECIMAL = Pattern.compile("\\+?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final String ACCEPTED = "write a number of CPUs greater than 0, such as 0.5, 1 or 2.5";

    private Cpus() {
    }

    public static double parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw invalid(text, text.startsWith("-") ? "it is negative" : "it is not a decimal number");
        }
        double cpus = Double.parseDouble(text);
        if (Double.isInfinite(cpus)) {
            throw invalid(text, "it is too large");
        }
        if (cpus <= 0) {
            throw invalid(text, "it is zero");
        }
        return cpus;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("invalid cpus \"" + text + "\": " + reason + "; " + ACCEPTED);
    }
}
