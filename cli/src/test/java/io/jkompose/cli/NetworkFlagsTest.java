package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.converters.options.NetworkOptions;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The Network flags of convert become NetworkOptions; parsed only, nothing runs. */
class NetworkFlagsTest {

    private final Invocation invocation = Runs.invocation(Path.of("/projects/shop"), Map.of(), new StringWriter(),
            new StringWriter());

    private NetworkOptions parse(String... args) {
        CommandLine commandLine = JKompose.commandLine(invocation, args);
        commandLine.parseArgs(args);
        ConvertCommand convert = commandLine.getSubcommands().get("convert").getCommand();
        return convert.convertOptions().network();
    }

    @Test
    void defaultsMakeNoPoliciesAndWaitForDependencies() {
        NetworkOptions options = parse("convert");
        assertThat(options.generateNetworkPolicies()).isFalse();
        assertThat(options.waitForDependencies()).isTrue();
        assertThat(options.dependencyWaitImage()).isEqualTo("busybox:1.37");
        assertThat(options.completionWaitImage()).isEqualTo("registry.k8s.io/kubectl:v1.34.1");
    }

    @Test
    void generateNetworkPoliciesTakesKomposesSpellings() {
        assertThat(parse("convert", "--generate-network-policies").generateNetworkPolicies()).isTrue();
        assertThat(parse("convert", "--generate-network-policies=true").generateNetworkPolicies()).isTrue();
        assertThat(parse("convert", "--generate-network-policies=false").generateNetworkPolicies()).isFalse();
        assertThat(parse("convert", "--generate-network-policies", "--stdout").generateNetworkPolicies()).isTrue();
    }

    @Test
    void dependencyWaitsCanBeTurnedOffOrGivenAnImage() {
        assertThat(parse("convert", "--no-wait-for-dependencies").waitForDependencies()).isFalse();
        assertThat(parse("convert", "--dependency-wait-image", "registry.example.com/netcat:1").dependencyWaitImage())
                .isEqualTo("registry.example.com/netcat:1");
        assertThat(parse("convert", "--completion-wait-image", "registry.example.com/kubectl:1").completionWaitImage())
                .isEqualTo("registry.example.com/kubectl:1");
    }

    @Test
    void contradictoryOrEmptyValuesAreUsageErrors() {
        assertThatThrownBy(() -> parse("convert", "--no-wait-for-dependencies", "--dependency-wait-image=busybox"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("give one of them");
        assertThatThrownBy(() -> parse("convert", "--dependency-wait-image", "my image"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("image reference");
        assertThatThrownBy(() -> parse("convert", "--no-wait-for-dependencies", "--completion-wait-image=kubectl"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--completion-wait-image has no use");
        assertThatThrownBy(() -> parse("convert", "--completion-wait-image", " "))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--completion-wait-image must be");
    }

    @Test
    void implicitServicesAreOnUnlessTurnedOff() {
        assertThat(parse("convert").implicitServices()).isTrue();
        assertThat(parse("convert", "--no-implicit-services").implicitServices()).isFalse();
    }

    @Test
    void theFlagsAreListedInTheNetworkSectionOfTheHelp() {
        assertThat(NetworkFlags.OPTIONS).containsExactly("--generate-network-policies", "--no-wait-for-dependencies",
                "--dependency-wait-image", "--completion-wait-image", "--no-implicit-services");
    }
}
