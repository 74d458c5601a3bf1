package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import java.util.List;

/** Writes the diagnostics a {@link DiagnosticReporter} lets through, in one of the {@code --diagnostics} formats. */
interface DiagnosticSink {

    /** One stage's diagnostics (the loader's, the converter's), in the order they were found. */
    void write(List<Diagnostic> diagnostics);

    /** Called once at the end; a format that is one document writes it here. */
    default void finish() {
    }
}
