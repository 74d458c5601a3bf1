package io.jkompose.model;

public enum Severity {
    WARNING, ERROR;

    /** The word compilers print: {@code warning}, {@code error}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
