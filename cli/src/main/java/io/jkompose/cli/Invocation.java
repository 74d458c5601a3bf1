package io.jkompose.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything a command may take from its process: the working folder, the environment and the
 * streams. {@code Main} builds one from the real process; tests build their own and run
 * commands in-process, in any folder, with any environment.
 */
public record Invocation(Path workingDir, Map<String, String> environment, InputStream stdin, PrintWriter out,
        PrintWriter err) {

    public Invocation {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}
