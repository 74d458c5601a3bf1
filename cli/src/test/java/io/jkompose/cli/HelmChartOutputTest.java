package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --chart}: where the chart goes, what it replaces, and the flags it cannot go with. */
class HelmChartOutputTest {

    @TempDir
    Path dir;

    private Path project(String... services) throws IOException {
        Path folder = dir.resolve("shop");
        Files.createDirectories(folder);
        StringBuilder compose = new StringBuilder("services:\n");
        for (String service : services) {
            compose.append("  ").append(service).append(":\n    image: nginx:1.27\n    ports: [\"80\"]\n");
        }
        Files.writeString(folder.resolve("compose.yaml"), compose, StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void withoutOutTheChartFolderIsNamedAfterTheProject() throws IOException {
        Path project = project("web");

        Runs.Result result = Runs.run(project, "convert", "--chart");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(project.resolve("shop/Chart.yaml")).content().contains("name: shop");
        assertThat(project.resolve("shop/templates/web-deployment.yaml")).isRegularFile();
        assertThat(project.resolve("shop/values.schema.json")).isRegularFile();
    }

    @Test
    void aSecondConversionReplacesTheChartSoNoTemplateOfARemovedServiceStays() throws IOException {
        Path project = project("web", "api");
        assertThat(Runs.run(project, "convert", "-c", "-o", "out").code()).isZero();
        assertThat(project.resolve("out/templates/api-deployment.yaml")).isRegularFile();

        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
        Runs.Result again = Runs.run(project, "convert", "--chart", "-o", "out");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(project.resolve("out/templates/web-deployment.yaml")).isRegularFile();
        assertThat(project.resolve("out/templates/api-deployment.yaml")).doesNotExist();
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("compose.yaml", "out");
        }
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path project = project("web");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/notes.md"), "mine");

        Runs.Result result = Runs.run(project, "convert", "--chart", "-o", "docs");

        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("no Chart.yaml", "-o");
        assertThat(project.resolve("docs/notes.md")).content().isEqualTo("mine");
        try (Stream<Path> left = Files.list(project.resolve("docs"))) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void theChartIsYamlOnlyAndAFolder() throws IOException {
        Path project = project("web");
        for (String[] args : new String[][] {{"--chart", "-j"}, {"--chart", "--stdout"}, {"--chart", "-o", "-"},
                {"--chart", "--check", "-o", "x"}}) {
            String[] all = Stream.concat(Stream.of("convert"), Stream.of(args)).toArray(String[]::new);
            Runs.Result result = Runs.run(project, all);
            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).as(String.join(" ", args)).contains("--chart writes a folder of YAML templates");
        }
        Runs.Result both = Runs.run(project, "convert", "--chart", "--kustomize");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--chart and --kustomize write different folders");
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left).hasSize(1);
        }
    }
}
