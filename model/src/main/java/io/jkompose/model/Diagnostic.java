package io.jkompose.model;

import java.util.Objects;

/**
 * A problem found while loading or converting, carried as a value to the edge (CLI, Maven plugin),
 * which decides how to show it and which exit code follows.
 *
 * @param code    a stable, kebab-case identifier (for example {@code unknown-key}), for tests and filters
 * @param hint    what the user can do about it; may be null
 */
public record Diagnostic(Severity severity, String code, SourceLocation location, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        location = location == null ? SourceLocation.NONE : location;
    }

    public static Diagnostic error(String code, SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, location, message, hint);
    }

    public static Diagnostic warning(String code, SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, location, message, hint);
    }

    public static Diagnostic info(String code, SourceLocation location, String message, String hint) {
        return new Diagnostic(Severity.INFO, code, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** One line, {@code file:line:column: error: message (hint)}, the way compilers write it. */
    public String format() {
        StringBuilder line = new StringBuilder()
                .append(location).append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            line.append(" (").append(hint).append(')');
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
