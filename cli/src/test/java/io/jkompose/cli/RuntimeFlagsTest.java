package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.options.RuntimeOptions.CriAnnotations;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The Runtime flags of convert: parsed into RuntimeOptions, or a usage error (exit 2). */
class RuntimeFlagsTest {

    private final Invocation invocation = Runs.invocation(Path.of("/projects/shop"), Map.of(), new StringWriter(),
            new StringWriter());

    @TempDir
    Path dir;

    private RuntimeOptions parse(String... args) {
        CommandLine commandLine = JKompose.commandLine(invocation, args);
        commandLine.parseArgs(args);
        ConvertCommand convert = commandLine.getSubcommands().get("convert").getCommand();
        return convert.convertOptions().runtime();
    }

    @Test
    void withoutFlagsTheDefaults() {
        assertThat(parse("convert")).isEqualTo(RuntimeOptions.defaults());
    }

    @Test
    void everyFlagMapsToItsOption() {
        RuntimeOptions options = parse("convert", "--runtime-class", "runsc=sandbox-v2",
                "--runtime-class=io.containerd.kata.v2=kata-qemu", "--runtime-class", "crun=", "--runtime-classes",
                "--runtime-class-overhead", "kata-qemu=cpu=250m,memory=160Mi",
                "--runtime-class-overhead", "kata-qemu=memory=200Mi",
                "--runtime-class-node-selector", "sandbox-v2=sandbox.example.com/gvisor=true,kubernetes.io/arch=amd64",
                "--cri-annotations", "LEGACY");

        assertThat(options.classOverrides()).containsOnly(entry("runsc", "sandbox-v2"),
                entry("io.containerd.kata.v2", "kata-qemu"), entry("crun", ""));
        assertThat(options.runtimeClasses()).isTrue();
        assertThat(options.overheads().get("kata-qemu")).containsOnly(entry("cpu", "250m"), entry("memory", "200Mi"));
        assertThat(options.nodeSelectors().get("sandbox-v2")).containsOnly(
                entry("sandbox.example.com/gvisor", "true"), entry("kubernetes.io/arch", "amd64"));
        assertThat(options.criAnnotations()).isEqualTo(CriAnnotations.LEGACY);
    }

    @Test
    void anOverheadAloneImpliesRuntimeClasses() {
        RuntimeOptions options = parse("convert", "--runtime-class-overhead", "kata=memory=160Mi");

        assertThat(options.runtimeClasses()).isFalse();
        assertThat(options.writesRuntimeClasses()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "--runtime-class               | runsc                 | expected RUNTIME=CLASS",
            "--runtime-class               | =gvisor               | expected RUNTIME=CLASS",
            "--runtime-class               | runsc=GVisor          | not a valid RuntimeClass name",
            "--runtime-class-overhead      | kata                  | expected CLASS=RESOURCE=QUANTITY",
            "--runtime-class-overhead      | kata=                 | expected CLASS=RESOURCE=QUANTITY",
            "--runtime-class-overhead      | kata=cpu              | 'cpu' is not KEY=VALUE",
            "--runtime-class-overhead      | kata=gpu=1            | only cpu and memory",
            "--runtime-class-overhead      | kata=cpu=lots         | quantity",
            "--runtime-class-node-selector | gvisor=sandbox        | 'sandbox' is not KEY=VALUE",
            "--runtime-class-node-selector | gvisor=a b=c          | not a valid label key",
            "--runtime-class-node-selector | Gvisor=a=b            | not a valid RuntimeClass name",
            "--cri-annotations             | old                   | must be legacy or none"})
    void badValuesAreUsageErrors(String flag, String value, String message) {
        Runs.Result result = Runs.run(dir, "convert", "--stdout", flag, value);

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(flag).contains(message).contains("--help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theHelpListsTheFlagsUnderRuntime() {
        Runs.Result result = Runs.run(dir, "convert", "--help");

        String help = result.out();
        int section = help.indexOf("\nRuntime:");
        assertThat(section).isPositive();
        String runtime = help.substring(section, help.indexOf("\nMessages:", section));
        for (String option : RuntimeFlags.OPTIONS) {
            assertThat(runtime).contains(option);
        }
    }
}
