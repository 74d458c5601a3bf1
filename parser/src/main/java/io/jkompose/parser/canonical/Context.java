package io.jkompose.parser.canonical;

import java.nio.file.Path;

/**
 * What every part of the canonical form needs to know about the whole: the project's name (for
 * default resource names), its folder (for paths left relative) and the output format.
 */
record Context(String projectName, Path workingDir, CanonicalForm.Format format) {

    KeyOrder keyOrder() {
        return format == CanonicalForm.Format.JSON ? KeyOrder.BYTES : KeyOrder.GO_YAML;
    }

    boolean json() {
        return format == CanonicalForm.Format.JSON;
    }

    /** The name compose gives a resource that has none of its own: {@code <project>_<key>}. */
    String scopedName(String key) {
        return projectName == null || projectName.isEmpty() ? key : projectName + "_" + key;
    }

    /** {@code path} as an absolute path string; a relative one is taken against the project folder. */
    String absolute(Path path) {
        if (path == null) {
            return null;
        }
        if (path.isAbsolute() || workingDir == null) {
            return path.toString();
        }
        return workingDir.resolve(path).normalize().toString();
    }
}
