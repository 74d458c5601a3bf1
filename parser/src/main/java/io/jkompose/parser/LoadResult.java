package io.jkompose.parser;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import java.util.List;

/**
 * The loaded project and what was found on the way.
 *
 * @param project null when an error made loading impossible
 */
public record LoadResult(Project project, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return project == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
