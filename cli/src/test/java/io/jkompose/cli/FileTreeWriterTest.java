package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeWriterTest {

    @TempDir
    Path dir;

    private List<String> tree() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(path -> !path.equals(dir)).map(path -> dir.relativize(path).toString()).sorted()
                    .toList();
        }
    }

    @Test
    void writesFilesInNestedFoldersAndReplacesExistingOnes() throws IOException {
        Files.createDirectories(dir.resolve("out/base"));
        Files.writeString(dir.resolve("out/base/a.yaml"), "old\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("base/a.yaml", "a\n");
        files.put("overlays/prod/b.yaml", "b\n");
        List<Path> written = new FileTreeWriter().write(dir.resolve("out"), files);

        assertThat(written).containsExactly(dir.resolve("out/base/a.yaml"), dir.resolve("out/overlays/prod/b.yaml"));
        assertThat(Files.readString(dir.resolve("out/base/a.yaml"))).isEqualTo("a\n");
        assertThat(Files.readString(dir.resolve("out/overlays/prod/b.yaml"))).isEqualTo("b\n");
        assertThat(tree()).containsExactly("out", "out/base", "out/base/a.yaml", "out/overlays", "out/overlays/prod",
                "out/overlays/prod/b.yaml");
    }

    @Test
    void aFailureLeavesNothingBehindButWhatWasThere() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/keep.yaml"), "keep\n");
        Files.writeString(dir.resolve("out/overlays"), "a file where a folder must go\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("base/a.yaml", "a\n");
        files.put("overlays/prod/b.yaml", "b\n");

        assertThatThrownBy(() -> new FileTreeWriter().write(dir.resolve("out"), files)).isInstanceOf(IOException.class);
        assertThat(tree()).containsExactly("out", "out/keep.yaml", "out/overlays");
    }

    @Test
    void aFailureRemovesTheFoldersItMade() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("base/a.yaml", "a\n");
        files.put("base", "a file where the folder is\n");
        assertThatThrownBy(() -> new FileTreeWriter().write(dir.resolve("new/out"), files))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void pathsMustStayBelowTheRoot() {
        for (String path : List.of("", "/etc/x", "../x", "a/../../x", "a//b", "./a", "a\\b")) {
            assertThatThrownBy(() -> new FileTreeWriter().write(dir, Map.of(path, "x")))
                    .as(path).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir).isEmptyDirectory();
    }
}
