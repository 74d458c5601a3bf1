package io.jkompose.converters;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.model.Diagnostic;
import java.util.List;

/** The Kubernetes objects, in output order, and the diagnostics of the conversion. */
public record ConversionResult(List<HasMetadata> objects, List<Diagnostic> diagnostics) {

    public ConversionResult {
        objects = List.copyOf(objects);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
