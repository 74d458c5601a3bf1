package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Shows the diagnostics of the loader and the converter on stderr, one compiler-style line each,
 * in the order they were found, and decides whether the command may go on.
 *
 * <p>{@code --suppress-warnings} hides warnings and information; {@code --error-on-warning} makes any warning stop
 * the command. The two together make no sense, so the command line rejects that combination.
 */
public final class DiagnosticReporter {

    private final PrintWriter err;
    private final boolean suppressWarnings;
    private final boolean errorOnWarning;

    public DiagnosticReporter(PrintWriter err, boolean suppressWarnings, boolean errorOnWarning) {
        this.err = err;
        this.suppressWarnings = suppressWarnings;
        this.errorOnWarning = errorOnWarning;
    }

    /**
     * Prints what the options let through.
     *
     * @return true when the command may go on: no error, and no warning under {@code --error-on-warning}
     */
    public boolean report(List<Diagnostic> diagnostics) {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors++;
                err.println(diagnostic.format());
            } else if (!diagnostic.isWarning()) {
                // information (a port jkompose inferred, say): shown, never a reason to fail
                if (!suppressWarnings) {
                    err.println(diagnostic.format());
                }
            } else {
                warnings++;
                if (!suppressWarnings) {
                    err.println(diagnostic.format());
                }
            }
        }
        if (errorOnWarning && warnings > 0) {
            // Say why the exit code is 1 although only warnings were shown.
            err.println("jkompose: error: " + (warnings == 1 ? "1 warning treated as an error"
                    : warnings + " warnings treated as errors") + " (--error-on-warning)");
            return false;
        }
        return errors == 0;
    }

    /** For a stage that failed without saying why (a loader that returned no project and no error). */
    public void reportFailure(String message) {
        err.println("jkompose: error: " + message);
    }
}
