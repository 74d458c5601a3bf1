package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's bar: every OpenCompose example of {@code ../shared/corpus/opencompose/examples}
 * converts with no flag (the format is told by the file's shape), exits 0 with no error, and
 * its output passes {@code k8s-validate}.
 */
class OpenComposeCorpusTest {

    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyCorpusExampleConverts() throws IOException {
        Path examples = SharedFolder.resolve("corpus/opencompose/examples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(examples)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        assertThat(files).as("OpenCompose examples under %s", examples).hasSizeGreaterThanOrEqualTo(6);
        return files.stream().map(file -> dynamicTest(examples.relativize(file).toString(), () -> {
            CliResult result = InProcessCli.run(file.getParent(), Map.of(),
                    List.of("convert", "-f", file.getFileName().toString(), "--stdout"));
            assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.stderr()).isZero();
            assertThat(result.stderr()).doesNotContain(": error:");
            assertThat(result.stdout()).contains("kind: Deployment");
            Path manifests = output.resolve(examples.relativize(file).toString().replace('/', '-'));
            Files.writeString(manifests, result.stdout());
            ManifestTools.ToolResult validation = ManifestTools.validate(List.of(manifests));
            assertThat(validation.ok()).as("k8s-validate:%n%s", validation.text()).isTrue();
        }));
    }
}
