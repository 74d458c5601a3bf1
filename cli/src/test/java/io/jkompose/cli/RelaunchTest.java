package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {

    private static final String JAVA = "/opt/jdk/bin/java";

    @TempDir
    Path dir;

    @Test
    void aBareJavaDashJarStartsItselfAgainWithTheLaunchersOptionsAndTheSameArguments() {
        Path jar = dir.resolve("jkompose.jar");
        Optional<List<String>> command = Relaunch.command(process(List.of("-jar", jar.toString(), "convert", "-o", "out"),
                Map.of(), null, 17));
        List<String> expected = new ArrayList<>(List.of(JAVA));
        expected.addAll(Relaunch.JVM_OPTIONS);
        expected.addAll(List.of("-Djkompose.launcher=relaunch", "-jar", jar.toString(), "convert", "-o", "out"));
        assertThat(command).contains(expected);
        assertThat(Relaunch.JVM_OPTIONS).contains("-XX:+UseSerialGC");
    }

    @Test
    void systemPropertiesBeforeTheJarGoOnToTheChild() {
        List<String> arguments = List.of("-Djkompose.limits.services=60000", "-jar", "jkompose.jar", "convert");
        Optional<List<String>> command = Relaunch.command(process(arguments, Map.of(), null, 17));
        assertThat(command).isPresent();
        assertThat(command.get()).endsWith("-Djkompose.launcher=relaunch", "-Djkompose.limits.services=60000", "-jar",
                "jkompose.jar", "convert");
    }

    @Test
    void whatTheUserChoseKeepsTheProcessAsItIs() {
        List<String> bare = List.of("-jar", "jkompose.jar", "version");
        assertThat(Relaunch.command(process(List.of("-Xmx2g", "-jar", "jkompose.jar", "version"), Map.of(), null, 17)))
                .as("a JVM option").isEmpty();
        assertThat(Relaunch.command(process(List.of("-cp", "lib/*", "io.jkompose.cli.Main"), Map.of(), null, 17)))
                .as("a class path").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), null, 17)))
                .as("JAVA_TOOL_OPTIONS").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of("JDK_JAVA_OPTIONS", "-Xss2m"), null, 17)))
                .as("JDK_JAVA_OPTIONS").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of("JKOMPOSE_RELAUNCH", "false"), null, 17)))
                .as("switched off").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of(), "script", 17))).as("started by a launcher").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of(), "relaunch", 17))).as("already the child").isEmpty();
        assertThat(Relaunch.command(process(bare, Map.of("JKOMPOSE_RELAUNCH", "true"), null, 17))).isPresent();
    }

    @Test
    void theArchiveBesideTheJarIsUsedTheAotCacheOnlyFromJava25() throws IOException {
        Path jar = Files.createFile(dir.resolve("jkompose.jar"));
        assertThat(Relaunch.archiveOptions(jar, 17)).isEmpty();
        Files.createFile(dir.resolve("jkompose.jsa"));
        Files.createFile(dir.resolve("jkompose.aot"));
        assertThat(Relaunch.archiveOptions(jar, 17)).startsWith("-XX:SharedArchiveFile=" + dir.resolve("jkompose.jsa"));
        assertThat(Relaunch.archiveOptions(jar, 25)).startsWith("-XX:AOTCache=" + dir.resolve("jkompose.aot"));
        Files.delete(dir.resolve("jkompose.aot"));
        assertThat(Relaunch.archiveOptions(jar, 25)).startsWith("-XX:SharedArchiveFile=" + dir.resolve("jkompose.jsa"));
    }

    @Test
    void thisProcessIsReadAsProcessHandleReadsIt() {
        assumeTrue(System.getProperty(Relaunch.LAUNCHER_PROPERTY) == null, "a JVM a launcher started reads nothing");
        ProcessHandle.Info info = ProcessHandle.current().info();

        Relaunch.Process current = Relaunch.Process.current();

        assertThat(current.arguments()).isEqualTo(info.arguments().map(List::of).orElse(List.of()));
        assertThat(current.javaCommand()).isEqualTo(info.command());
        assertThat(current.environment()).isEqualTo(System.getenv());
        assertThat(current.launcherProperty()).isNull();
    }

    private static Relaunch.Process process(List<String> arguments, Map<String, String> env, String launcher,
            int feature) {
        return new Relaunch.Process(Optional.of(JAVA), arguments, env, launcher, feature);
    }
}
