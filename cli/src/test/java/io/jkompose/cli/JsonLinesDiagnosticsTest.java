package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLinesDiagnosticsTest {

    private static final Path WORKING_DIR = Path.of("/work/project").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> lines(Diagnostic... diagnostics) {
        StringWriter out = new StringWriter();
        new JsonLinesDiagnostics(new PrintWriter(out, true), WORKING_DIR).write(List.of(diagnostics));
        return out.toString().lines().toList();
    }

    @Test
    void oneObjectALineWithEveryKnownField() {
        List<String> lines = lines(
                Diagnostic.warning("unknown-key", SourceLocation.of("compose.yaml", 4, 5), "unknown key 'imagee'",
                        "did you mean 'image'?"),
                Diagnostic.error("invalid-port", SourceLocation.of("compose.yaml", 7, 9), "bad port", null));

        assertThat(lines).containsExactly(
                "{\"severity\":\"warning\",\"code\":\"unknown-key\",\"file\":\"compose.yaml\",\"line\":4,\"column\":5,"
                        + "\"message\":\"unknown key 'imagee'\",\"hint\":\"did you mean 'image'?\"}",
                "{\"severity\":\"error\",\"code\":\"invalid-port\",\"file\":\"compose.yaml\",\"line\":7,\"column\":9,"
                        + "\"message\":\"bad port\"}");
    }

    @Test
    void unknownValuesAreLeftOut() {
        JsonNode noPlace = JSON.readTree(lines(Diagnostic.error("no-compose-file", null, "none found", " ")).get(0));
        JsonNode fileOnly = JSON.readTree(lines(Diagnostic.info("x", SourceLocation.file("a.yaml"), "m", null)).get(0));
        JsonNode noColumn = JSON.readTree(lines(Diagnostic.info("x", SourceLocation.of("a.yaml", 3, 0), "m", null)).get(0));

        assertThat(noPlace.propertyNames()).containsExactly("severity", "code", "message");
        assertThat(fileOnly.propertyNames()).containsExactly("severity", "code", "file", "message");
        assertThat(fileOnly.path("severity").asString()).isEqualTo("info");
        assertThat(noColumn.propertyNames()).containsExactly("severity", "code", "file", "line", "message");
    }

    @Test
    void textIsEscapedSoThatEachRecordStaysOnOneLineAndReadsBackTheSame() {
        String message = "a \"quoted\" value\nwith a tab\t, a backslash \\, a bell \u0007 and \u2028 é";
        List<String> lines = lines(Diagnostic.warning("x", SourceLocation.of("compose.yaml", 1, 1), message, null));

        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).path("message").asString()).isEqualTo(message);
    }

    @Test
    void aFileOutsideTheWorkingFolderIsWrittenRelativeToIt() {
        String outside = WORKING_DIR.resolveSibling("shared").resolve("base.yaml").toString();

        String line = lines(Diagnostic.warning("x", SourceLocation.of(outside, 1, 1), "m", null)).get(0);

        assertThat(JSON.readTree(line).path("file").asString()).isEqualTo("../shared/base.yaml");
    }
}
