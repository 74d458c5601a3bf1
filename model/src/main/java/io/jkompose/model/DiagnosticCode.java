package io.jkompose.model;

/**
 * A diagnostic's code: a stable identifier that tests, filters ({@code --warnings-as-errors}) and
 * the documentation rely on, with what it means. Each module keeps its codes in one enum.
 */
public interface DiagnosticCode {

    /** The identifier written in diagnostics, e.g. {@code unknown-key}. */
    String id();

    /** What the diagnostic means, in one sentence, for the documentation. */
    String meaning();
}
