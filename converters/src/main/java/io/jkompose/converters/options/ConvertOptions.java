package io.jkompose.converters.options;

/**
 * The choices that change what objects are made, grouped by concern so that each group stays small
 * and is owned by the steps that read it. Flags that only change where or how output is written
 * (-o, --stdout, -j) are the CLI's business and stay out of here.
 *
 * @param namespace  {@code -n}: set on every namespaced object and written as a Namespace; null for none
 * @param workloads  which workload kind, how many replicas, how services are grouped into pods
 * @param storage    what volumes become
 * @param network    Services, Ingresses, NetworkPolicies and start-up ordering
 * @param containers details of the containers themselves
 * @param runtime    container runtime targeting (RuntimeClass, CRI annotations)
 * @param provenance the {@code kompose.cmd} / {@code kompose.version} annotations
 * @param platform   {@code --provider}: Kubernetes, or OpenShift and what it adds
 */
public record ConvertOptions(String namespace, WorkloadOptions workloads, StorageOptions storage,
        NetworkOptions network, ContainerOptions containers, RuntimeOptions runtime, Provenance provenance,
        ProviderOptions platform) {

    public static final String DEFAULT_PVC_REQUEST_SIZE = StorageOptions.DEFAULT_PVC_REQUEST_SIZE;

    public ConvertOptions {
        namespace = namespace == null || namespace.isBlank() ? null : namespace;
        workloads = workloads == null ? WorkloadOptions.defaults() : workloads;
        storage = storage == null ? StorageOptions.defaults() : storage;
        network = network == null ? NetworkOptions.defaults() : network;
        containers = containers == null ? ContainerOptions.defaults() : containers;
        runtime = runtime == null ? RuntimeOptions.defaults() : runtime;
        provenance = provenance == null ? Provenance.defaults() : provenance;
        platform = platform == null ? ProviderOptions.defaults() : platform;
    }

    /** The options for Kubernetes ({@code --provider kubernetes}). */
    public ConvertOptions(String namespace, WorkloadOptions workloads, StorageOptions storage,
            NetworkOptions network, ContainerOptions containers, RuntimeOptions runtime, Provenance provenance) {
        this(namespace, workloads, storage, network, containers, runtime, provenance, null);
    }

    /** kompose's defaults. */
    public static ConvertOptions defaults() {
        return new ConvertOptions(null, null, null, null, null, null, null);
    }

    /**
     * Whether, and with what, to write kompose's {@code kompose.cmd} and {@code kompose.version} annotations.
     *
     * @param commandLine the command line that ran
     * @param toolVersion the version of jkompose
     */
    public record Provenance(boolean withKomposeAnnotation, String commandLine, String toolVersion) {

        public static Provenance defaults() {
            return new Provenance(true, "", "");
        }
    }

    public ConvertOptions withNamespace(String value) {
        return new ConvertOptions(value, workloads, storage, network, containers, runtime, provenance, platform);
    }

    public ConvertOptions withWorkloads(WorkloadOptions value) {
        return new ConvertOptions(namespace, value, storage, network, containers, runtime, provenance, platform);
    }

    public ConvertOptions withStorage(StorageOptions value) {
        return new ConvertOptions(namespace, workloads, value, network, containers, runtime, provenance, platform);
    }

    public ConvertOptions withNetwork(NetworkOptions value) {
        return new ConvertOptions(namespace, workloads, storage, value, containers, runtime, provenance, platform);
    }

    public ConvertOptions withContainers(ContainerOptions value) {
        return new ConvertOptions(namespace, workloads, storage, network, value, runtime, provenance, platform);
    }

    public ConvertOptions withRuntime(RuntimeOptions value) {
        return new ConvertOptions(namespace, workloads, storage, network, containers, value, provenance, platform);
    }

    public ConvertOptions withProvenance(Provenance value) {
        return new ConvertOptions(namespace, workloads, storage, network, containers, runtime, value, platform);
    }

    public ConvertOptions withPlatform(ProviderOptions value) {
        return new ConvertOptions(namespace, workloads, storage, network, containers, runtime, provenance, value);
    }

    /** Shorthand for tests and callers that set one thing. */
    public ConvertOptions withReplicas(Integer value) {
        return withWorkloads(workloads.withReplicas(value));
    }

    public ConvertOptions withPvcRequestSize(String value) {
        return withStorage(storage.withPvcRequestSize(value));
    }

    public ConvertOptions withKomposeAnnotation(boolean value, String commandLine, String toolVersion) {
        return withProvenance(new Provenance(value, commandLine, toolVersion));
    }
}
