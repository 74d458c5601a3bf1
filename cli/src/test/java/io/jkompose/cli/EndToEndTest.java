package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path through the real loader, converter and writer. These need the parser and converters
 * modules to be implemented (their first installed jars were stubs).
 */
class EndToEndTest {

    private static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                ports:
                  - "8080:80"
            """;

    @TempDir
    Path dir;

    private void compose(String text) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), text);
    }

    @Test
    void convertToStdoutPrintsADeploymentAndAService() throws IOException {
        compose(COMPOSE);

        Runs.Result result = Runs.run(dir, "convert", "--stdout", "--with-kompose-annotation=false");

        assertThat(result.err()).doesNotContain("error");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("kind: Deployment", "kind: Service", "name: web", "image: nginx:1.27");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("compose.yaml"));
        }
    }

    @Test
    void convertToJsonPrintsAList() throws IOException {
        compose(COMPOSE);

        Runs.Result result = Runs.run(dir, "convert", "--stdout", "-j");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"kind\"", "\"List\"", "\"Deployment\"");
    }

    @Test
    void convertIntoAFolderWritesOneFilePerObject() throws IOException {
        compose(COMPOSE);

        Runs.Result result = Runs.run(dir, "convert", "-o", "k8s/", "-v");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(dir.resolve("k8s/web-deployment.yaml")).content().contains("kind: Deployment");
        assertThat(dir.resolve("k8s/web-service.yaml")).content().contains("kind: Service");
        assertThat(result.err()).contains("created " + Path.of("k8s", "web-deployment.yaml"));
    }

    @Test
    void convertWithoutOutWritesIntoTheWorkingFolderQuietly() throws IOException {
        compose(COMPOSE);

        Runs.Result result = Runs.run(dir, "convert");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).doesNotContain("created");
        assertThat(dir.resolve("web-deployment.yaml")).exists();
    }

    @Test
    void convertIntoOneFileWritesTheWholeStream() throws IOException {
        compose(COMPOSE);

        Runs.Result result = Runs.run(dir, "convert", "-o", "all.yaml");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(dir.resolve("all.yaml")).content().contains("kind: Deployment", "kind: Service");
    }

    @Test
    void malformedFileFailsWithALocatedErrorAndWritesNothing() throws IOException {
        compose("""
                services:
                  web:
                    image: nginx
                   ports: [
                """);

        Runs.Result result = Runs.run(dir, "convert", "-o", "k8s/");

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).containsPattern("compose\\.yaml:\\d+:\\d+: error: ").doesNotContain("\tat ");
        assertThat(dir.resolve("k8s")).doesNotExist();
    }

    @Test
    void configPrintsTheProject() throws IOException {
        compose(COMPOSE);

        Runs.Result yaml = Runs.run(dir, "config");
        Runs.Result json = Runs.run(dir, "config", "--format", "json");

        assertThat(yaml.code()).as(yaml.err()).isZero();
        assertThat(yaml.out()).contains("services:", "web:", "nginx:1.27");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"services\"", "\"web\"");
    }

    @Test
    void anUnwritableOutputIsOneErrorLine() throws IOException {
        compose(COMPOSE);
        Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");

        Runs.Result result = Runs.run(dir, "convert", "-o", "notes.txt/k8s/");

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.err().lines().filter(line -> line.contains(": error: ")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("jkompose: error: cannot write ");
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(dir.resolve("notes.txt")).hasContent("a file, not a folder");
    }
}
