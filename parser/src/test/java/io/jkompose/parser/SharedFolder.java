package io.jkompose.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only {@code ../shared} folder beside the project (corpora, manifest tools) that some tests
 * read: the system property {@code jkompose.shared} when set, else {@code shared} beside the project
 * root (tests run in their module's folder, one below the root). Where a part of it is missing, a
 * test is skipped, but under CI ({@code CI=true}) it fails: CI must not go green by skipping.
 */
public final class SharedFolder {

    public static final String PROPERTY = "jkompose.shared";

    private SharedFolder() {
    }

    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        // An unset Maven property reaches surefire as the literal "${...}".
        Path root = configured == null || configured.isBlank() || configured.contains("${")
                ? Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
                : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** Returns {@code path} when it exists; else skips the calling test, or fails it when CI=true. */
    public static Path require(Path path) {
        if (!Files.exists(path)) {
            String missing = path + " is missing (set -D" + PROPERTY + "=<path of ../shared> if it is elsewhere)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; with CI=true the tests that read ../shared fail instead of skipping");
            }
            Assumptions.abort(missing);
        }
        return path;
    }
}
