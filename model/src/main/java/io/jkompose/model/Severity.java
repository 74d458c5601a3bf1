package io.jkompose.model;

public enum Severity {
    /** What jkompose did on its own that the user may want to know (a port it inferred, say); never fails a run. */
    INFO,
    WARNING,
    ERROR;

    /** The word compilers print: {@code info}, {@code warning}, {@code error}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
