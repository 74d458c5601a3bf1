package io.jkompose.cli;

import io.jkompose.converters.options.ContainerOptions;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for details of the containers themselves. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class ContainerFlags {

    /** The options of this group, for the "Containers" section of the help. */
    static final String[] OPTIONS = {"--image-registry", "--no-readiness-from-healthcheck"};

    /** A registry host (with an optional port) and an optional path, as image names begin. */
    static final Pattern REGISTRY = Pattern.compile(
            "[a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String imageRegistry;

    @Option(names = "--no-readiness-from-healthcheck",
            description = "Make only a liveness probe from a healthcheck, as kompose does (by default the same "
                    + "check also becomes a readiness probe).")
    boolean noReadinessFromHealthcheck;

    @Option(names = "--image-registry", paramLabel = "REGISTRY",
            description = "Registry (and path) that the images of services with only 'build' are pushed to: their "
                    + "containers run REGISTRY/<project>-<service>.")
    void imageRegistry(String value) {
        if (!REGISTRY.matcher(value).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--image-registry must be a registry host with an optional path, such as registry.example.com/team,"
                            + " not '" + value + "'");
        }
        imageRegistry = value;
    }

    ContainerOptions toOptions() {
        return ContainerOptions.defaults()
                .withReadinessFromHealthcheck(!noReadinessFromHealthcheck)
                .withImageRegistry(imageRegistry);
    }
}
