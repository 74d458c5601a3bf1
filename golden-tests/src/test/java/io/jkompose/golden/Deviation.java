package io.jkompose.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A documented place where jkompose deliberately differs from kompose's expected output because
 * kompose is wrong there.
 *
 * @param path {@code <Kind>/<name>} or {@code <Kind>/<name>.<dotted.path>}, exactly as k8s-diff writes it
 * @param why  the reason, for the reader and for {@code docs/kompose-differences.md}
 */
record Deviation(String path, String why) {

    /** The deviation explains a k8s-diff line when the line is about exactly this path. */
    boolean covers(String differenceLine) {
        return differenceLine.startsWith(path + ":");
    }

    /** The deviations of a deviation file (a YAML list of {@code {path, why}}), none when it is absent. */
    static List<Deviation> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = new YAMLMapper().readTree(file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new AssertionError(file + ": expected a YAML list of {path, why}");
        }
        List<Deviation> deviations = new ArrayList<>();
        for (JsonNode entry : root) {
            String path = entry.path("path").asString("").strip();
            String why = entry.path("why").asString("").strip();
            if (path.isEmpty() || why.isEmpty()) {
                throw new AssertionError(file + ": every deviation needs a path and a why, found " + entry);
            }
            deviations.add(new Deviation(path, why));
        }
        return List.copyOf(deviations);
    }
}
