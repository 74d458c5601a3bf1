package io.jkompose.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a folder of committed manifests differs from what the conversion gives: files it lacks, files
 * it has that the conversion would not write (with the extension convert writes; a removed service's
 * manifest), and files whose content differs.
 */
record ManifestDrift(List<String> missing, List<String> extra, List<String> changed) {

    ManifestDrift {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        changed = List.copyOf(changed);
    }

    static ManifestDrift of(Path folder, Map<String, String> expected, boolean json) throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path actual = folder.resolve(file.getKey());
            if (!Files.isRegularFile(actual)) {
                missing.add(file.getKey());
            } else if (!Files.readString(actual, StandardCharsets.UTF_8).equals(file.getValue())) {
                changed.add(file.getKey());
            }
        }
        List<String> extra = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            String extension = json ? ".json" : ".yaml";
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                        .filter(name -> name.endsWith(extension) && !name.startsWith(".") && !expected.containsKey(name))
                        .sorted().forEach(extra::add);
            }
        }
        return new ManifestDrift(missing, extra, changed);
    }

    boolean none() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty();
    }

    /** One line, e.g. {@code 1 missing (web-service.yaml), 1 changed (web-deployment.yaml)}. */
    String summary() {
        List<String> parts = new ArrayList<>();
        part(parts, "missing", missing);
        part(parts, "extra", extra);
        part(parts, "changed", changed);
        return String.join(", ", parts);
    }

    private static void part(List<String> parts, String word, List<String> names) {
        if (!names.isEmpty()) {
            parts.add(names.size() + " " + word + " (" + String.join(", ", names) + ")");
        }
    }
}
