package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * Shows the diagnostics of the loader and the converter, in the order they were found, in the
 * {@code --diagnostics} format, and decides whether the command may go on.
 *
 * <p>An error stops the command at the end of its stage. Warnings that fail the run
 * ({@code --error-on-warning}, {@code --warnings-as-errors}) are only counted while they are shown;
 * {@link #verdict()} fails the run once all of them were shown. {@link #report} does both, for a
 * command that stops after each stage. The reporter is closed at the end of the command: a format
 * that is one document (SARIF), or a {@code --diagnostics-file}, is written then.
 */
public final class DiagnosticReporter implements AutoCloseable {

    private final PrintWriter err;
    private final DiagnosticPolicy policy;
    private final DiagnosticSink sink;
    private final Runnable afterFinish;
    private int failingWarnings;
    private boolean closed;

    public DiagnosticReporter(PrintWriter err, boolean suppressWarnings, boolean errorOnWarning) {
        this(err, suppressWarnings, errorOnWarning, false);
    }

    /** Text on {@code err}; @param everyPlace show each diagnostic at its own place ({@code -v}) */
    public DiagnosticReporter(PrintWriter err, boolean suppressWarnings, boolean errorOnWarning, boolean everyPlace) {
        this(err, new DiagnosticPolicy(suppressWarnings, errorOnWarning, Set.of()),
                new TextDiagnostics(err, everyPlace), () -> { });
    }

    /**
     * @param err         where the reporter's own lines go (why warnings failed the run)
     * @param afterFinish run after the sink's last output, when closing (saving a diagnostics file)
     */
    DiagnosticReporter(PrintWriter err, DiagnosticPolicy policy, DiagnosticSink sink, Runnable afterFinish) {
        this.err = err;
        this.policy = policy;
        this.sink = sink;
        this.afterFinish = afterFinish;
    }

    /**
     * Shows one stage's diagnostics and gives the verdict at once.
     *
     * @return true when the command may go on: no error, and no warning that fails the run
     */
    public boolean report(List<Diagnostic> diagnostics) {
        return show(diagnostics) && verdict();
    }

    /**
     * Shows what the options let through; counts the warnings that fail the run.
     *
     * @return false when there is an error among them
     */
    public boolean show(List<Diagnostic> diagnostics) {
        // information (a port jkompose inferred, say) is shown too, and is never a reason to fail
        sink.write(diagnostics.stream().filter(policy::shows).toList());
        failingWarnings += (int) diagnostics.stream().filter(policy::failsRun).count();
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** @return false (after saying why, so an exit code of 1 is explained) when shown warnings fail the run */
    public boolean verdict() {
        if (failingWarnings == 0) {
            return true;
        }
        err.println("jkompose: error: " + (failingWarnings == 1 ? "1 warning treated as an error"
                : failingWarnings + " warnings treated as errors") + " (" + policy.failingOption() + ")");
        return false;
    }

    /** For a stage that failed without saying why (a loader that returned no project and no error). */
    public void reportFailure(String message) {
        err.println("jkompose: error: " + message);
    }

    /** Writes what the format keeps for the end; once. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            sink.finish();
            afterFinish.run();
        }
    }
}
