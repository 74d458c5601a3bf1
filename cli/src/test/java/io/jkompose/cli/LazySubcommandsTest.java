package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
