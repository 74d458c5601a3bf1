package io.jkompose.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The process entry point: the only place that reads the real process and calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Invocation invocation = new Invocation(Path.of(System.getProperty("user.dir")), System.getenv(), System.in,
                writer(System.out), writer(System.err));
        System.exit(JKompose.run(invocation, args));
    }

    /** UTF-8 whatever the platform's default; flushed by {@link JKompose#run} at the end. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    }
}
