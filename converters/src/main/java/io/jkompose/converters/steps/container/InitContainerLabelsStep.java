package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.ContainerDirectives;
import io.jkompose.converters.plan.InitContainerDirective;

/**
 * kompose's init container labels, read by the plan ({@link InitContainerDirective}): the init
 * container's name, image and command. The command is Kubernetes' own, so it is not escaped for
 * {@code $(VAR)}. The names of a pod's containers must differ, so an init container named like the
 * service's container gets {@code -init} appended.
 */
public final class InitContainerLabelsStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        InitContainerDirective init = context.plan().container().initContainer();
        if (init == null) {
            return;
        }
        String name = init.name();
        if (name.equals(context.container().getName())) {
            name = KubernetesNames.label(name + "-init");
            context.warn(ConverterCode.RENAMED, init.nameLocation(), "the init container of service '"
                    + context.service().name() + "' is named '" + name + "': its container has the name it was given",
                    "give " + ContainerDirectives.INIT_NAME + " another name");
        }
        ContainerBuilder container = new ContainerBuilder()
                .withName(name)
                .withImage(init.image());
        if (!init.command().isEmpty()) {
            container.withCommand(init.command());
        }
        context.podSpec().addToInitContainers(container.build());
    }
}
