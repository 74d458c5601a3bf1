package io.jkompose.maven;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows the loader's and the converter's diagnostics in Maven's log, one
 * {@code file:line:col: severity: message} line each, with the file made absolute so that IDE
 * consoles link it (Maven's own working folder need not be the project's). Errors at error level,
 * warnings at warning level, information at info level.
 */
final class DiagnosticLog {

    private final Log log;
    private final Path basedir;
    private final boolean suppressWarnings;
    private final boolean errorOnWarning;

    DiagnosticLog(Log log, Path basedir, boolean suppressWarnings, boolean errorOnWarning) {
        this.log = log;
        this.basedir = basedir;
        this.suppressWarnings = suppressWarnings;
        this.errorOnWarning = errorOnWarning;
    }

    /** @return why the build must stop (errors, or warnings under errorOnWarning), or null to go on */
    String report(List<Diagnostic> diagnostics) {
        long errors = 0;
        long warnings = 0;
        for (Diagnostic diagnostic : diagnostics) {
            String line = format(diagnostic);
            if (diagnostic.isError()) {
                errors++;
                log.error(line);
            } else if (diagnostic.isWarning()) {
                warnings++;
                if (!suppressWarnings) {
                    log.warn(line);
                }
            } else if (!suppressWarnings) {
                log.info(line);
            }
        }
        if (errors > 0) {
            return errors == 1 ? "the Compose project has an error (see above)"
                    : "the Compose project has " + errors + " errors (see above)";
        }
        if (errorOnWarning && warnings > 0) {
            return (warnings == 1 ? "1 warning" : warnings + " warnings") + " treated as errors (errorOnWarning)";
        }
        return null;
    }

    /** The diagnostic's line with its file resolved against the project folder. */
    String format(Diagnostic diagnostic) {
        SourceLocation at = diagnostic.location();
        if (!at.isKnown()) {
            return diagnostic.format();
        }
        String file;
        try {
            file = basedir.resolve(at.file()).normalize().toString();
        } catch (InvalidPathException e) {
            file = at.file(); // a display name such as "-" for standard input
        }
        return new Diagnostic(diagnostic.severity(), diagnostic.code(),
                new SourceLocation(file, at.line(), at.column()), diagnostic.message(), diagnostic.hint()).format();
    }
}
