package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the specification's "list or dict" values ({@code environment}, {@code labels},
 * {@code sysctls}, {@code build.args}...): a mapping {@code KEY: value}, or a list of
 * {@code KEY=value} strings. A key without a value ({@code KEY:} or {@code - KEY}) has a null value.
 */
final class KeyValues {

    /** One entry; {@code location} is the key's (mapping form) or the item's (list form). */
    record Entry(String key, String value, SourceLocation location) {
    }

    private final Values values;

    KeyValues(Values values) {
        this.values = values;
    }

    /** The entries by key, in the order written; a repeated key keeps its first place and its last value. */
    Map<String, Entry> read(YamlNode node, String path) {
        Map<String, Entry> result = new LinkedHashMap<>();
        if (Values.isAbsent(node)) {
            return result;
        }
        if (node instanceof MappingNode mapping) {
            for (MappingNode.Entry entry : mapping.entries()) {
                String key = entry.name();
                YamlNode value = entry.value();
                String text = null;
                if (value instanceof ScalarNode scalar) {
                    text = scalar.isNull() ? null : scalar.value();
                } else {
                    values.error(ParserCode.INVALID_TYPE, value.location(), path + "." + key
                            + " must be a string, a number, a boolean or null, but it is " + Values.describe(value),
                            null);
                    continue;
                }
                if (checkKey(key, entry.key().location(), path)) {
                    result.put(key, new Entry(key, text, entry.key().location()));
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                String text = values.scalarItem(item, path + "[" + i + "]");
                if (text == null) {
                    continue;
                }
                int equals = text.indexOf('=');
                String key = equals < 0 ? text : text.substring(0, equals);
                String value = equals < 0 ? null : text.substring(equals + 1);
                if (checkKey(key, item.location(), path + "[" + i + "]")) {
                    result.put(key, new Entry(key, value, item.location()));
                }
            }
        } else {
            values.error(ParserCode.INVALID_TYPE, node.location(), path
                    + " must be a mapping (KEY: value) or a list of KEY=value strings, but it is "
                    + Values.describe(node), null);
        }
        return result;
    }

    private boolean checkKey(String key, SourceLocation location, String path) {
        if (key.isBlank()) {
            values.error(ParserCode.INVALID_VALUE, location, path + " has an entry without a name", "write KEY=value");
            return false;
        }
        return true;
    }
}
