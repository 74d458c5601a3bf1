package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;

/**
 * A scalar as written. {@code value} is the text (empty for an empty plain scalar); {@code tag}
 * says how YAML resolved it, so {@code "8080"} (a string) and {@code 8080} (an int) stay apart.
 *
 * @param plain true when written without quotes or block style
 */
public record ScalarNode(String value, String tag, boolean plain, SourceLocation location) implements YamlNode {

    public static ScalarNode string(String value, SourceLocation location) {
        return new ScalarNode(value, Tags.STR, false, location);
    }

    @Override
    public boolean isNull() {
        return Tags.NULL.equals(tag);
    }

    @Override
    public String kind() {
        if (isNull()) {
            return "null";
        }
        return switch (tag) {
            case Tags.INT -> "a number";
            case Tags.FLOAT -> "a number";
            case Tags.BOOL -> "a boolean";
            default -> "a string";
        };
    }

    /** The same scalar with other text, for interpolation; keeps the location and quoting. */
    public ScalarNode withValue(String newValue) {
        return new ScalarNode(newValue, tag, plain, location);
    }
}
