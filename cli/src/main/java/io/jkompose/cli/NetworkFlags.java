package io.jkompose.cli;

import io.jkompose.converters.options.NetworkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for Services, Ingresses, NetworkPolicies and start-up ordering. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class NetworkFlags {

    /** The options of this group, for the "Network" section of the help. */
    static final String[] OPTIONS = {"--generate-network-policies", "--no-wait-for-dependencies",
        "--dependency-wait-image", "--completion-wait-image", "--no-implicit-services"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--generate-network-policies", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Turn Compose networks into NetworkPolicies: only services on a shared network reach "
                    + "each other; published ports stay open to all.")
    boolean generateNetworkPolicies;

    @Option(names = "--no-wait-for-dependencies",
            description = "Make no init containers that wait for each depends_on service to accept connections "
                    + "or, for service_completed_successfully, its Job to complete.")
    boolean noWaitForDependencies;

    @Option(names = "--no-implicit-services",
            description = "Make Kubernetes Services only for ports and expose, as kompose does; by default every "
                    + "service on a Compose network gets one, on the ports others reach it by.")
    boolean noImplicitServices;

    private String dependencyWaitImage;

    @Option(names = "--dependency-wait-image", paramLabel = "IMAGE",
            description = "Image of the init containers that wait for dependencies; it needs sh and nc -z "
                    + "(default " + NetworkOptions.DEFAULT_DEPENDENCY_WAIT_IMAGE + ").")
    void dependencyWaitImage(String value) {
        dependencyWaitImage = image("--dependency-wait-image", value);
    }

    private String completionWaitImage;

    @Option(names = "--completion-wait-image", paramLabel = "IMAGE",
            description = "Image of the init containers that wait for a Job to complete (depends_on condition "
                    + "service_completed_successfully); its entrypoint must be kubectl "
                    + "(default " + NetworkOptions.DEFAULT_COMPLETION_WAIT_IMAGE + ").")
    void completionWaitImage(String value) {
        completionWaitImage = image("--completion-wait-image", value);
    }

    private String image(String option, String value) {
        if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be an image reference such as busybox:1.37, not '" + value + "'");
        }
        return value;
    }

    private void unusedWithoutWaits(String option, String value) {
        if (noWaitForDependencies && value != null) {
            throw new ParameterException(spec.commandLine(),
                    option + " has no use with --no-wait-for-dependencies; give one of them");
        }
    }

    NetworkOptions toOptions() {
        unusedWithoutWaits("--dependency-wait-image", dependencyWaitImage);
        unusedWithoutWaits("--completion-wait-image", completionWaitImage);
        return NetworkOptions.defaults()
                .withGenerateNetworkPolicies(generateNetworkPolicies)
                .withWaitForDependencies(!noWaitForDependencies)
                .withDependencyWaitImage(dependencyWaitImage)
                .withCompletionWaitImage(completionWaitImage)
                .withImplicitServices(!noImplicitServices);
    }
}
