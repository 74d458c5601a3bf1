package io.jkompose.parser.opencompose;

import io.jkompose.syntax.QuantitySyntax;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Volume sizes. The file reference asks for a Kubernetes quantity ({@code 5Gi}, {@code 500M}), yet its
 * own example writes {@code 5GiB}; sizes with such a trailing {@code B} are read as the quantity
 * they mean.
 */
final class Quantities {

    private static final Pattern WITH_BYTES = Pattern.compile("(\\+?(\\d+(\\.\\d*)?|\\.\\d+))\\s*([KMGTPE]i?|k)B");

    private Quantities() {
    }

    /** The size as a Kubernetes quantity, or null when it is none (or not above zero). */
    static String normalize(String written) {
        String text = written.strip();
        Matcher bytes = WITH_BYTES.matcher(text);
        if (bytes.matches()) {
            text = bytes.group(1) + bytes.group(4);
        }
        return QuantitySyntax.isPositive(text) ? text : null;
    }
}
