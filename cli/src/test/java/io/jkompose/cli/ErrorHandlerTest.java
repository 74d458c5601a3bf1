package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Unexpected failures: one line without -v, the stack trace with it; the exit code is 1 either way. */
class ErrorHandlerTest {

    @TempDir
    Path dir;

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the flux capacitor is empty");
        }
    }

    @Command(name = "unwritable")
    static final class Unwritable implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot write to out: permission denied");
        }
    }

    private record Outcome(int code, String out, String err) {
    }

    private Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = JKompose.commandLine(Runs.invocation(dir, Map.of(), out, err), args);
        commandLine.addSubcommand(new Boom());
        commandLine.addSubcommand(new Unwritable());
        int code = commandLine.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void internalErrorIsOneLineWithoutVerbose() {
        Outcome outcome = execute("boom");

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines().toList()).hasSize(1);
        assertThat(outcome.err()).startsWith("jkompose: internal error: the flux capacitor is empty")
                .doesNotContain("\tat ", "IllegalStateException");
    }

    @Test
    void internalErrorShowsTheStackTraceWithVerbose() {
        Outcome outcome = execute("-v", "boom");

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.err()).startsWith("jkompose: internal error: the flux capacitor is empty")
                .contains("java.lang.IllegalStateException", "\tat io.jkompose.cli.ErrorHandlerTest$Boom.call");
    }

    @Test
    void userFacingFailureIsOneErrorLineWithItsExitCode() {
        Outcome outcome = execute("unwritable");

        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("jkompose: error: cannot write to out: permission denied"
                + System.lineSeparator());
    }

    @Test
    void errorsThatEscapePicocliAreReportedToo() {
        StringWriter err = new StringWriter();
        int code = new ErrorHandler(new java.io.PrintWriter(err, true), () -> false)
                .report(new NoClassDefFoundError("io/jkompose/Missing"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("jkompose: internal error: io/jkompose/Missing").doesNotContain("\tat ");
    }
}
