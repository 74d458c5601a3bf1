package io.jkompose.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code mvn package} made, as a pipeline uses them: the tar.gz unpacked into a temporary
 * folder and run through {@code bin/jkompose} with nothing but a Java runtime; the zip holding the same files.
 */
class DistributionTest {

    private static final String VERSION = System.getProperty("jkompose.version");
    private static final Path ARCHIVES = Path.of(System.getProperty("jkompose.archives", "target"));
    private static final String BASE = "jkompose-" + VERSION;

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(VERSION).as("jkompose.version, set by the pom").isNotBlank();
        Path tarGz = ARCHIVES.resolve(BASE + ".tar.gz");
        assertThat(tarGz).as("made by mvn package").exists();
        Result tar = run(unpacked, Map.of(), "tar", "-xzf", tarGz.toAbsolutePath().toString());
        assertThat(tar.code()).as(tar.output()).isZero();
        home = unpacked.resolve(BASE);
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    /** bin/jkompose with only a Java runtime: JAVA_HOME of the JVM running this test, no Maven classpath. */
    private static Result jkompose(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/jkompose").toString());
        Collections.addAll(command, args);
        return run(dir, Map.of("JAVA_HOME", System.getProperty("java.home"), "CLASSPATH", ""),
                command.toArray(String[]::new));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void theArchiveHoldsTheLaunchersTheJarsAndTheReadme() throws IOException {
        List<String> files = files(home);

        assertThat(files).contains("bin/jkompose", "bin/jkompose.cmd", "README.md", "docs/diagnostics.md",
                "lib/jkompose-cli-" + VERSION + ".jar", "lib/jkompose-converters-" + VERSION + ".jar",
                "lib/jkompose-parser-" + VERSION + ".jar", "lib/jkompose-model-" + VERSION + ".jar");
        assertThat(files).filteredOn(file -> file.startsWith("lib/"))
                .allMatch(file -> file.endsWith(".jar") || file.equals("lib/jkompose.aot"));
        // picocli is compiled into jkompose-cli (Java 17 bytecode, which the AOT cache takes), not shipped as its jar
        assertThat(files).noneMatch(file -> file.startsWith("lib/picocli"));
        // lib/jkompose.jar is the launchers' class path in one fixed order: its manifest names every other jar
        try (JarFile launcher = new JarFile(home.resolve("lib/jkompose.jar").toFile())) {
            Attributes manifest = launcher.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("io.jkompose.cli.Main");
            assertThat(List.of(manifest.getValue("Class-Path").split(" "))).map(name -> "lib/" + name)
                    .containsExactlyInAnyOrderElementsOf(files.stream().filter(file -> file.startsWith("lib/")
                            && file.endsWith(".jar") && !file.equals("lib/jkompose.jar")).toList())
                    .startsWith("lib/jkompose-cli-" + VERSION + ".jar");
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/jkompose"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readString(home.resolve("bin/jkompose"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
    }

    @Test
    void versionRuns() throws Exception {
        Result version = jkompose(unpacked, "version");

        assertThat(version.code()).as(version.output()).isZero();
        assertThat(version.output()).isEqualTo("jkompose version " + VERSION + "\n");
    }

    @Test
    void convertRunsAndChecks(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n");

        Result convert = jkompose(project, "convert", "-o", "k8s/");
        assertThat(convert.code()).as(convert.output()).isZero();
        assertThat(project.resolve("k8s/web-deployment.yaml")).content().contains("kind: Deployment", "image: nginx:1.27");

        Result check = jkompose(project, "convert", "--check", "-o", "k8s/", "--diagnostics", "json");
        assertThat(check.code()).as(check.output()).isZero();
        Files.delete(project.resolve("k8s/web-service.yaml"));
        assertThat(jkompose(project, "convert", "--check", "-o", "k8s/").code()).isEqualTo(4);
    }

    /**
     * With a JDK 25 or newer the build made lib/jkompose.aot by a training run of this very tree, and
     * bin/jkompose on that JDK maps jkompose's classes from it, silently; without such a JDK there is none.
     */
    @Test
    void onAJdk25TheLauncherUsesTheAotCacheTheBuildMade(@TempDir Path project) throws Exception {
        Path aotJava = ARCHIVES.resolve("training/aot.java");
        if (!Files.exists(aotJava)) {
            assertThat(home.resolve("lib/jkompose.aot")).as("no JDK 25+ at build time, so no AOT cache").doesNotExist();
            Assumptions.abort("the build found no JDK 25 or newer");
        }
        assertThat(home.resolve("lib/jkompose.aot")).isNotEmptyFile();
        // an image jkompose knows nothing of: no message of its own on stderr, so any JVM note would show
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: ghcr.io/example/app:1.0\n");
        Path log = project.resolve("classes.log");
        Map<String, String> env = new HashMap<>(Map.of("JKOMPOSE_JAVA", Files.readString(aotJava).strip(),
                "JAVA_HOME", "", "CLASSPATH", ""));

        Result plain = run(project, env, home.resolve("bin/jkompose").toString(), "convert", "--stdout");
        assertThat(plain.code()).as(plain.output()).isZero();
        assertThat(plain.output()).startsWith("---\napiVersion: ").contains("\nkind: Deployment\n")
                .doesNotContain("[warning]", "[info]", "warning:", "info:");

        env.put("JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Result logged = run(project, env, home.resolve("bin/jkompose").toString(), "convert", "--stdout");
        assertThat(logged.code()).as(logged.output()).isZero();
        assertThat(Files.readAllLines(log)).filteredOn(line -> line.contains(" io.jkompose."))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("source: shared objects file"));
    }

    @Test
    void theZipHoldsTheSameFilesWithWindowsLineEndsForTheCmd() throws IOException {
        try (ZipFile zip = new ZipFile(ARCHIVES.resolve(BASE + ".zip").toFile())) {
            TreeSet<String> names = new TreeSet<>();
            zip.stream().filter(entry -> !entry.isDirectory())
                    .forEach(entry -> names.add(entry.getName().substring(BASE.length() + 1)));
            assertThat(names).containsExactlyElementsOf(files(home));
            String cmd = new String(zip.getInputStream(zip.getEntry(BASE + "/bin/jkompose.cmd")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(cmd).startsWith("@echo off\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        }
    }

    @Test
    void everyEntryCarriesTheFixedTimeNotTheBuildsOne() throws IOException {
        // project.build.outputTimestamp: the same sources give the same archive bytes
        FileTime fixed = FileTime.from(Instant.parse(System.getProperty("jkompose.outputTimestamp")));
        try (ZipFile zip = new ZipFile(ARCHIVES.resolve(BASE + ".zip").toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            assertThat(entries).isNotEmpty();
            // zip stores local time in 2-second steps; compare what it gives back as the instant it was set to
            assertThat(entries).allSatisfy(entry -> assertThat(Math.abs(entry.getLastModifiedTime().toMillis()
                    - fixed.toMillis())).as(entry.getName()).isLessThanOrEqualTo(2000L));
        }
        try (Stream<Path> paths = Files.walk(home)) {
            // tar keeps the time exactly, and tar -x sets it on the unpacked files
            assertThat(paths.filter(Files::isRegularFile).toList()).allSatisfy(path ->
                    assertThat(Files.getLastModifiedTime(path)).as(path.toString()).isEqualTo(fixed));
        }
    }
}
