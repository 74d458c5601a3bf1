package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetWriterTest {

    @TempDir
    Path dir;

    private static Map<String, String> threeFiles() {
        Map<String, String> files = new TreeMap<>();
        files.put("db-deployment.yaml", "kind: Deployment\n");
        files.put("web-deployment.yaml", "kind: Deployment\nname: web\n");
        files.put("web-service.yaml", "kind: Service\n");
        return files;
    }

    /** Fails on the n-th move (1-based), after the earlier ones went through. */
    private static FileSetWriter.Mover failingOnMove(int n) {
        int[] count = {0};
        return (source, target) -> {
            if (++count[0] == n) {
                throw new IOException("disk full (simulated)");
            }
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileIntoAMissingNestedFolderAndLeavesNoTemporaries() throws IOException {
        Path folder = dir.resolve("a/b/manifests");

        List<Path> written = new FileSetWriter().write(folder, threeFiles());

        assertThat(written).containsExactly(folder.resolve("db-deployment.yaml"),
                folder.resolve("web-deployment.yaml"), folder.resolve("web-service.yaml"));
        assertThat(namesIn(folder)).containsExactly("db-deployment.yaml", "web-deployment.yaml", "web-service.yaml");
        assertThat(folder.resolve("web-deployment.yaml")).hasContent("kind: Deployment\nname: web");
    }

    @Test
    void replacesExistingFilesAndKeepsOthers() throws IOException {
        Files.writeString(dir.resolve("web-service.yaml"), "old");
        Files.writeString(dir.resolve("notes.txt"), "mine");

        new FileSetWriter().write(dir, threeFiles());

        assertThat(dir.resolve("web-service.yaml")).hasContent("kind: Service");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aFailureInAFolderItCreatedRemovesTheFolderAndItsNewParents() {
        Path folder = dir.resolve("new/manifests");

        assertThatThrownBy(() -> new FileSetWriter(failingOnMove(2)).write(folder, threeFiles()))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");

        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void aFailureInAnExistingFolderRemovesOnlyWhatItAdded() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> new FileSetWriter(failingOnMove(3)).write(dir, threeFiles()))
                .isInstanceOf(IOException.class);

        assertThat(namesIn(dir)).containsExactly("notes.txt");
    }

    @Test
    void aRealFailureLeavesNothingBehind() throws IOException {
        // A non-empty folder where a file should go: the move onto it fails for real.
        Path folder = dir.resolve("out");
        Files.createDirectories(folder.resolve("web-service.yaml"));
        Files.writeString(folder.resolve("web-service.yaml/keep"), "x");

        assertThatThrownBy(() -> new FileSetWriter().write(folder, threeFiles())).isInstanceOf(IOException.class);

        assertThat(namesIn(folder)).containsExactly("web-service.yaml");
        assertThat(folder.resolve("web-service.yaml/keep")).hasContent("x");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnError() throws IOException {
        Files.writeString(dir.resolve("taken"), "x");

        assertThatThrownBy(() -> new FileSetWriter().write(dir.resolve("taken"), threeFiles()))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve("taken")).hasContent("x");
    }

    @Test
    void namesMustBePlainFileNames() {
        for (String name : new String[] {"../escape.yaml", "sub/dir.yaml", "", ".."}) {
            assertThatThrownBy(() -> new FileSetWriter().write(dir.resolve("out"), Map.of(name, "x")))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void contentsMadeWhileWritingArePutInPlaceInTheNamesOrder() throws IOException {
        Path folder = dir.resolve("out");
        List<String> names = List.of("a.yaml", "b.yaml", "c.yaml");
        // handed out in another order than the names', as a renderer working by batches may
        FileSetWriter.Contents contents = sink -> {
            sink.accept("c.yaml", "c\n");
            sink.accept("a.yaml", "a\n");
            sink.accept("b.yaml", "b\n");
        };

        List<Path> written = new FileSetWriter().write(folder, names, contents);

        assertThat(written).containsExactly(folder.resolve("a.yaml"), folder.resolve("b.yaml"), folder.resolve("c.yaml"));
        assertThat(namesIn(folder)).containsExactly("a.yaml", "b.yaml", "c.yaml");
        assertThat(folder.resolve("c.yaml")).hasContent("c");
    }

    @Test
    void contentsThatFailHalfWayLeaveNothingBehind() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "old");
        FileSetWriter.Contents failing = sink -> {
            sink.accept("a.yaml", "new\n");
            throw new IOException("rendering failed (simulated)");
        };

        assertThatThrownBy(() -> new FileSetWriter().write(dir, List.of("a.yaml", "b.yaml"), failing))
                .hasMessageContaining("simulated");

        assertThat(namesIn(dir)).containsExactly("a.yaml");
        assertThat(dir.resolve("a.yaml")).hasContent("old");
    }

    @Test
    void contentsMustGiveEveryNamedFileOnce() {
        Path folder = dir.resolve("out");
        List<String> names = List.of("a.yaml", "b.yaml");
        assertThatThrownBy(() -> new FileSetWriter().write(folder, names, sink -> sink.accept("a.yaml", "a")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FileSetWriter().write(folder, names, sink -> {
            sink.accept("a.yaml", "a");
            sink.accept("c.yaml", "c");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFileWrittenAsItsTextIsMadeReplacesTheOldOneOnlyWhenComplete() throws IOException {
        Files.writeString(dir.resolve("all.yaml"), "old");

        assertThatThrownBy(() -> new FileSetWriter().write(dir, "all.yaml", out -> {
            out.write("first part\n");
            throw new IOException("rendering failed (simulated)");
        })).hasMessageContaining("simulated");
        assertThat(namesIn(dir)).containsExactly("all.yaml");
        assertThat(dir.resolve("all.yaml")).hasContent("old");

        Path written = new FileSetWriter().write(dir, "all.yaml", out -> {
            out.write("first part\n");
            out.write("second part\n");
        });
        assertThat(written).isEqualTo(dir.resolve("all.yaml"));
        assertThat(written).hasContent("first part\nsecond part");
        assertThat(namesIn(dir)).containsExactly("all.yaml");
    }
}
