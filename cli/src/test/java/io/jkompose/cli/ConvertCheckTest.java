package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --check -o DIR}: no drift, changed, missing and extra files, and the usage errors. */
class ConvertCheckTest {

    private static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                ports: ["8080:80"]
              cache:
                image: redis:7
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeManifests() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        Runs.Result written = run("convert", "-o", "k8s/");
        assertThat(written.code()).as(written.err()).isZero();
    }

    private Runs.Result run(String... args) {
        return Runs.run(dir, args);
    }

    private Runs.Result check() {
        return run("convert", "--check", "-o", "k8s/");
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(path -> dir.relativize(path) + (Files.isRegularFile(path) ? ":" + content(path) : ""))
                    .sorted().toList();
        }
    }

    private static String content(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filesThatMatchGiveZeroAndNoOutput() {
        Runs.Result result = check();

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).doesNotContain("differs");
    }

    @Test
    void aChangedFileIsShownAsADiffAndNothingIsWritten() throws IOException {
        Path deployment = dir.resolve("k8s/web-deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("nginx:1.27", "nginx:1.26"));
        List<String> before = tree();

        Runs.Result result = check();

        assertThat(result.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(result.out().lines().toList()).containsSubsequence("--- a/k8s/web-deployment.yaml",
                "+++ b/k8s/web-deployment.yaml").contains("-        - image: nginx:1.26", "+        - image: nginx:1.27");
        assertThat(result.err()).contains("k8s differs", "1 changed, 0 missing, 0 extra");
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void aMissingFileIsDiffedFromNothing() throws IOException {
        String service = Files.readString(dir.resolve("k8s/web-service.yaml"));
        Files.delete(dir.resolve("k8s/web-service.yaml"));

        Runs.Result result = check();

        assertThat(result.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(result.out()).startsWith("--- /dev/null\n+++ b/k8s/web-service.yaml\n@@ -0,0 +1,"
                + service.lines().count() + " @@\n");
        assertThat(result.err()).contains("0 changed, 1 missing, 0 extra");
        assertThat(dir.resolve("k8s/web-service.yaml")).doesNotExist();
    }

    @Test
    void anExtraManifestIsDiffedToNothingOtherFilesAreLeftAlone() throws IOException {
        Files.writeString(dir.resolve("k8s/old-deployment.yaml"), "kind: Deployment\n");
        Files.writeString(dir.resolve("k8s/README.md"), "not a manifest\n");
        Files.writeString(dir.resolve("k8s/.hidden.yaml"), "x: 1\n");

        Runs.Result result = check();

        assertThat(result.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(result.out()).isEqualTo("--- a/k8s/old-deployment.yaml\n+++ /dev/null\n@@ -1 +0,0 @@\n-kind: Deployment\n");
        assertThat(result.err()).contains("0 changed, 0 missing, 1 extra");
    }

    @Test
    void aFolderThatDoesNotExistIsAllMissingAndIsNotCreated() throws IOException {
        long written;
        try (Stream<Path> files = Files.list(dir.resolve("k8s"))) {
            written = files.count();
        }

        Runs.Result result = run("convert", "--check", "-o", "elsewhere/");

        assertThat(result.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(result.err()).contains("0 changed, " + written + " missing, 0 extra");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void aSingleFileIsCheckedToo() {
        assertThat(run("convert", "-o", "all.yaml").code()).isZero();

        assertThat(run("convert", "--check", "-o", "all.yaml").code()).isEqualTo(ExitCode.OK);
        assertThat(run("convert", "--check", "-o", "all.yaml", "--replicas", "2").code()).isEqualTo(ExitCode.DRIFT);
    }

    @Test
    void theDiffBringsTheFolderUpToDate() throws Exception {
        assumeTrue(hasPatch(), "no patch(1) on this machine");
        Path deployment = dir.resolve("k8s/web-deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("nginx:1.27", "nginx:1.26"));
        Files.delete(dir.resolve("k8s/cache-deployment.yaml"));
        Files.writeString(dir.resolve("k8s/old-service.yaml"), "kind: Service\nmetadata:\n  name: old\n");
        Runs.Result drift = check();
        assertThat(drift.code()).isEqualTo(ExitCode.DRIFT);

        Process patch = new ProcessBuilder("patch", "-p1", "-s", "-E").directory(dir.toFile())
                .redirectErrorStream(true).start();
        patch.getOutputStream().write(drift.out().getBytes(StandardCharsets.UTF_8));
        patch.getOutputStream().close();
        String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(patch.waitFor()).as(said).isZero();

        Runs.Result after = check();
        assertThat(after.code()).as(after.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theRecordedCommandLeavesOutHowTheRunReportsSoTheAnnotationMatches() {
        Runs.Result result = run("convert", "--check", "-o", "k8s/", "--diagnostics", "json", "--diagnostics-file=d.json",
                "--warnings-as-errors", "unknown-key");

        assertThat(result.code()).as(result.out()).isEqualTo(ExitCode.OK);
        assertThat(content(dir.resolve("k8s/web-deployment.yaml"))).contains("kompose.cmd: jkompose convert -o k8s/");
        assertThat(RecordedArgs.of(List.of("convert", "--check", "--diagnostics", "sarif", "-o", "k8s/",
                "--warnings-as-errors=a,b", "--diagnostics-file", "x", "-v"))).containsExactly("convert", "-o", "k8s/", "-v");
    }

    @Test
    void aCheckNeedsFilesToCompareWith() {
        for (List<String> args : List.of(List.of("convert", "--check"), List.of("convert", "--check", "--stdout"),
                List.of("convert", "--check", "-o", "-"))) {
            Runs.Result result = run(args.toArray(String[]::new));

            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).contains("--check compares with the files of -o");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void anInvalidProjectIsAnErrorNotDrift() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: [\"80:http\"]\n");

        assertThat(check().code()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    private static boolean hasPatch() {
        try {
            return new ProcessBuilder("patch", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
