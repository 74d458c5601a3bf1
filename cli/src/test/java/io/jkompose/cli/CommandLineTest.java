package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version, usage errors and their exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpExitsZeroAndListsTheCommands() {
        Runs.Result result = Runs.run(dir, "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Usage: jkompose")
                .contains("convert", "config", "version", "completion");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionOptionAndVersionCommandPrintTheSameFilteredLine() {
        Runs.Result option = Runs.run(dir, "--version");
        Runs.Result command = Runs.run(dir, "version");

        assertThat(option.code()).isZero();
        assertThat(command.code()).isZero();
        // Maven filtered ${project.version} into version.properties: a real version, not the placeholder.
        assertThat(command.out().strip()).matches("jkompose version \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(option.out()).isEqualTo(command.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        Runs.Result result = Runs.run(dir, "convert", "--replication-controller");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Unknown option", "'--replication-controller'")
                .contains("Try 'jkompose convert --help' for more information.")
                .doesNotContain("\tat ");
    }

    @Test
    void typoGetsASuggestion() {
        Runs.Result result = Runs.run(dir, "convert", "--stdot");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--stdout");
    }

    @Test
    void replicasMustBeANumber() {
        Runs.Result result = Runs.run(dir, "convert", "--replicas", "three");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'--replicas'", "'three'");
    }

    @Test
    void replicasMustNotBeNegative() {
        Runs.Result result = Runs.run(dir, "convert", "--replicas=-1");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--replicas must be 0 or more");
    }

    @Test
    void pvcRequestSizeMustBeAQuantity() {
        assertThat(Runs.run(dir, "convert", "--pvc-request-size", "lots").code()).isEqualTo(2);
        // a claim's request must be above zero (the API server says so), and no sign but '+'
        for (String size : new String[] {"0", "-1Gi", "", "1 Gi", "."}) {
            Runs.Result result = Runs.run(dir, "convert", "--pvc-request-size=" + size);
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("--pvc-request-size must be a Kubernetes quantity above zero, such as "
                    + "100Mi or 1Gi, not '" + size + "'");
        }
        assertThat(Runs.run(dir, "convert", "--pvc-request-size", "1Gi", "--help").code()).isZero();
    }

    @Test
    void namespaceMustBeADnsLabel() {
        Runs.Result result = Runs.run(dir, "convert", "-n", "My_Space");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--namespace", "'My_Space'");
    }

    @Test
    void unknownConfigFormatIsAUsageError() {
        Runs.Result result = Runs.run(dir, "config", "--format", "xml");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'--format'", "xml", "yaml", "json");
    }

    @Test
    void stdoutAndOutTogetherIsAUsageErrorAndWritesNothing() {
        Runs.Result result = Runs.run(dir, "convert", "--stdout", "-o", "out/");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--out and --stdout cannot be used together");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void errorOnWarningAndSuppressWarningsTogetherIsAUsageError() {
        Runs.Result result = Runs.run(dir, "--suppress-warnings", "convert", "--error-on-warning", "--stdout");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--error-on-warning and --suppress-warnings");
    }

    @Test
    void noCommandIsAUsageError() {
        Runs.Result result = Runs.run(dir);

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("a command is needed", "Usage: jkompose");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void convertHelpGroupsItsOptions() {
        Runs.Result result = Runs.run(dir, "convert", "--help");

        assertThat(result.code()).isZero();
        String help = result.out();
        assertThat(help).contains("Usage: jkompose convert [OPTIONS]");
        int input = help.indexOf("\nInput:");
        int output = help.indexOf("\nOutput:");
        int kubernetes = help.indexOf("\nKubernetes:");
        int messages = help.indexOf("\nMessages:");
        assertThat(input).isPositive().isLessThan(output);
        assertThat(output).isLessThan(kubernetes);
        assertThat(kubernetes).isLessThan(messages);
        assertThat(help.substring(output, kubernetes)).contains("--out=PATH", "--stdout", "--json");
        assertThat(help.substring(kubernetes, messages))
                .contains("--replicas=N", "--namespace=NAME", "--with-kompose-annotation[=true|false]");
        assertThat(help.substring(messages)).contains("--verbose", "--error-on-warning", "--suppress-warnings");
    }

    @Test
    void notYetSupportedKomposeFlagsAreRejected() {
        for (String flag : new String[] {"--provider=openshift3",
                "--build=local"}) {
            assertThat(Runs.run(dir, "convert", flag).code()).as(flag).isEqualTo(2);
        }
    }

    @Test
    void completionScriptCoversTheCommands() {
        Runs.Result bash = Runs.run(dir, "completion", "bash");
        Runs.Result zsh = Runs.run(dir, "completion", "zsh");

        assertThat(bash.code()).isZero();
        assertThat(bash.out()).contains("complete -F", "jkompose", "convert", "--with-kompose-annotation");
        assertThat(zsh.out()).contains("bashcompinit");
        assertThat(Runs.run(dir, "completion", "fish").code()).isEqualTo(2);
    }
}
