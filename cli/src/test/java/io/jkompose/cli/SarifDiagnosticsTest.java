package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.ParserCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifDiagnosticsTest {

    private static final Path WORKING_DIR = Path.of("/work/project").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<Diagnostic> DIAGNOSTICS = List.of(
            Diagnostic.warning(ParserCode.UNSET_VARIABLE.id(), SourceLocation.of("compose.yaml", 3, 12),
                    "the variable TAG is not set", "set it"),
            Diagnostic.error(ParserCode.INVALID_PORT.id(), SourceLocation.of("sub dir/compose.override.yaml", 7, 9),
                    "\"80:http\" is not a valid port", null),
            Diagnostic.info(ConverterCode.IMPLICIT_PORT.id(), SourceLocation.of("compose.yaml", 2, 3),
                    "the Service of 'web' serves port 80", null),
            Diagnostic.warning(ParserCode.UNSET_VARIABLE.id(), SourceLocation.file(
                    WORKING_DIR.resolveSibling("shared").resolve(".env").toString()), "a variable of .env", null),
            Diagnostic.error(ParserCode.NO_COMPOSE_FILE.id(), SourceLocation.NONE, "no Compose file", null),
            Diagnostic.warning(ParserCode.UNKNOWN_KEY.id(), SourceLocation.of("<stdin>", 1, 1), "unknown key 'x'", null));

    private static String sarif(List<Diagnostic> diagnostics) {
        StringWriter out = new StringWriter();
        SarifDiagnostics sink = new SarifDiagnostics(new PrintWriter(out, true), WORKING_DIR, "1.2.3");
        // in two stages, as the loader's and the converter's
        int half = diagnostics.size() / 2;
        sink.write(diagnostics.subList(0, half));
        sink.write(diagnostics.subList(half, diagnostics.size()));
        sink.finish();
        return out.toString();
    }

    private static JsonNode run() {
        return JSON.readTree(sarif(DIAGNOSTICS)).path("runs").get(0);
    }

    @Test
    void theLogHasTheShapeOfSarif210() {
        JsonNode log = JSON.readTree(sarif(DIAGNOSTICS));

        assertThat(SarifShape.problems(log)).isEmpty();
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("runs").size()).isEqualTo(1);
        assertThat(run().path("tool").path("driver").path("name").asString()).isEqualTo("jkompose");
        assertThat(run().path("tool").path("driver").path("version").asString()).isEqualTo("1.2.3");
    }

    @Test
    void theShapeCheckFindsWhatTheSchemaForbids() {
        // guards the test above: a check that finds nothing would pass any output
        ObjectNode log = (ObjectNode) JSON.readTree(sarif(DIAGNOSTICS));
        ObjectNode result = (ObjectNode) log.path("runs").get(0).path("results").get(0);
        ObjectNode region = (ObjectNode) result.path("locations").get(0).path("physicalLocation").path("region");
        region.put("startLine", 0);
        result.put("severity", "warning");
        ((ObjectNode) result.path("message")).remove("text");
        log.put("version", "2.0.0");

        assertThat(SarifShape.problems(log)).containsExactlyInAnyOrder(
                "$.version must be \"2.1.0\"",
                "$.runs[0].results[0].severity is not a property of result",
                "$.runs[0].results[0].severity is not checked by SarifShape (extend it)",
                "$.runs[0].results[0].message needs one of [[text], [id]]",
                "$.runs[0].results[0].locations[0].physicalLocation.region.startLine must be an integer >= 1");
        log.remove("runs");
        assertThat(SarifShape.problems(log)).contains("$ lacks the required runs");
    }

    @Test
    void oneRulePerCodeUsedSortedWithItsMeaningAndHelp() {
        JsonNode rules = run().path("tool").path("driver").path("rules");

        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.path("id").asString()));
        assertThat(ids).containsExactly("implicit-port", "invalid-port", "no-compose-file", "unknown-key",
                "unset-variable");
        JsonNode unset = rules.get(4);
        assertThat(unset.path("shortDescription").path("text").asString()).isEqualTo(ParserCode.UNSET_VARIABLE.meaning());
        assertThat(unset.path("helpUri").asString()).isEqualTo("docs/diagnostics.md#unset-variable");
        assertThat(rules.get(0).path("shortDescription").path("text").asString())
                .isEqualTo(ConverterCode.IMPLICIT_PORT.meaning());
    }

    @Test
    void eachResultPointsAtItsRuleWithItsLevelMessageAndPlace() {
        JsonNode results = run().path("results");
        JsonNode rules = run().path("tool").path("driver").path("rules");

        assertThat(results.size()).isEqualTo(DIAGNOSTICS.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asString()).isEqualTo(DIAGNOSTICS.get(i).code());
            assertThat(rules.get(result.path("ruleIndex").intValue()).path("id").asString())
                    .isEqualTo(result.path("ruleId").asString());
        }
        List<String> levels = new ArrayList<>();
        results.forEach(result -> levels.add(result.path("level").asString()));
        assertThat(levels).containsExactly("warning", "error", "note", "warning", "error", "warning");
        assertThat(results.get(0).path("message").path("text").asString()).isEqualTo("the variable TAG is not set (set it)");
        JsonNode place = results.get(1).path("locations").get(0).path("physicalLocation");
        assertThat(place.path("artifactLocation").path("uri").asString()).isEqualTo("sub%20dir/compose.override.yaml");
        assertThat(place.path("region").path("startLine").intValue()).isEqualTo(7);
        assertThat(place.path("region").path("startColumn").intValue()).isEqualTo(9);
    }

    @Test
    void placesAreRelativeToTheWorkingFolderAndOnlyWhatIsKnownIsWritten() {
        JsonNode results = run().path("results");

        JsonNode outside = results.get(3).path("locations").get(0).path("physicalLocation");
        assertThat(outside.path("artifactLocation").path("uri").asString()).isEqualTo("../shared/.env");
        assertThat(outside.has("region")).as("a file without a line has no region").isFalse();
        assertThat(results.get(4).has("locations")).as("a diagnostic of no file has no location").isFalse();
        assertThat(results.get(5).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asString()).isEqualTo("%3Cstdin%3E");
        assertThat(sarif(DIAGNOSTICS)).doesNotContain(WORKING_DIR.toString());
    }

    @Test
    void theSameDiagnosticsGiveTheSameBytes() {
        assertThat(sarif(DIAGNOSTICS)).isEqualTo(sarif(List.copyOf(DIAGNOSTICS)));
    }

    @Test
    void noDiagnosticsIsAnEmptyRun() {
        JsonNode log = JSON.readTree(sarif(List.of()));

        assertThat(SarifShape.problems(log)).isEmpty();
        assertThat(log.path("runs").get(0).path("results").size()).isZero();
        assertThat(log.path("runs").get(0).path("tool").path("driver").path("rules").size()).isZero();
    }
}
