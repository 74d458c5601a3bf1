package io.jkompose.model;

/**
 * Where a value came from: a file and a 1-based line and column. Every diagnostic points at one,
 * so that terminals, IDEs and CI can jump to the offending spot.
 */
public record SourceLocation(String file, int line, int column) {

    /** For values that no file wrote (defaults, command-line options). */
    public static final SourceLocation NONE = new SourceLocation("", 0, 0);

    public SourceLocation {
        file = file == null ? "" : file;
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** The file alone, for problems that concern a whole file (not found, unreadable). */
    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    /** {@code file:line:column}, or less when line or column are unknown, as compilers print it. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "jkompose";
        }
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
