package io.jkompose.cli;

import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --diagnostics sarif}: one SARIF 2.1.0 log with one run, written when the command ends, so that
 * code-scanning tools annotate the Compose files. One rule per code the run used (sorted, so the output
 * does not depend on the order of discovery), each pointing at its section of {@code docs/diagnostics.md}.
 */
final class SarifDiagnostics implements DiagnosticSink {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Relative to the project's root: the project has no published address to make it absolute with. */
    static final String HELP = "docs/diagnostics.md#";

    private final PrintWriter out;
    private final Path workingDir;
    private final String version;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SarifDiagnostics(PrintWriter out, Path workingDir, String version) {
        this.out = out;
        this.workingDir = workingDir;
        this.version = version;
    }

    @Override
    public void write(List<Diagnostic> stage) {
        diagnostics.addAll(stage);
    }

    @Override
    public void finish() {
        out.print(new ManifestWriter().treeJson(log()));
    }

    /** The log as a tree of maps and lists, keys in the order the specification lists them. */
    Map<String, Object> log() {
        List<String> codes = new ArrayList<>(new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList()));
        List<Object> rules = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code);
            String meaning = DiagnosticCodes.meaning(code);
            if (!meaning.isEmpty()) {
                rule.put("shortDescription", Map.of("text", meaning));
            }
            rule.put("helpUri", HELP + code);
            rules.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "jkompose");
        driver.put("version", version);
        driver.put("rules", rules);

        List<Object> results = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            results.add(result(diagnostic, codes.indexOf(diagnostic.code())));
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        // snakeyaml-engine's marks, and so the parser's columns, count code points
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private Map<String, Object> result(Diagnostic diagnostic, int ruleIndex) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", diagnostic.code());
        result.put("ruleIndex", ruleIndex);
        result.put("level", switch (diagnostic.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        });
        String hint = diagnostic.hint();
        result.put("message", Map.of("text", diagnostic.message()
                + (hint == null || hint.isBlank() ? "" : " (" + hint + ")")));
        SourceLocation location = diagnostic.location();
        if (location.isKnown()) {
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation",
                    Map.of("uri", ReportedPath.uri(ReportedPath.relative(location.file(), workingDir))));
            if (location.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", location.line());
                if (location.column() > 0) {
                    region.put("startColumn", location.column());
                }
                physical.put("region", region);
            }
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        return result;
    }
}
