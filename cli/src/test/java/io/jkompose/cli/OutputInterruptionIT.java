package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code java -jar target/jkompose.jar convert -o out/} of 5,000 services, killed with
 * SIGKILL (no shutdown hook runs) while it writes: {@code out/} must then hold exactly the files of
 * the run before or exactly those of the killed run, never a mix, and the next run must leave
 * nothing behind beside it. Needs the shaded jar, so it runs in {@code integration-test}, after
 * {@code package}; it needs no cluster.
 */
class OutputInterruptionIT {

    private static final int SERVICES = 5000;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aRunKilledWhileWritingLeavesTheOldFolderOrTheNewOne() throws Exception {
        Path jar = Path.of("target", "jkompose.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar (mvn package)").isRegularFile();
        Path out = dir.resolve("out");

        SortedMap<String, String> v1 = completeRun(jar, "v1");
        assertThat(v1).hasSizeGreaterThanOrEqualTo(SERVICES);
        SortedMap<String, String> v2 = completeRun(jar, "v2");
        assertThat(v2).hasSameSizeAs(v1).isNotEqualTo(v1);

        int killedWhileStaging = 0;
        for (int round = 0; round < 3; round++) {
            String version = round % 2 == 0 ? "v1" : "v2";
            SortedMap<String, String> before = read(out);
            writeCompose(version);
            Process run = start(jar);
            // kill the moment it is writing: its staging folder beside out/ has appeared and holds files
            Path staging = dir.resolve(".out.jkompose-new-" + run.pid());
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            while (run.isAlive() && System.nanoTime() < deadline && countFiles(staging) < 10 * (round + 1)) {
                Thread.onSpinWait();
            }
            boolean wasStaging = run.isAlive() && Files.isDirectory(staging);
            run.destroyForcibly(); // SIGKILL on Linux
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (wasStaging) {
                killedWhileStaging++;
            }

            SortedMap<String, String> after = read(out);
            assertThat(after.equals(v1) || after.equals(v2))
                    .as("round %d: out/ holds %d files, neither all of v1 nor all of v2", round, after.size()).isTrue();
            if (wasStaging) {
                assertThat(after).as("killed before the rename: the old folder").isEqualTo(before);
            }
        }
        assertThat(killedWhileStaging).as("runs killed in the middle of writing").isPositive();

        // the next run clears the leftovers of the killed ones and puts its own folder in place
        SortedMap<String, String> last = completeRun(jar, "v1");
        assertThat(last).isEqualTo(v1);
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(path -> path.getFileName().toString()).filter(name -> name.contains("out")))
                    .containsExactly("out");
        }
    }

    private SortedMap<String, String> completeRun(Path jar, String version) throws Exception {
        writeCompose(version);
        Process run = start(jar);
        assertThat(run.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("a run finishes").isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(stderr).isZero();
        return read(dir.resolve("out"));
    }

    private Process start(Path jar) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                jar.toString(), "convert", "--with-kompose-annotation=false", "-o", "out/"))
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private void writeCompose(String version) throws IOException {
        StringBuilder compose = new StringBuilder("services:\n");
        for (int i = 0; i < SERVICES; i++) {
            compose.append("  s").append(i).append(":\n    image: registry.example/s").append(i).append(':')
                    .append(version).append('\n');
        }
        Files.writeString(dir.resolve("compose.yaml"), compose.toString());
    }

    private static long countFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        } catch (IOException e) {
            return 0; // renamed away in between
        }
    }

    private static SortedMap<String, String> read(Path folder) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path path : (Iterable<Path>) entries::iterator) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }
}
