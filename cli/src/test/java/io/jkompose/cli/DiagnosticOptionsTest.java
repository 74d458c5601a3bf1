package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --diagnostics}, {@code --diagnostics-file}, {@code --error-on-warning} and {@code --warnings-as-errors}, run whole. */
class DiagnosticOptionsTest {

    /** A loader warning (TAG unset, line 3) and a converter warning (links, line 4). */
    private static final String COMPOSE = """
            services:
              web:
                image: nginx:${TAG}
                links: [db]
                ports: ["8080:80"]
              db:
                image: postgres:16
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @BeforeEach
    void compose() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    }

    private Runs.Result run(String... args) {
        return Runs.run(dir, args);
    }

    private static List<String> codes(String jsonLines) {
        return jsonLines.lines().map(line -> JSON.readTree(line).path("code").asString()).toList();
    }

    @Test
    void jsonLinesGoToStderrAndTheManifestsToStdout() {
        Runs.Result result = run("convert", "--stdout", "--diagnostics", "json");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("kind: Deployment");
        assertThat(codes(result.err())).contains("unset-variable", "links-replaced", "implicit-port");
        JsonNode unset = JSON.readTree(result.err().lines().findFirst().orElseThrow());
        assertThat(unset.path("file").asString()).isEqualTo("compose.yaml");
        assertThat(unset.path("line").intValue()).isEqualTo(3);
    }

    @Test
    void textIsTheDefaultAndTheSameAsWithoutTheOption() {
        Runs.Result plain = run("convert", "--stdout");
        Runs.Result text = run("convert", "--stdout", "--diagnostics", "text");

        assertThat(text.err()).isEqualTo(plain.err()).contains("compose.yaml:3:12: warning: the variable TAG is not set");
    }

    @Test
    void sarifIntoAFileLeavesStderrEmpty() throws IOException {
        Runs.Result result = run("convert", "--stdout", "--diagnostics", "sarif", "--diagnostics-file", "out/jkompose.sarif");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode log = JSON.readTree(Files.readString(dir.resolve("out/jkompose.sarif")));
        assertThat(SarifShape.problems(log)).isEmpty();
        JsonNode results = log.path("runs").get(0).path("results");
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asString()).isEqualTo("compose.yaml");
        assertThat(Files.readString(dir.resolve("out/jkompose.sarif"))).doesNotContain(dir.toString());
    }

    @Test
    void theDiagnosticsFileIsWrittenWhenTheRunFailsToo() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: [\"80:http\"]\n");

        Runs.Result result = run("convert", "-o", "k8s/", "--diagnostics", "json", "--diagnostics-file", "d.jsonl");

        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(codes(Files.readString(dir.resolve("d.jsonl")))).containsExactly("invalid-value");
        assertThat(dir.resolve("k8s")).doesNotExist();
    }

    @Test
    void configTakesTheOptionsToo() {
        Runs.Result result = run("config", "--diagnostics", "json");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(codes(result.err())).containsExactly("unset-variable");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Runs.Result result = run("convert", "--stdout", "--diagnostics", "xml");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--diagnostics", "xml");
    }

    @Test
    void errorOnWarningShowsTheLoadersAndTheConvertersWarningsThenFailsWritingNothing() {
        Runs.Result result = run("convert", "-o", "k8s/", "--error-on-warning");

        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("compose.yaml:3:12: warning:", "compose.yaml:4:5: warning: links");
        assertThat(result.err().lines().toList()).last()
                .isEqualTo("jkompose: error: 2 warnings treated as errors (--error-on-warning)");
        assertThat(dir.resolve("k8s")).doesNotExist();
    }

    @Test
    void warningsAsErrorsFailsOnlyForTheCodesNamed() {
        Runs.Result links = run("convert", "-o", "k8s/", "--warnings-as-errors", "links-replaced,unknown-key");
        assertThat(links.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(links.err().lines().toList()).last()
                .isEqualTo("jkompose: error: 1 warning treated as an error (--warnings-as-errors)");
        assertThat(dir.resolve("k8s")).doesNotExist();

        Runs.Result other = run("convert", "-o", "k8s/", "--warnings-as-errors", "unknown-key",
                "--warnings-as-errors", "shared-volume");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(dir.resolve("k8s/web-deployment.yaml")).exists();
    }

    @Test
    void aWarningThatFailsTheRunIsShownEvenWhenWarningsAreSuppressed() {
        Runs.Result result = run("convert", "--stdout", "--suppress-warnings", "--warnings-as-errors", "unset-variable");

        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).hasSize(2).first().asString()
                .startsWith("compose.yaml:3:12: warning: the variable TAG is not set");
    }

    @Test
    void anUnknownCodeIsAUsageError() {
        Runs.Result result = run("convert", "--stdout", "--warnings-as-errors", "links-replaced,no-such-code");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--warnings-as-errors: unknown diagnostic code 'no-such-code'");
    }
}
