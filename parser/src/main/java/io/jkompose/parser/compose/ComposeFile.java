package io.jkompose.parser.compose;

import java.nio.file.Path;

/**
 * A Compose file to load.
 *
 * @param path    absolute and normalized; for standard input, {@code -} in the working folder
 * @param display the name diagnostics use: as the user wrote it, or relative to the working folder
 * @param stdin   the text of standard input when the file was given as {@code -}, else null
 */
record ComposeFile(Path path, String display, String stdin) {

    /** What diagnostics call standard input, as compilers do. */
    static final String STDIN_DISPLAY = "<stdin>";

    ComposeFile(Path path, String display) {
        this(path, display, null);
    }

    static ComposeFile stdin(Path workingDir, String text) {
        return new ComposeFile(workingDir.resolve("-"), STDIN_DISPLAY, text);
    }

    boolean isStdin() {
        return stdin != null;
    }
}
