package io.jkompose.converters.steps.container;

/**
 * Kubernetes resource quantities written the way a person would write them. Whether a text is a
 * quantity: {@link io.jkompose.syntax.QuantitySyntax}.
 */
final class Quantities {

    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private Quantities() {
    }

    /**
     * A number of bytes with the largest binary suffix that divides it exactly: 536870912 →
     * {@code 512Mi}, 10000 → {@code 10000}. The value is exact, as the API server reads it.
     */
    public static String bytes(long bytes) {
        int suffix = 0;
        long value = bytes;
        while (value != 0 && value % 1024 == 0 && suffix < BINARY_SUFFIXES.length - 1) {
            value /= 1024;
            suffix++;
        }
        return value + BINARY_SUFFIXES[suffix];
    }

    /**
     * A number of CPUs in whole cores when it is one ({@code 2}), else in millicores ({@code 500m}).
     * Kubernetes counts CPU to the millicore; less than that is rounded up to one.
     */
    public static String cpus(double cpus) {
        long millis = Math.max(1, Math.round(cpus * 1000));
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : millis + "m";
    }
}
