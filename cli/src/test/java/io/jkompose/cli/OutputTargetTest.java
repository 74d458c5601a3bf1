package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {

    @TempDir
    Path dir;

    @Test
    void withoutOutOrStdoutFilesGoIntoTheWorkingFolder() {
        assertThat(OutputTarget.choose(null, false, dir)).isEqualTo(new OutputTarget.Folder(dir));
    }

    @Test
    void stdoutAndDashMeanStdout() {
        assertThat(OutputTarget.choose(null, true, dir)).isEqualTo(new OutputTarget.Stdout());
        assertThat(OutputTarget.choose("-", false, dir)).isEqualTo(new OutputTarget.Stdout());
        assertThat(OutputTarget.choose("-", true, dir)).isEqualTo(new OutputTarget.Stdout());
    }

    @Test
    void aPathThatDoesNotExistIsOneFile() {
        assertThat(OutputTarget.choose("k8s.yaml", false, dir))
                .isEqualTo(new OutputTarget.SingleFile(dir.resolve("k8s.yaml")));
        assertThat(OutputTarget.choose("deploy/k8s", false, dir))
                .isEqualTo(new OutputTarget.SingleFile(dir.resolve("deploy/k8s")));
    }

    @Test
    void aTrailingSlashMeansAFolderEvenWhenMissing() {
        assertThat(OutputTarget.choose("manifests/", false, dir))
                .isEqualTo(new OutputTarget.Folder(dir.resolve("manifests")));
    }

    @Test
    void anExistingFolderWithoutSlashIsAFolder() throws IOException {
        Files.createDirectory(dir.resolve("manifests"));

        assertThat(OutputTarget.choose("manifests", false, dir))
                .isEqualTo(new OutputTarget.Folder(dir.resolve("manifests")));
    }

    @Test
    void anExistingFileIsOneFileToReplace() throws IOException {
        Files.writeString(dir.resolve("old.yaml"), "old");

        assertThat(OutputTarget.choose("old.yaml", false, dir))
                .isEqualTo(new OutputTarget.SingleFile(dir.resolve("old.yaml")));
    }

    @Test
    void absolutePathsIgnoreTheWorkingFolder() {
        Path elsewhere = dir.resolve("elsewhere/all.yaml").toAbsolutePath();

        assertThat(OutputTarget.choose(elsewhere.toString(), false, Path.of("/nowhere")))
                .isEqualTo(new OutputTarget.SingleFile(elsewhere));
    }

    @Test
    void stdoutWithAPathIsRefused() {
        assertThatThrownBy(() -> OutputTarget.choose("out.yaml", true, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--out and --stdout");
    }

    @Test
    void aRelativeWorkingFolderStillGivesAFileWithAParent() {
        OutputTarget target = OutputTarget.choose("all.yaml", false, Path.of(""));

        assertThat(target).isInstanceOfSatisfying(OutputTarget.SingleFile.class,
                single -> assertThat(single.file().getParent()).isNotNull());
    }
}
