package io.jkompose.parser.compose;

import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.Tags;

/**
 * File modes ({@code mode: 0440}). Compose reads YAML 1.1, where a number with a leading zero is
 * octal; a quoted mode is octal too. Only a plain number without a leading zero is decimal.
 */
final class FileModes {

    private FileModes() {
    }

    /** The mode, or null when the text is no mode. */
    static Integer parse(ScalarNode node) {
        String text = node.value().trim();
        try {
            int value;
            if (text.startsWith("0o") || text.startsWith("0O")) {
                value = Integer.parseInt(text.substring(2), 8);
            } else if (text.startsWith("0x") || text.startsWith("0X")) {
                value = Integer.parseInt(text.substring(2), 16);
            } else if (!Tags.INT.equals(node.tag()) || (text.length() > 1 && text.startsWith("0"))) {
                value = Integer.parseInt(text, 8);
            } else {
                value = Integer.parseInt(text);
            }
            return value < 0 || value > 07777 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
