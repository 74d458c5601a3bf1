package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import java.util.Set;

/**
 * Which diagnostics are shown and which warnings fail the run: {@code --suppress-warnings},
 * {@code --error-on-warning} and {@code --warnings-as-errors CODE,...}.
 *
 * <p>A warning that fails the run is shown even under {@code --suppress-warnings}: the user must
 * see why the exit code is 1.
 */
record DiagnosticPolicy(boolean suppressWarnings, boolean errorOnWarning, Set<String> warningsAsErrors) {

    static final DiagnosticPolicy DEFAULT = new DiagnosticPolicy(false, false, Set.of());

    DiagnosticPolicy {
        warningsAsErrors = Set.copyOf(warningsAsErrors);
    }

    /** A warning that makes the run fail (after every diagnostic was shown). */
    boolean failsRun(Diagnostic diagnostic) {
        return diagnostic.isWarning() && (errorOnWarning || warningsAsErrors.contains(diagnostic.code()));
    }

    boolean shows(Diagnostic diagnostic) {
        return diagnostic.isError() || !suppressWarnings || failsRun(diagnostic);
    }

    /** The option to name when warnings failed the run. */
    String failingOption() {
        return errorOnWarning ? "--error-on-warning" : "--warnings-as-errors";
    }
}
