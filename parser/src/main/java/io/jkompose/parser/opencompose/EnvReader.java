package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.EnvVar;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A container's {@code env}: a list whose entries are {@code {name, value}} mappings (the file
 * reference's syntax) or {@code NAME=value} strings (what its prose describes and real files use).
 * A name set twice keeps its later value, as Kubernetes does.
 */
final class EnvReader {

    private static final List<String> KEYS = List.of("name", "value");

    private final Nodes nodes;

    EnvReader(Nodes nodes) {
        this.nodes = nodes;
    }

    SortedMap<String, EnvVar> read(YamlNode node, String where) {
        SortedMap<String, EnvVar> variables = new TreeMap<>();
        List<YamlNode> items = nodes.list(node, "the env of " + where);
        for (int i = 0; items != null && i < items.size(); i++) {
            EnvVar variable = entry(items.get(i), "env[" + i + "] of " + where);
            if (variable == null) {
                continue;
            }
            EnvVar earlier = variables.put(variable.name(), variable);
            if (earlier != null) {
                nodes.warn(ParserCode.DUPLICATE_ENV, variable.location(), "environment variable '" + variable.name()
                        + "' of " + where + " is set twice (first at " + earlier.location() + "); the later value is used",
                        "set it once");
            }
        }
        return variables;
    }

    private EnvVar entry(YamlNode item, String what) {
        if (item instanceof ScalarNode scalar && !scalar.isNull()) {
            int equals = scalar.value().indexOf('=');
            if (equals < 0) {
                nodes.error(ParserCode.INVALID_VALUE, scalar.location(), what + " '" + scalar.value() + "' has no value",
                        "write NAME=value, or name: and value:");
                return null;
            }
            return variable(scalar.value().substring(0, equals), scalar.value().substring(equals + 1), scalar, what);
        }
        MappingNode mapping = nodes.mapping(item, what + " (NAME=value, or name: and value:)");
        if (mapping == null || !nodes.onlyKnownKeys(mapping, KEYS, what)) {
            return null;
        }
        YamlNode nameNode = nodes.required(mapping, "name", what);
        String name = nameNode == null ? null : nodes.text(nameNode, "the name of " + what);
        YamlNode valueNode = mapping.get("value");
        if (valueNode == null) {
            nodes.required(mapping, "value", what);
            return null;
        }
        // value: with nothing after it is an empty value, not a missing one
        String value = valueNode.isNull() ? "" : nodes.text(valueNode, "the value of " + what);
        return name == null || value == null ? null : variable(name, value, nameNode, what);
    }

    private EnvVar variable(String name, String value, YamlNode at, String what) {
        if (name.isEmpty() || name.contains("=")) {
            nodes.error(ParserCode.INVALID_VALUE, at.location(), "'" + name + "' in " + what
                    + " is not a variable name", "a name is not empty and has no '='");
            return null;
        }
        return new EnvVar(name, value, at.location());
    }
}
