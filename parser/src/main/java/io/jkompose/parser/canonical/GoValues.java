package io.jkompose.parser.canonical;

import java.math.BigDecimal;

/** Scalars the way compose-go's types marshal them. */
final class GoValues {

    private static final BigDecimal LONG_SAFE = BigDecimal.valueOf(1L << 53);

    private GoValues() {
    }

    /**
     * A {@code float32} field ({@code cpus}, {@code max_failure_ratio}): the value is rounded to
     * single precision as Go stores it, and written as an integer when it has no fraction, since Go
     * prints {@code 1} and not {@code 1.0}.
     */
    static Number float32(Double value) {
        if (value == null) {
            return null;
        }
        float single = value.floatValue();
        if (Float.isNaN(single) || Float.isInfinite(single)) {
            return (double) single;
        }
        BigDecimal shortest = new BigDecimal(Float.toString(single));
        if (shortest.abs().compareTo(LONG_SAFE) < 0 && shortest.stripTrailingZeros().scale() <= 0) {
            return shortest.longValue();
        }
        return shortest.doubleValue();
    }

    /** {@code UnitBytes}: compose-go marshals a byte count as its decimal digits, in a string. */
    static String bytes(Long value) {
        return value == null || value == 0 ? null : Long.toString(value);
    }

    /** {@code FileMode}: an octal string with a leading zero, {@code 0440}. */
    static String fileMode(Integer mode) {
        return mode == null ? null : "0" + Integer.toOctalString(mode);
    }
}
