package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.writers.ManifestWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o DIR}: built beside the folder, renamed into place; nothing written outside it, no link followed. */
class FolderReplacementTest {

    @TempDir
    Path dir;

    private static Map<String, String> files(String version) {
        Map<String, String> files = new TreeMap<>();
        files.put("web-deployment.yaml", "image: web:" + version + "\n");
        files.put("web-service.yaml", "version: " + version + "\n");
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsTheFolderWithOneRename() throws IOException {
        Path out = dir.resolve("out");
        List<Path> written = new FolderReplacement().write(out, files("1"));
        assertThat(written).containsExactly(out.resolve("web-deployment.yaml"), out.resolve("web-service.yaml"));
        assertThat(out.resolve("web-deployment.yaml")).hasContent("image: web:1");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void replacesTheFolderKeepingTheOtherFilesAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("out");
        new FolderReplacement().write(out, files("1"));
        Files.writeString(out.resolve("README"), "mine\n");
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("notes/todo"), "keep\n");

        new FolderReplacement().write(out, files("2"));

        assertThat(out.resolve("web-deployment.yaml")).hasContent("image: web:2");
        assertThat(out.resolve("web-service.yaml")).hasContent("version: 2");
        assertThat(out.resolve("README")).hasContent("mine");
        assertThat(out.resolve("notes/todo")).hasContent("keep");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void aNameLeadingOutOfTheFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        new FolderReplacement().write(out, files("1"));
        for (String hostile : List.of("../escape.yaml", "..", "a/b.yaml", "/etc/escape.yaml", "", ".", "nul\0.yaml")) {
            Map<String, String> bad = new TreeMap<>(files("2"));
            bad.put(hostile, "evil\n");
            assertThatThrownBy(() -> new FolderReplacement().write(out, bad)).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain file name");
            assertThat(out.resolve("web-deployment.yaml")).hasContent("image: web:1");
        }
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void anObjectNamedToEscapeIsNeverWrittenOutsideTheFolder() throws IOException {
        HasMetadata hostile = new ConfigMapBuilder().withNewMetadata().withName("../../escape").endMetadata().build();
        Map<String, String> rendered = new ManifestWriter().files(List.of(hostile), false);
        assertThat(rendered.keySet()).allSatisfy(name -> assertThat(FileSetWriter.isPlainFileName(name)).isTrue());
        Path out = Files.createDirectories(dir.resolve("work/out"));
        Invocation invocation = new Invocation(dir.resolve("work"), Map.of(), null,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        new ManifestOutput(invocation, false).write(new OutputTarget.Folder(out), List.of(hostile), false);

        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).singleElement()
                    .satisfies(file -> assertThat(file.getParent()).isEqualTo(out));
        }
    }

    @Test
    void aLinkPlantedInTheOutputFolderIsReplacedNotFollowed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(out.resolve("web-deployment.yaml"), victim);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("linked-folder"), elsewhere);

        new FolderReplacement().write(out, files("2"));

        assertThat(victim).hasContent("precious");
        assertThat(Files.isSymbolicLink(out.resolve("web-deployment.yaml"))).isFalse();
        assertThat(out.resolve("web-deployment.yaml")).hasContent("image: web:2");
        // a link of the user's that is not an output file stays a link, pointing where it pointed
        assertThat(Files.readSymbolicLink(out.resolve("linked-folder"))).isEqualTo(elsewhere);
        try (Stream<Path> entries = Files.list(elsewhere)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aLinkPlantedUnderTheStagingNameIsRemovedNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep\n");
        long pid = ProcessHandle.current().pid();
        Files.createSymbolicLink(dir.resolve(".out.jkompose-new-" + pid), elsewhere);

        new FolderReplacement().write(dir.resolve("out"), files("1"));

        assertThat(elsewhere.resolve("keep.txt")).hasContent("keep");
        try (Stream<Path> entries = Files.list(elsewhere)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactly("keep.txt");
        }
        assertThat(Files.isDirectory(dir.resolve("out"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aRunKilledBetweenTheRenamesIsRepairedByTheNextRun() throws IOException {
        // what a run killed after renaming out away, before renaming the new one in, leaves
        long gone = deadPid();
        Path old = Files.createDirectories(dir.resolve(".out.jkompose-old-" + gone));
        Files.writeString(old.resolve("web-deployment.yaml"), "image: web:1\n");
        Files.writeString(old.resolve("README"), "mine\n");
        Path staged = Files.createDirectories(dir.resolve(".out.jkompose-new-" + gone));
        Files.writeString(staged.resolve("web-deployment.yaml"), "image: web:half\n");

        assertThat(FolderReplacement.repair(dir, "out", dir.resolve("out"))).isTrue();
        assertThat(siblings()).containsExactly("out");
        assertThat(dir.resolve("out/web-deployment.yaml")).hasContent("image: web:1");

        new FolderReplacement().write(dir.resolve("out"), files("2"));
        assertThat(dir.resolve("out/README")).hasContent("mine");
        assertThat(dir.resolve("out/web-deployment.yaml")).hasContent("image: web:2");
    }

    @Test
    void theLeftoverOfARunStillGoingIsLeftAlone() throws IOException {
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Files.createDirectories(dir.resolve(".out.jkompose-new-" + running));
        new FolderReplacement().write(dir.resolve("out"), files("1"));
        assertThat(siblings()).containsExactly(".out.jkompose-new-" + running, "out");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnError() throws IOException {
        Path out = Files.writeString(dir.resolve("out"), "a file\n");
        assertThatThrownBy(() -> new FolderReplacement().write(out, files("1"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
        assertThat(out).hasContent("a file");
        assertThat(siblings()).containsExactly("out");
    }

    /** A process id that no process has now. */
    private static long deadPid() {
        for (long pid = 4_000_000; pid > 1000; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        throw new IllegalStateException("no free process id");
    }

    @Test
    void contentsMadeWhileWritingReplaceTheFolderOnlyWhenAllAreWritten() throws IOException {
        Path out = dir.resolve("out");
        new FolderReplacement().write(out, files("1"));
        List<String> names = List.of("web-deployment.yaml", "web-service.yaml");

        FileSetWriter.Contents failing = sink -> {
            sink.accept("web-service.yaml", "version: 2\n");
            throw new IOException("rendering failed (simulated)");
        };
        assertThatThrownBy(() -> new FolderReplacement().write(out, names, failing)).hasMessageContaining("simulated");
        assertThat(out.resolve("web-service.yaml")).hasContent("version: 1");
        assertThat(siblings()).containsExactly("out");

        List<Path> written = new FolderReplacement().write(out, names, sink -> {
            sink.accept("web-service.yaml", "version: 2\n");
            sink.accept("web-deployment.yaml", "image: web:2\n");
        });
        assertThat(written).containsExactly(out.resolve("web-deployment.yaml"), out.resolve("web-service.yaml"));
        assertThat(out.resolve("web-service.yaml")).hasContent("version: 2");
        assertThat(siblings()).containsExactly("out");
    }
}
