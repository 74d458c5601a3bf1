package io.jkompose.cli;

import java.io.BufferedWriter;
import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The process entry point: the only place that reads the real process and calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<List<String>> relaunch = Relaunch.command(Relaunch.Process.current());
        if (relaunch.isPresent()) {
            Optional<Integer> code = Relaunch.run(relaunch.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        Relaunch.followParent();
        Invocation invocation = new Invocation(Path.of(System.getProperty("user.dir")), System.getenv(), System.in,
                writer(System.out), writer(System.err), terminal());
        System.exit(JKompose.run(invocation, args));
    }

    /**
     * Whether stdout is a terminal. From Java 22 on, System.console() exists even when redirected and
     * isTerminal() tells; before, a console exists only on a terminal.
     */
    private static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** UTF-8 whatever the platform's default; flushed by {@link JKompose#run} at the end. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
    }
}
