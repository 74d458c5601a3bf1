package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ContainerOptions;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The "Containers" flags of convert: parsed into ContainerOptions, bad values refused as usage errors. */
class ContainerFlagsTest {

    private final Invocation invocation = Runs.invocation(Path.of("/projects/shop"), Map.of(), new StringWriter(),
            new StringWriter());

    private ContainerOptions parse(String... args) {
        CommandLine commandLine = JKompose.commandLine(invocation, args);
        commandLine.parseArgs(args);
        ConvertCommand convert = commandLine.getSubcommands().get("convert").getCommand();
        return convert.convertOptions().containers();
    }

    @Test
    void defaultsMakeReadinessProbesAndUseNoRegistry() {
        ContainerOptions options = parse("convert");
        assertThat(options.readinessFromHealthcheck()).isTrue();
        assertThat(options.imageRegistry()).isNull();
    }

    @Test
    void flagsMapOneToOne() {
        ContainerOptions options = parse("convert", "--no-readiness-from-healthcheck", "--image-registry",
                "registry.example.com:5000/team/");
        assertThat(options.readinessFromHealthcheck()).isFalse();
        assertThat(options.imageRegistry()).isEqualTo("registry.example.com:5000/team");
    }

    @Test
    void aRegistryThatCannotBeginAnImageNameIsAUsageError() {
        Runs.Result result = Runs.run(Path.of("."), "convert", "--image-registry", "https://registry.example.com");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--image-registry must be a registry host");
    }

    @Test
    void theFlagsAreListedUnderContainers() {
        String help = Runs.run(Path.of("."), "convert", "--help").out();
        int section = help.indexOf("\nContainers:");
        assertThat(section).isPositive();
        assertThat(help.indexOf("--image-registry", section)).isPositive();
        assertThat(help.indexOf("--no-readiness-from-healthcheck", section)).isPositive();
    }
}
