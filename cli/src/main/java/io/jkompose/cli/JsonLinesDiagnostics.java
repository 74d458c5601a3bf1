package io.jkompose.cli;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --diagnostics json}: one JSON object a line (severity, code, file, line, column, message,
 * hint), values that are not known left out. Each diagnostic at its own place: tools want every place,
 * not the grouped lines of the text format.
 */
final class JsonLinesDiagnostics implements DiagnosticSink {

    private final PrintWriter out;
    private final Path workingDir;

    JsonLinesDiagnostics(PrintWriter out, Path workingDir) {
        this.out = out;
        this.workingDir = workingDir;
    }

    @Override
    public void write(List<Diagnostic> diagnostics) {
        diagnostics.forEach(diagnostic -> out.println(line(diagnostic, workingDir)));
    }

    static String line(Diagnostic diagnostic, Path workingDir) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("severity", diagnostic.severity().label());
        fields.put("code", diagnostic.code());
        SourceLocation location = diagnostic.location();
        if (location.isKnown()) {
            fields.put("file", ReportedPath.relative(location.file(), workingDir));
            if (location.line() > 0) {
                fields.put("line", location.line());
                if (location.column() > 0) {
                    fields.put("column", location.column());
                }
            }
        }
        fields.put("message", diagnostic.message());
        if (diagnostic.hint() != null && !diagnostic.hint().isBlank()) {
            fields.put("hint", diagnostic.hint());
        }
        return JsonText.object(fields);
    }
}
