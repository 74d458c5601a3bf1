package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.plan.ServiceRuntime;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code --runtime-classes}: a RuntimeClass (node.k8s.io/v1) for each class some service's pods
 * name, with the handler {@link ServiceRuntime} resolved for it and the overhead and node
 * selector given for the class. They are written before every other object: a pod that names a
 * RuntimeClass that does not exist yet is refused. RuntimeClasses are cluster-scoped, so this runs
 * after the namespace has been set on the other objects.
 */
public final class RuntimeClassObjectsStep implements ProjectConversionStep {

    /** The first service that uses a class, and the handler it resolved. */
    private record Use(String handler, Service service) {
    }

    @Override
    public void apply(ProjectContext context) {
        RuntimeOptions options = context.options().runtime();
        if (!options.writesRuntimeClasses()) {
            return;
        }
        SortedMap<String, Use> used = new TreeMap<>();
        for (Service service : context.project().services().values()) {
            ServiceRuntime runtime = context.plan().service(service.name()).runtime();
            if (!runtime.namesClass(options) || !KubernetesNames.isSubdomain(runtime.className())) {
                continue; // RuntimeClassStep has reported an invalid name
            }
            Use first = used.putIfAbsent(runtime.className(), new Use(runtime.handler(), service));
            if (first != null && !first.handler().equals(runtime.handler())) {
                context.diagnostics().warn(ConverterCode.RUNTIME_CLASS_CONFLICT, location(service, runtime), "service '"
                        + service.name() + "' needs handler '" + runtime.handler() + "' for RuntimeClass '"
                        + runtime.className() + "', which service '" + first.service().name() + "' uses with handler '"
                        + first.handler() + "'; the RuntimeClass names '" + first.handler() + "'",
                        "map the two runtimes to different classes with --runtime-class");
            }
        }
        used.forEach((className, use) -> write(context, options, className, use));
        warnUnused(context, options.overheads(), used, "an overhead");
        warnUnused(context, options.nodeSelectors(), used, "a node selector");
    }

    private static void write(ProjectContext context, RuntimeOptions options, String className, Use use) {
        if (!KubernetesNames.isLabel(use.handler())) {
            context.diagnostics().warn(ConverterCode.INVALID_RUNTIME_HANDLER, location(use.service(), null), "no RuntimeClass '"
                    + className + "' is written: its handler '" + use.handler() + "' is not a valid handler name "
                    + "(a DNS label)", "map the runtime to a class jkompose knows with --runtime-class, "
                    + "or create the RuntimeClass yourself");
            return;
        }
        RuntimeClassBuilder runtimeClass = new RuntimeClassBuilder()
                .withNewMetadata().withName(className).endMetadata()
                .withHandler(use.handler());
        Map<String, String> overhead = options.overheads().get(className);
        if (overhead != null) {
            Map<String, Quantity> podFixed = new TreeMap<>();
            overhead.forEach((resource, quantity) -> podFixed.put(resource, new Quantity(quantity)));
            runtimeClass.withNewOverhead().withPodFixed(podFixed).endOverhead();
        }
        Map<String, String> nodeSelector = options.nodeSelectors().get(className);
        if (nodeSelector != null) {
            runtimeClass.withNewScheduling().withNodeSelector(new TreeMap<>(nodeSelector)).endScheduling();
        }
        context.addLeadingObject(runtimeClass.build());
    }

    private static void warnUnused(ProjectContext context, Map<String, ? extends Map<String, String>> settings,
            Map<String, Use> used, String what) {
        settings.keySet().stream().filter(className -> !used.containsKey(className)).forEach(className ->
                context.diagnostics().warn(ConverterCode.UNUSED_RUNTIME_CLASS, SourceLocation.NONE, what + " is given for "
                        + "RuntimeClass '" + className + "', but no service's pods use that class; it is not written",
                        "check the class name against the services' runtimes"));
    }

    private static SourceLocation location(Service service, ServiceRuntime runtime) {
        if (runtime != null && runtime.source() == ServiceRuntime.Source.LABEL) {
            return service.labelLocation(ServiceRuntime.CLASS_LABEL);
        }
        return service.locationOf(service.keys().containsKey("runtime") ? "runtime" : "labels");
    }
}
