package io.jkompose.syntax;

import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities as written: {@code 100Mi}, {@code 1.5Gi}, {@code 500m},
 * {@code 2}, {@code 1e3}. The rule is the API server's ({@code resource.ParseQuantity}): a decimal
 * number of ASCII digits, then at most one suffix, binary ({@code Ki Mi Gi Ti Pi Ei}), decimal
 * ({@code n u m k M G T P E}) or an exponent ({@code e3}, {@code E-2}); no spaces. Without a minus
 * sign: every quantity jkompose writes (requests, limits, sizes, overheads) must not be negative.
 *
 * <p>fabric8's {@code Quantity} is not used to check, as it accepts what an API server refuses
 * ({@code .}, {@code -1Gi}, digits of other scripts).
 */
public final class QuantitySyntax {

    private static final Pattern QUANTITY = Pattern.compile(
            "\\+?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");

    private QuantitySyntax() {
    }

    /** A quantity of zero or more ({@code 0}, {@code 250m}, {@code 1Gi}); null is none. */
    public static boolean isQuantity(String text) {
        return text != null && QUANTITY.matcher(text).matches();
    }

    /**
     * A quantity above zero, as a claim's storage request must be: {@code 0}, {@code 0.0Gi} and
     * {@code 0e3} are quantities, but not this.
     */
    public static boolean isPositive(String text) {
        if (!isQuantity(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
            if (c != '+' && c != '.' && c != '0') {
                return false;
            }
        }
        return false;
    }
}
