package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real bare {@code java -jar target/jkompose.jar}: it must start a child JVM with the launcher's
 * options, and the user must see the child's output and exit code as the command's own.
 */
class RelaunchIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aBareJarRunsInAChildWithTheLaunchersOptionsAndPassesItsStreamsAndExitCodeOn() throws Exception {
        Path jar = Path.of("target", "jkompose.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar (mvn package)").isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The compose file comes on stdin, so the run waits for it while the process tree is looked at.
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(),
                "convert", "-f", "-", "--stdout", "--with-kompose-annotation=false"))
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JKOMPOSE_RELAUNCH");
        Process run = builder.start();

        ProcessHandle child = childOf(run.toHandle());
        List<String> childArguments = child.info().arguments().map(List::of).orElse(List.of());
        assertThat(childArguments).contains("-XX:+UseSerialGC", "-Djkompose.launcher=relaunch", "-jar", jar.toString());

        try (OutputStream stdin = run.getOutputStream()) {
            stdin.write("services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the run finishes").isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(run.exitValue()).as(stderr).isZero();
        assertThat(Files.readString(dir.resolve("stdout.txt")))
                .contains("kind: Deployment", "image: nginx:1.27", "kind: Service");
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void theChildsExitCodeIsTheCommandsExitCode() throws Exception {
        Path jar = Path.of("target", "jkompose.jar").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: [nginx\n");
        Process run = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "convert", "--stdout"))
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(run.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).startsWith("compose.yaml:4:1: error: invalid YAML");
    }

    /**
     * The child JVM, once it has been started (polled: its start takes a moment). The JDK starts a
     * child as a copy of the parent, which runs {@code jspawnhelper}, which then becomes the child
     * by exec; until then the child shows the parent's or the helper's command and arguments.
     */
    private static ProcessHandle childOf(ProcessHandle parent) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        Optional<List<String>> parentArguments = parent.info().arguments().map(List::of);
        String lastSeen = "none";
        while (Instant.now().isBefore(deadline)) {
            Optional<ProcessHandle> child = parent.children().findFirst();
            if (child.isPresent()) {
                ProcessHandle.Info info = child.get().info();
                Optional<String> command = info.command();
                Optional<List<String>> arguments = info.arguments().map(List::of);
                lastSeen = command.orElse("?") + " " + arguments.orElse(List.of());
                if (command.isPresent() && !command.get().endsWith("jspawnhelper")
                        && arguments.isPresent() && !arguments.equals(parentArguments)) {
                    return child.get();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no child JVM within " + LIMIT + "; last child seen: " + lastSeen);
    }
}
