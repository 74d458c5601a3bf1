package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed values out of YAML nodes and reports what does not fit, at the node's location.
 * Every reader returns null after reporting, so callers go on and find further problems.
 *
 * <p>Scalars are read leniently where Compose is: after interpolation every value is text, so
 * {@code "true"} is a boolean and {@code "8080"} a number wherever one is expected.
 */
final class Values {

    private final Diagnostics diagnostics;

    Values(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void error(ParserCode code, SourceLocation location, String message, String hint) {
        diagnostics.error(code, location, message, hint);
    }

    void warn(ParserCode code, SourceLocation location, String message, String hint) {
        diagnostics.warn(code, location, message, hint);
    }

    /** Reports each key of {@code mapping} that is not in {@code known} (extensions aside). */
    void checkKeys(MappingNode mapping, Set<String> known, String path) {
        for (MappingNode.Entry entry : mapping.entries()) {
            String key = entry.name();
            if (known.contains(key) || KnownKeys.isExtension(key)) {
                continue;
            }
            String suggestion = Suggestions.closest(key, known);
            String hint = suggestion != null ? "did you mean '" + suggestion + "'?"
                    : "remove it, or prefix it with 'x-' to keep it as an extension";
            error(ParserCode.UNKNOWN_KEY, entry.key().location(),
                    "unknown key '" + key + "' in " + path + ": the Compose Specification has no such key here",
                    hint);
        }
    }

    /** "a string ("abc")", "a list"...: what was found, for messages. */
    static String describe(YamlNode node) {
        if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            String text = scalar.value();
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            return scalar.kind() + " (\"" + text + "\")";
        }
        return node.kind();
    }

    static boolean isAbsent(YamlNode node) {
        return node == null || node.isNull();
    }

    private void wrongType(YamlNode node, String path, String expected) {
        error(ParserCode.INVALID_TYPE, node.location(), path + " must be " + expected + ", but it is " + describe(node),
                null);
    }

    MappingNode mapping(YamlNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        wrongType(node, path, "a mapping");
        return null;
    }

    SequenceNode sequence(YamlNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        wrongType(node, path, "a list");
        return null;
    }

    /** The text of a scalar of any type; null for null; an error for a list or mapping. */
    String string(YamlNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.value();
        }
        wrongType(node, path, "a string");
        return null;
    }

    Boolean bool(YamlNode node, String path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        Boolean value = parseBool(text);
        if (value == null) {
            error(ParserCode.INVALID_VALUE, node.location(),
                    path + " must be true or false, but it is " + describe(node), null);
        }
        return value;
    }

    static Boolean parseBool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    Integer integer(YamlNode node, String path) {
        Long value = longValue(node, path);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            error(ParserCode.INVALID_VALUE, node.location(), path + " is too large: " + value, null);
            return null;
        }
        return value.intValue();
    }

    Long longValue(YamlNode node, String path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            error(ParserCode.INVALID_VALUE, node.location(),
                    path + " must be a whole number, but it is " + describe(node), null);
            return null;
        }
    }

    Double number(YamlNode node, String path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(ParserCode.INVALID_VALUE, node.location(), path + " must be a number, but it is " + describe(node), null);
        return null;
    }

    /** Runs a unit parser (durations, byte sizes, CPUs) and turns its complaint into a diagnostic. */
    <T> T parse(YamlNode node, String path, Function<String, T> parser, String expected) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException | ArithmeticException e) {
            // the unit parsers say what they found and what they take
            String message = e.getMessage() != null ? path + ": " + e.getMessage()
                    : path + " must be " + expected + ", but it is " + describe(node);
            error(ParserCode.INVALID_VALUE, node.location(), message, null);
            return null;
        }
    }

    /** A list of scalars as text; non-scalar items are reported and skipped. */
    List<String> strings(YamlNode node, String path) {
        SequenceNode sequence = sequence(node, path);
        if (sequence == null) {
            return null;
        }
        List<String> result = new ArrayList<>(sequence.items().size());
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String text = scalarItem(item, path + "[" + i + "]");
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** A string or a list of strings (dns, tmpfs, ...), as a list. */
    List<String> stringOrList(YamlNode node, String path) {
        if (isAbsent(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.value());
        }
        if (node instanceof SequenceNode) {
            return strings(node, path);
        }
        wrongType(node, path, "a string or a list of strings");
        return null;
    }

    /** One item of a list of strings: null items and collections are errors. */
    String scalarItem(YamlNode item, String path) {
        if (item instanceof ScalarNode scalar && !scalar.isNull()) {
            return scalar.value();
        }
        wrongType(item, path, "a string");
        return null;
    }

    static boolean isString(YamlNode node) {
        return node instanceof ScalarNode scalar && Tags.STR.equals(scalar.tag());
    }
}
