package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --kustomize}: where the tree goes, which files an overlay starts from, errors in an
 * overlay, {@code --check} and {@code -v}. That the trees build into the right objects is
 * {@code golden-tests}' KustomizeRoundTripTest, with the real {@code kubectl kustomize}.
 */
class KustomizeCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.26
                    ports: ["80:80"]
                """);
        Files.writeString(dir.resolve("compose.override.yaml"), """
                services:
                  web:
                    deploy:
                      replicas: 2
                """);
        Files.writeString(dir.resolve("compose.prod.yaml"), """
                services:
                  web:
                    image: nginx:1.27
                """);
    }

    private Runs.Result run(String... args) {
        return Runs.run(dir, args);
    }

    private List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void withoutFileOptionsTheOverlayIsTheFilesComposeFoundPlusItsOwn() throws IOException {
        Runs.Result result = run("convert", "--kustomize", "-p", "shop", "--overlay", "prod=compose.prod.yaml",
                "--with-kompose-annotation=false");
        assertThat(result.code()).as(result.err()).isZero();

        Path tree = dir.resolve("shop"); // no -o: named after the project
        assertThat(files(tree)).containsExactly("base/kustomization.yaml", "base/web-deployment.yaml",
                "base/web-service.yaml", "overlays/prod/kustomization.yaml", "overlays/prod/web-deployment-patch.yaml");
        // the override file is part of the base, so the overlay changes only the image
        assertThat(Files.readString(tree.resolve("base/web-deployment.yaml"))).contains("replicas: 2\n");
        assertThat(Files.readString(tree.resolve("overlays/prod/web-deployment-patch.yaml"))).isEqualTo("""
                - op: replace
                  path: /spec/template/spec/containers/0/image
                  value: nginx:1.27
                """);
    }

    @Test
    void anOverlayThatCannotBeLoadedFailsAndWritesNothing() throws IOException {
        Runs.Result result = run("convert", "-f", "compose.yaml", "--kustomize", "-o", "k8s", "--overlay",
                "prod=compose.missing.yaml");
        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("compose.missing.yaml");
        assertThat(dir.resolve("k8s")).doesNotExist();
    }

    @Test
    void anErrorInAnOverlayFileIsShownAtItsPlace() throws IOException {
        Files.writeString(dir.resolve("compose.bad.yaml"), """
                services:
                  web:
                    ports: ["80:http"]
                """);
        Runs.Result result = run("convert", "-f", "compose.yaml", "--kustomize", "-o", "k8s", "--overlay",
                "bad=compose.bad.yaml");
        assertThat(result.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("compose.bad.yaml:3:").contains("error:");
        assertThat(dir.resolve("k8s")).doesNotExist();
    }

    @Test
    void checkComparesTheWholeTree() throws IOException {
        String[] args = {"convert", "-f", "compose.yaml", "--kustomize", "-o", "k8s", "--overlay",
                "prod=compose.prod.yaml"};
        assertThat(run(args).code()).isZero();
        String[] check = {"convert", "-f", "compose.yaml", "--kustomize", "-o", "k8s", "--overlay",
                "prod=compose.prod.yaml", "--check"};
        Runs.Result clean = run(check);
        assertThat(clean.code()).as(clean.out() + clean.err()).isZero();

        Path patch = dir.resolve("k8s/overlays/prod/web-deployment-patch.yaml");
        Files.writeString(patch, Files.readString(patch).replace("nginx:1.27", "nginx:1.25"));
        Runs.Result drift = run(check);
        assertThat(drift.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(drift.out()).contains("a/k8s/overlays/prod/web-deployment-patch.yaml")
                .contains("-  value: nginx:1.25").contains("+  value: nginx:1.27");
        assertThat(Files.readString(patch)).contains("nginx:1.25"); // --check writes nothing
    }

    @Test
    void verboseListsTheWrittenFiles() {
        Runs.Result result = run("convert", "-f", "compose.yaml", "--kustomize", "-o", "k8s", "-v");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("created k8s/base/kustomization.yaml")
                .contains("created k8s/base/web-deployment.yaml");
    }

    @Test
    void anOverlayNameGivenTwiceIsAUsageError() {
        Runs.Result result = run("convert", "--kustomize", "--overlay", "a=compose.prod.yaml", "--overlay",
                "a=compose.yaml");
        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--overlay a is given twice");
    }

    @Test
    void standardInputCannotFeedOverlays() {
        Runs.Result result = run("convert", "-f", "-", "--kustomize", "--overlay", "a=compose.prod.yaml");
        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("-f -");
    }
}
