package io.jkompose.golden;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only {@code ../shared} folder beside the project: corpora and the manifest tools. The
 * build passes it as the system property {@code jkompose.shared}; outside Maven the usual place
 * is used.
 */
final class SharedFolder {

    static final String PROPERTY = "jkompose.shared";
    private static final Path FALLBACK = Path.of("/work/shared");

    private SharedFolder() {
    }

    static Path root() {
        String configured = System.getProperty(PROPERTY);
        // An unset Maven property reaches surefire as the literal "${...}".
        Path root = configured == null || configured.isBlank() || configured.contains("${")
                ? FALLBACK
                : Path.of(configured);
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            fail("the shared folder " + root + " does not exist; set -D" + PROPERTY + "=<path of ../shared>");
        }
        return root;
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
