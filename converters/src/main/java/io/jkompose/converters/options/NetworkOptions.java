package io.jkompose.converters.options;

/**
 * Services, Ingresses, NetworkPolicies and start-up ordering.
 *
 * @param generateNetworkPolicies {@code --generate-network-policies}: Compose networks become
 *                                NetworkPolicies, and pods carry a label per network they are on
 * @param waitForDependencies     {@code depends_on} becomes init containers that wait until each
 *                                dependency's Kubernetes Service accepts connections, or
 *                                its Job completes
 *                                ({@code --no-wait-for-dependencies} turns it off)
 * @param dependencyWaitImage     the image of those init containers; it must have {@code sh} and
 *                                {@code nc} with {@code -z} ({@code --dependency-wait-image})
 * @param completionWaitImage     the image of the init containers that wait for a Job to complete
 *                                ({@code service_completed_successfully}); its entrypoint must be
 *                                {@code kubectl} ({@code --completion-wait-image})
 * @param implicitServices        every service on a Compose network gets a Kubernetes Service, on the
 *                                ports others reach it by, as Compose resolves every service's name
 *                                ({@code --no-implicit-services}: kompose's Services for ports and expose only)
 */
public record NetworkOptions(boolean generateNetworkPolicies, boolean waitForDependencies,
        String dependencyWaitImage, String completionWaitImage, boolean implicitServices) {

    /** A small image with sh and a netcat that knows -z; pinned so that output does not drift. */
    public static final String DEFAULT_DEPENDENCY_WAIT_IMAGE = "busybox:1.37";

    /** Kubernetes' own kubectl image (no shell: kubectl is its entrypoint); pinned so that output does not drift. */
    public static final String DEFAULT_COMPLETION_WAIT_IMAGE = "registry.k8s.io/kubectl:v1.34.1";

    public NetworkOptions {
        dependencyWaitImage = dependencyWaitImage == null || dependencyWaitImage.isBlank()
                ? DEFAULT_DEPENDENCY_WAIT_IMAGE : dependencyWaitImage;
        completionWaitImage = completionWaitImage == null || completionWaitImage.isBlank()
                ? DEFAULT_COMPLETION_WAIT_IMAGE : completionWaitImage;
    }

    /** kompose's defaults, plus waiting for dependencies and Services for every reachable service, which kompose does not do. */
    public static NetworkOptions defaults() {
        return new NetworkOptions(false, true, DEFAULT_DEPENDENCY_WAIT_IMAGE, DEFAULT_COMPLETION_WAIT_IMAGE, true);
    }

    public NetworkOptions withGenerateNetworkPolicies(boolean value) {
        return new NetworkOptions(value, waitForDependencies, dependencyWaitImage, completionWaitImage, implicitServices);
    }

    public NetworkOptions withWaitForDependencies(boolean value) {
        return new NetworkOptions(generateNetworkPolicies, value, dependencyWaitImage, completionWaitImage, implicitServices);
    }

    public NetworkOptions withDependencyWaitImage(String value) {
        return new NetworkOptions(generateNetworkPolicies, waitForDependencies, value, completionWaitImage, implicitServices);
    }

    public NetworkOptions withCompletionWaitImage(String value) {
        return new NetworkOptions(generateNetworkPolicies, waitForDependencies, dependencyWaitImage, value,
                implicitServices);
    }

    public NetworkOptions withImplicitServices(boolean value) {
        return new NetworkOptions(generateNetworkPolicies, waitForDependencies, dependencyWaitImage, completionWaitImage, value);
    }
}
