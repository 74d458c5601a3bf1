package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.plan.ServiceRuntime;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.Objects;
import java.util.Set;

/**
 * Compose {@code runtime} (or the {@value ServiceRuntime#CLASS_LABEL} label) → the pod's
 * {@code runtimeClassName}, through {@link ServiceRuntime}. A class that cannot be a RuntimeClass
 * name is an error rather than being dropped: a service that asked for a sandbox must not run
 * without one unnoticed.
 */
public final class RuntimeClassStep implements ServiceConversionStep {

    private static final String SHARED_POD_PREFIX = "service:";

    @Override
    public Set<String> handledKeys() {
        return Set.of("runtime");
    }

    @Override
    public Set<String> handledLabels() {
        return Set.of(ServiceRuntime.CLASS_LABEL);
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        ServiceRuntime runtime = context.plan().runtime();
        if (runtime.className() == null) {
            return;
        }
        SourceLocation location = runtime.source() == ServiceRuntime.Source.LABEL
                ? context.service().labelLocation(ServiceRuntime.CLASS_LABEL) : context.locationOf("runtime");
        if (!KubernetesNames.isSubdomain(runtime.className())) {
            context.error(ConverterCode.INVALID_RUNTIME_CLASS, location, describe(runtime, service) + " cannot be a RuntimeClass "
                    + "name (lower-case letters, digits, '-' and '.' only)", "map the runtime with --runtime-class "
                    + (runtime.runtime() == null ? "RUNTIME" : runtime.runtime()) + "=CLASS or set the label "
                    + ServiceRuntime.CLASS_LABEL + " to a valid name");
            return;
        }
        if (runtime.source() == ServiceRuntime.Source.UNKNOWN) {
            warnUnknown(context, runtime, location);
        }
        if (runtime.namesClass(context.options().runtime())) {
            context.podSpec().withRuntimeClassName(runtime.className());
        }
        checkSharedPod(context, runtime);
    }

    private static String describe(ServiceRuntime runtime, Service service) {
        return runtime.source() == ServiceRuntime.Source.LABEL
                ? "label " + ServiceRuntime.CLASS_LABEL + " '" + runtime.className() + "' of service '" + service.name() + "'"
                : "runtime '" + runtime.runtime() + "' of service '" + service.name() + "'";
    }

    private static void warnUnknown(ServiceContext context, ServiceRuntime runtime, SourceLocation location) {
        String name = runtime.className();
        if (context.options().runtime().writesRuntimeClasses()) {
            context.warn(ConverterCode.UNKNOWN_RUNTIME, location, "runtime '" + name + "' of service '" + context.service().name()
                    + "' is not one jkompose knows: the RuntimeClass '" + name + "' written for it names the handler '"
                    + name + "', which must be configured in containerd or CRI-O on the nodes",
                    "map the runtime with --runtime-class " + name + "=CLASS to use a known class instead");
        } else {
            context.warn(ConverterCode.UNKNOWN_RUNTIME, location, "runtime '" + name + "' of service '" + context.service().name()
                    + "' is not one jkompose knows: it is used as the RuntimeClass name, and a RuntimeClass '" + name
                    + "' must exist in the cluster", "create it, write it with --runtime-classes, or map the runtime "
                    + "with --runtime-class " + name + "=CLASS");
        }
    }

    /**
     * A service that joins another's pod ({@code network_mode: service:x}) runs in that pod's
     * runtime; a different runtime of its own is lost, which matters most for a sandbox.
     */
    private static void checkSharedPod(ServiceContext context, ServiceRuntime runtime) {
        String mode = context.service().networking().networkMode();
        if (mode == null || !mode.startsWith(SHARED_POD_PREFIX)) {
            return;
        }
        Service target = context.project().services().get(mode.substring(SHARED_POD_PREFIX.length()));
        if (target == null) {
            return;
        }
        ServiceRuntime targetRuntime = context.projectContext().plan().service(target.name()).runtime();
        if (!Objects.equals(targetRuntime.className(), runtime.className())) {
            context.warn(ConverterCode.RUNTIME_IN_SHARED_POD, context.locationOf("network_mode"), "service '"
                    + context.service().name() + "' joins the pod of service '" + target.name()
                    + "', and a pod has one runtime: it runs with "
                    + (targetRuntime.className() == null ? "the node's default runtime"
                            : "RuntimeClass '" + targetRuntime.className() + "'")
                    + ", not '" + runtime.className() + "'", "give both services the same runtime");
        }
    }
}
