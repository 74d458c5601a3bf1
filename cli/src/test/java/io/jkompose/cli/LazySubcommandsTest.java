package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A command line that names its command gets only that command (start-up time: picocli reflects over
 * every command it is given); every other command line gets all of them, and behaves as before.
 */
class LazySubcommandsTest {

    @TempDir
    Path dir;

    @Test
    void theCommandIsTheFirstWordAfterTheRootOptionsInEveryFormPicocliAccepts() {
        assertThat(JKompose.commandName("convert", "--stdout")).isEqualTo("convert");
        assertThat(JKompose.commandName("-f", "a.yaml", "convert")).isEqualTo("convert");
        assertThat(JKompose.commandName("--file", "a.yaml", "-f", "b.yaml", "apply")).isEqualTo("apply");
        assertThat(JKompose.commandName("-fa.yaml", "diff")).isEqualTo("diff");
        assertThat(JKompose.commandName("-f=a.yaml", "down")).isEqualTo("down");
        assertThat(JKompose.commandName("--file=a.yaml", "config")).isEqualTo("config");
        assertThat(JKompose.commandName("-vf", "a.yaml", "convert")).isEqualTo("convert");
        assertThat(JKompose.commandName("-v", "--error-on-warning", "--suppress-warnings", "version"))
                .isEqualTo("version");
        // a file named like a command is the value of -f, not the command
        assertThat(JKompose.commandName("-f", "apply", "convert")).isEqualTo("convert");
        assertThat(JKompose.commandName("-vf", "apply", "convert")).isEqualTo("convert");
    }

    @Test
    void helpVersionUnknownWordsAndCommandsThatListTheOthersGetAllCommands() {
        assertThat(JKompose.commandName()).isNull();
        assertThat(JKompose.commandName("--help", "convert")).isNull();
        assertThat(JKompose.commandName("-h", "convert")).isNull();
        assertThat(JKompose.commandName("-vh", "convert")).isNull();
        assertThat(JKompose.commandName("-V")).isNull();
        assertThat(JKompose.commandName("--version", "convert")).isNull();
        assertThat(JKompose.commandName("help", "convert")).isNull();
        assertThat(JKompose.commandName("completion", "bash")).isNull();
        assertThat(JKompose.commandName("convrt")).isNull();
        assertThat(JKompose.commandName("--", "convert")).isNull();
        assertThat(JKompose.commandName("--verbose=true", "convert")).isNull();
        assertThat(JKompose.commandName("--unknown", "convert")).isNull();
        assertThat(JKompose.commandName("-x", "convert")).isNull();
        assertThat(JKompose.commandName("-f")).isNull();
    }

    @Test
    void aNamedCommandGetsOnlyItselfAndKeepsTheInheritedOptions() {
        CommandLine commandLine = JKompose.commandLine(Runs.invocation(dir), "-v", "convert", "--stdout");

        assertThat(commandLine.getSubcommands()).containsOnlyKeys("convert");
        assertThat(commandLine.getSubcommands().get("convert").getCommandSpec().findOption("--error-on-warning"))
                .isNotNull();
    }

    @Test
    void otherwiseAllCommandsInTheOrderTheHelpListsThem() {
        CommandLine commandLine = JKompose.commandLine(Runs.invocation(dir), "--help");

        assertThat(commandLine.getSubcommands().keySet()).containsExactlyElementsOf(JKompose.COMMANDS);
    }

    @Test
    void anUnknownCommandStillGetsASuggestion() {
        Runs.Result result = Runs.run(dir, "convrt");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("convert");
    }

    /**
     * In a fresh JVM, as a user runs it: {@code convert} loads no class of the apply module or of the
     * fabric8 client (both are on this test's class path), while {@code diff --help} does load its command.
     */
    @Test
    void convertLoadsNothingOfTheClusterCommands() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n");

        List<String> convert = loadedClasses("convert", "--stdout");
        assertThat(convert).as("the log names the classes loaded").contains("io.jkompose.cli.ConvertCommand");
        assertThat(convert).filteredOn(name -> name.startsWith("io.jkompose.apply.")
                || name.startsWith("io.fabric8.kubernetes.client.")
                || name.matches("io\\.jkompose\\.cli\\.(Apply|Diff|Down)Command.*")).isEmpty();

        assertThat(loadedClasses("diff", "--help")).contains("io.jkompose.cli.DiffCommand");
    }

    /** The classes a JVM running jkompose with these arguments in {@link #dir} loads, by name. */
    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [0.123s][info][class,load] io.jkompose.cli.Main source: file:/...
            int start = line.indexOf("] ", line.indexOf("class,load"));
            int end = line.indexOf(" source:");
            if (start >= 0 && end > start) {
                names.add(line.substring(start + 2, end));
            }
        }
        return names;
    }
}
