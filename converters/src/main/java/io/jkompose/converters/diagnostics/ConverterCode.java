package io.jkompose.converters.diagnostics;

import io.jkompose.model.DiagnosticCode;

/** Every diagnostic code the conversion to Kubernetes gives: one catalog for the module. */
public enum ConverterCode implements DiagnosticCode {

    IMPLICIT_PORT("implicit-port", "a service's Kubernetes Service serves a port its file does not declare, or is headless,"
            + " because other services reach it there as Compose lets them (information)"),
    COMPLETION_JOB("completion-job", "a service that another waits for to complete successfully runs once as a Job"
            + " (information)"),
    SHARED_VOLUME("shared-volume", "a ReadWriteOnce claim is mounted by pods that may run on different nodes (several"
            + " workloads, replicas or a DaemonSet); pods on other nodes cannot start"),
    SWARM_TEMPLATE("swarm-template", "a Swarm template ({{.Node.Hostname}}, {{.Task.Slot}}) reaches the container"
            + " as written, because Kubernetes does not fill it in"),
    UNREACHABLE_NAME("unreachable-name", "other services reach a service by a name no Kubernetes Service can have, or"
            + " another Service already has"),
    UNCONVERTED_KEY("unconverted-key", "a Compose key that jkompose does not carry over to Kubernetes"),
    UNCONVERTED_VALUE("unconverted-value", "a value, or part of one, that has no Kubernetes counterpart; it is left out or the nearest setting is used"),
    UNCONVERTED_LABEL("unconverted-label", "a kompose label that is not followed, because jkompose does not follow it or the service's other settings rule it out"),
    INVALID_VALUE("invalid-value", "a value Kubernetes would reject (a sysctl name, a resource quantity or reservation); it is left out or corrected"),
    INVALID_LABEL("invalid-label", "a label has a value jkompose cannot use: a kompose label written wrongly, or a deploy label that is not a valid Kubernetes label"),
    INVALID_LABEL_VALUE("invalid-label-value", "a kompose label of a service or volume has a value other than those it allows"),
    INVALID_OPTION("invalid-option", "a command-line option does not fit the project (a namespace that is not a DNS label, a service group name that names no single group)"),
    CONFLICTING_VALUES("conflicting-values", "a service sets one resource both as a service key and under deploy, with different values; the deploy one is used"),
    FEATURE_GATED("feature-gated", "a setting becomes a Kubernetes field that takes effect only where the cluster enables its feature gate"),
    NAME_CHANGED("name-changed", "a name (of a service, service group, Service or container) is changed to one Kubernetes accepts"),
    NAME_CLASH("name-clash", "two things would get the same Kubernetes name; one of them is named otherwise"),
    RENAMED("renamed", "an init container would have the name of the service's container and is given another"),
    DUPLICATE_OBJECT("duplicate-object", "two different objects of one kind get the same name; only the first is written"),
    CONTROLLER_LABEL_WINS("controller-label-wins", "a service's controller label asks for another workload kind than --controller; the label wins"),
    ROLLOUT_WITH_CLAIM("rollout-with-claim", "a rollout starts new pods before stopping old ones, but a ReadWriteOnce claim they mount cannot be mounted by both"),
    HPA_WITHOUT_REQUEST("hpa-without-request", "an autoscaler scales on a resource in percent of its request, but the service requests none of it"),
    POD_SETTING_CONFLICT("pod-setting-conflict", "services that share a pod set one pod setting differently; only one value is kept"),
    PORT_CONFLICT("port-conflict", "two services that share a pod listen on the same port"),
    DEPLOYMENT_CONFIG_DEPRECATED("deployment-config-deprecated", "with --provider openshift, services run as"
            + " DeploymentConfigs as kompose writes them; OpenShift deprecates DeploymentConfig since 4.14"
            + " (--deployment-config=false writes Deployments)"),
    IMAGE_FROM_BUILD("image-from-build", "a service without an image runs the image Compose would build for it, which must be pushed where the cluster can pull it"),
    NO_IMAGE("no-image", "a service has neither an image nor a build, so its container has no real image to run"),
    INVALID_ENV_NAME("invalid-env-name", "an environment variable's name is one Kubernetes does not accept; the variable is left out"),
    ENV_FILE_KEY_INVALID("env-file-key-invalid", "a variable of an env file cannot be a ConfigMap key; it is left out"),
    INVALID_ANNOTATION("invalid-annotation", "a name that is not a valid annotation key; it is left out"),
    UNSAFE_SYSCTL("unsafe-sysctl", "a sysctl Kubernetes does not count as safe; the pod starts only on nodes whose kubelet allows it"),
    DNS_FALLBACK("dns-fallback", "a service's DNS servers come after the cluster's DNS server, so they answer only what it does not"),
    LINKS_REPLACED("links-replaced", "links are not converted: on Kubernetes services reach each other by the names of their Services"),
    DUPLICATE_PORT("duplicate-port", "a port is published twice; the Kubernetes Service forwards it to one container port only"),
    SERVICE_SPLIT("service-split", "a LoadBalancer with ports of several protocols becomes one Service per protocol, with names of their own"),
    VOLUME_AS_EMPTYDIR("volume-as-emptydir", "a volume with no folder on the node becomes an emptyDir, whose data lives as long as the pod"),
    EXTERNAL_VOLUME("external-volume", "an external volume is used as a PersistentVolumeClaim that jkompose does not create"),
    VOLUME_SKIPPED("volume-skipped", "a bind mount that has no counterpart in a cluster is left out"),
    VOLUME_UNREADABLE("volume-unreadable", "files a bind mount gives the container cannot be read"),
    BIND_MOUNT_AS_CLAIM("bind-mount-as-claim", "a bind mount becomes an empty PersistentVolumeClaim; its data must be copied in after deploying"),
    SUBFOLDERS_LEFT_OUT("subfolders-left-out", "a folder mounted from a ConfigMap has subfolders, which a ConfigMap cannot hold"),
    CONFIGMAP_TOO_LARGE("configmap-too-large", "a ConfigMap holds more than the 1 MiB an API server accepts"),
    CONFIG_UNKNOWN("config-unknown", "a service uses a config the project does not define; it is not mounted"),
    EXTERNAL_CONFIG("external-config", "an external config is mounted from a ConfigMap that jkompose does not create"),
    CONFIG_UNREADABLE("config-unreadable", "the file of a config cannot be read"),
    CONFIG_EMPTY("config-empty", "a config has no content; it is not mounted"),
    SECRET_UNKNOWN("secret-unknown", "a service uses a secret the project does not define; it is not mounted"),
    EXTERNAL_SECRET("external-secret", "an external secret is mounted from a Secret that jkompose does not create"),
    SECRET_UNREADABLE("secret-unreadable", "the file of a secret cannot be read"),
    SECRET_EMPTY("secret-empty", "a secret has no content; no Secret is written for it"),
    INVALID_PLATFORM("invalid-platform", "a platform is not os[/arch[/variant]] or cannot be a node label value; no node selector is set"),
    PLATFORM_VARIANT("platform-variant", "a platform asks for a CPU variant, which Kubernetes has no node label for; only OS and architecture are selected"),
    PLATFORM_CONFLICT("platform-conflict", "a platform asks for another OS or architecture than the pod already selects; the pod's is kept"),
    WASM_PLATFORM("wasm-platform", "a WebAssembly platform, for which no OS or architecture node selector is set"),
    UNKNOWN_RUNTIME("unknown-runtime", "a runtime jkompose does not know; the RuntimeClass or handler it is used as must exist in the cluster"),
    INVALID_RUNTIME_CLASS("invalid-runtime-class", "a service's runtime or RuntimeClass label cannot be a RuntimeClass name"),
    INVALID_RUNTIME_HANDLER("invalid-runtime-handler", "a runtime's handler is not a valid handler name; its RuntimeClass is not written"),
    RUNTIME_CLASS_CONFLICT("runtime-class-conflict", "two services need one RuntimeClass with different handlers; the first handler is kept"),
    UNUSED_RUNTIME_CLASS("unused-runtime-class", "an option names a RuntimeClass no service's pods use; it is not written"),
    RUNTIME_IN_SHARED_POD("runtime-in-shared-pod", "a service that joins another service's pod runs with that pod's runtime"),
    RUNTIME_ANNOTATION("runtime-annotation", "an annotation the nodes pass to the container runtime only if the runtime's configuration allows it"),
    LEGACY_CRI_ANNOTATION("legacy-cri-annotation", "an annotation that chooses a sandbox the way runtimes did before RuntimeClass, which containerd refuses together with one"),
    UNTRUSTED_HOST_ACCESS("untrusted-host-access", "a workload marked untrusted for a sandbox uses the node's network, PID or IPC namespace, so containerd refuses to start it");

    private final String id;
    private final String meaning;

    ConverterCode(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
