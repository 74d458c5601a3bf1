package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./jkompose} as a user runs it, after {@code mvn package} made the start-up archives
 * by a training run (src/training/archives.xml): on the JDK that ran the build it maps jkompose's classes
 * from target/jkompose.jsa, on a JDK 25+ from target/jkompose.aot, and says nothing about either. Needs the
 * packaged jar and archives, so it runs in {@code integration-test}.
 */
class StartupArchivesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: ghcr.io/example/app:1.0\n");
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void onTheBuildsJdkTheAppCdsArchiveIsUsed() throws Exception {
        assertThat(TARGET.resolve("jkompose.jsa")).as("made by mvn package").isNotEmptyFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // -Xshare:on: the JVM stops instead of starting without the archive when it cannot use it
        Result forced = launcher(java, "-Xshare:on", "convert", "--stdout");
        assertThat(forced.code()).as(forced.err()).isZero();

        assertArchiveUsedSilently(java);
    }

    @Test
    void onAJdk25TheAotCacheIsUsed() throws Exception {
        Path aotJava = TARGET.resolve("training/aot.java");
        Assumptions.assumeTrue(Files.exists(aotJava), "the build found no JDK 25 or newer");
        assertThat(TARGET.resolve("jkompose.aot")).isNotEmptyFile();

        assertArchiveUsedSilently(Files.readString(aotJava).strip());
    }

    /** A run prints only the manifests (no JVM note), and every class of jkompose comes from the archive. */
    private void assertArchiveUsedSilently(String java) throws Exception {
        Result plain = launcher(java, "", "convert", "--stdout");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("---\napiVersion: ").contains("\nkind: Deployment\n")
                .doesNotContain("[warning]", "[info]");
        assertThat(plain.err()).isEmpty();

        Path log = dir.resolve("classes.log");
        Result logged = launcher(java, "-Xlog:class+load=info:file=" + log, "convert", "--stdout");
        assertThat(logged.code()).as(logged.err()).isZero();
        List<String> ours = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" io.jkompose.") || line.contains(" picocli.")).toList();
        assertThat(ours).hasSizeGreaterThan(100)
                .allSatisfy(line -> assertThat(line).contains("source: shared objects file"));
    }

    private Result launcher(String java, String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("jkompose").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.to(err.toFile()));
        builder.environment().putAll(Map.of("JKOMPOSE_JAVA", java, "JAVA_OPTS", javaOpts));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }
}
