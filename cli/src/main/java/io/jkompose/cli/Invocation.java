package io.jkompose.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a command may take from its process: the working folder, the environment and the
 * streams. {@code Main} builds one from the real process; tests build their own and run
 * commands in-process, in any folder, with any environment.
 *
 * @param terminal whether stdout is a terminal (live progress is redrawn there, plain lines elsewhere)
 */
public record Invocation(Path workingDir, Map<String, String> environment, InputStream stdin, PrintWriter out,
        PrintWriter err, boolean terminal) {

    public Invocation {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** Not attached to a terminal: what tests and pipes are. */
    public Invocation(Path workingDir, Map<String, String> environment, InputStream stdin, PrintWriter out,
            PrintWriter err) {
        this(workingDir, environment, stdin, out, err, false);
    }
}
