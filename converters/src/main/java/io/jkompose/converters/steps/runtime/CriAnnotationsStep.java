package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.plan.ServiceRuntime;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.RuntimeClassTable.Sandbox;
import io.jkompose.model.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --cri-annotations legacy}: the pods of a sandboxed service (gVisor, Kata) are marked
 * untrusted the way runtimes chose a sandbox before RuntimeClass: containerd's CRI plugin (1.1,
 * 1.2) reads {@value #CONTAINERD_UNTRUSTED}, CRI-O before 1.14 reads {@value #CRIO_TRUSTED}. Both
 * are written, since the node's runtime is not known here; each ignores the other's. The
 * annotations go on the pod template only, so this runs after the workload is built.
 */
public final class CriAnnotationsStep implements ServiceConversionStep {

    public static final String CONTAINERD_UNTRUSTED = "io.kubernetes.cri.untrusted-workload";
    public static final String CRIO_TRUSTED = "io.kubernetes.cri-o.TrustedSandbox";

    /** Both annotations, with the values that mean "sandboxed". */
    public static final Map<String, String> LEGACY = Map.of(CONTAINERD_UNTRUSTED, "true", CRIO_TRUSTED, "false");

    @Override
    public void apply(ServiceContext context) {
        RuntimeOptions options = context.options().runtime();
        if (options.criAnnotations() != RuntimeOptions.CriAnnotations.LEGACY || context.workload() == null) {
            return;
        }
        ServiceRuntime runtime = context.plan().runtime();
        Optional<Sandbox> sandbox = runtime.sandbox();
        if (sandbox.isEmpty()) {
            return;
        }
        SourceLocation location = context.locationOf(runtime.source() == ServiceRuntime.Source.LABEL ? "labels" : "runtime");
        if (!PodTemplateAnnotations.add(context.workload(), LEGACY)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location, "the " + context.workload().getKind() + " of service '"
                    + context.service().name() + "' has no pod template to mark as an untrusted workload", null);
            return;
        }
        PodSpec pod = context.podSpec().build();
        if (isTrue(pod.getHostNetwork()) || isTrue(pod.getHostPID()) || isTrue(pod.getHostIPC())) {
            context.warn(ConverterCode.UNTRUSTED_HOST_ACCESS, location, "service '" + context.service().name()
                    + "' is marked as an untrusted workload for " + sandbox.get().displayName() + " but uses the node's network, PID or IPC "
                    + "namespace: containerd refuses to start such a pod", "drop network_mode, pid or ipc: host");
        }
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
