package io.jkompose.parser.opencompose;

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

/**
 * Reads typed values out of YAML nodes, reporting each value of the wrong type at its place. Every
 * reader returns null after reporting, so callers go on and more than one problem is found per run.
 * {@code what} names the value in messages ("the image of container 'web'").
 */
final class Nodes {

    private final Diagnostics diagnostics;
    private int errors;

    Nodes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    void error(ParserCode code, SourceLocation location, String message, String hint) {
        errors++;
        diagnostics.error(code, location, message, hint);
    }

    void warn(ParserCode code, SourceLocation location, String message, String hint) {
        diagnostics.warn(code, location, message, hint);
    }

    /** The errors reported through this reader so far: a reader compares counts to tell whether its part failed. */
    int errorCount() {
        return errors;
    }

    MappingNode mapping(YamlNode node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        wrongType(node, what, "a mapping");
        return null;
    }

    /** The items of a list; an absent or null value is an empty list. */
    List<YamlNode> list(YamlNode node, String what) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items();
        }
        wrongType(node, what, "a list");
        return null;
    }

    /** A scalar's text (numbers and booleans as written); null for a null value or a collection. */
    String text(YamlNode node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            return scalar.value();
        }
        wrongType(node, what, "a string");
        return null;
    }

    /** A non-blank scalar's text. */
    String name(YamlNode node, String what) {
        String text = text(node, what);
        if (text != null && text.isBlank()) {
            error(ParserCode.INVALID_VALUE, node.location(), what + " is empty", "write a name");
            return null;
        }
        return text;
    }

    Integer integer(YamlNode node, String what) {
        if (node instanceof ScalarNode scalar && Tags.INT.equals(scalar.tag())) {
            try {
                return Integer.valueOf(scalar.value().replace("_", ""));
            } catch (NumberFormatException e) {
                // too large, or 0x / 0o forms: reported below
            }
        }
        wrongType(node, what, "a whole number");
        return null;
    }

    Boolean bool(YamlNode node, String what) {
        if (node instanceof ScalarNode scalar && Tags.BOOL.equals(scalar.tag())) {
            return Boolean.valueOf(scalar.value().toLowerCase(java.util.Locale.ROOT));
        }
        wrongType(node, what, "true or false");
        return null;
    }

    /** A list of scalars, each as written; null after reporting. */
    List<String> strings(YamlNode node, String what) {
        List<YamlNode> items = list(node, what);
        if (items == null) {
            return null;
        }
        List<String> result = new ArrayList<>(items.size());
        boolean failed = false;
        for (int i = 0; i < items.size(); i++) {
            String item = text(items.get(i), what + "[" + i + "]");
            failed |= item == null;
            result.add(item);
        }
        return failed ? null : result;
    }

    /**
     * Reports each key that is not one of {@code known}; true when there was none. Like the
     * reference decoder, jkompose refuses keys it does not know rather than dropping them.
     */
    boolean onlyKnownKeys(MappingNode mapping, List<String> known, String where) {
        boolean clean = true;
        for (MappingNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.name())) {
                String closest = Suggestions.closest(entry.name(), known);
                error(ParserCode.UNKNOWN_KEY, entry.key().location(), "unknown key '" + entry.name() + "' in "
                        + where + ": OpenCompose " + Versions.CURRENT + " has no such key here",
                        closest != null ? "did you mean '" + closest + "'?" : "the keys here are " + String.join(", ", known));
                clean = false;
            }
        }
        return clean;
    }

    /** The value of a required key; null after reporting its absence at the mapping. */
    YamlNode required(MappingNode mapping, String key, String where) {
        YamlNode value = mapping.get(key);
        if (value == null || value.isNull()) {
            error(ParserCode.MISSING_KEY, value == null ? mapping.location() : value.location(),
                    where + " has no " + key + ", which OpenCompose requires", "add " + key + ":");
            return null;
        }
        return value;
    }

    private void wrongType(YamlNode node, String what, String expected) {
        String actual = node == null ? "missing" : node.kind();
        error(ParserCode.INVALID_TYPE, node == null ? null : node.location(),
                what + " must be " + expected + ", not " + actual, null);
    }
}
