package io.jkompose.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The kompose cases that the project does not cover yet: a YAML map {@code case-id: reason}. */
final class PendingCases {

    private PendingCases() {
    }

    static Map<String, String> load(Path file) {
        Map<String, String> pending = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return pending;
        }
        JsonNode root = new YAMLMapper().readTree(file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return pending;
        }
        if (!root.isObject()) {
            throw new AssertionError(file + ": expected a YAML map of case id to reason");
        }
        root.forEachEntry((id, reason) -> {
            String text = reason.asString("").strip();
            if (text.isEmpty()) {
                throw new AssertionError(file + ": the pending case " + id + " needs a reason");
            }
            pending.put(id, text);
        });
        return pending;
    }
}
