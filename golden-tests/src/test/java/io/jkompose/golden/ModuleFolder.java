package io.jkompose.golden;

import java.nio.file.Path;

/** The golden-tests module's folder, where the case sources live (surefire runs tests from there). */
final class ModuleFolder {

    private ModuleFolder() {
    }

    static Path root() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    static Path testResources() {
        return root().resolve("src/test/resources");
    }
}
