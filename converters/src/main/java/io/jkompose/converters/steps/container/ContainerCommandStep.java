package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.List;
import java.util.Set;

/**
 * Compose's {@code entrypoint} is Kubernetes' {@code command} and Compose's {@code command} is
 * Kubernetes' {@code args}: both replace the image's ENTRYPOINT and CMD respectively.
 */
public final class ContainerCommandStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("entrypoint", "command");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        List<String> entrypoint = service.process().entrypoint();
        if (entrypoint != null && !entrypoint.isEmpty()) {
            context.container().withCommand(KubernetesExpansion.escape(context.hostNames().rewrite(entrypoint)));
        } else if (entrypoint != null) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, service.locationOf("entrypoint"),
                    "the empty entrypoint of service '" + service.name()
                            + "' is not converted: Kubernetes cannot clear an image's ENTRYPOINT",
                    "give the entrypoint the command to run instead");
        }
        List<String> command = service.process().command();
        if (command != null && !command.isEmpty()) {
            context.container().withArgs(KubernetesExpansion.escape(context.hostNames().rewrite(command)));
        }
    }
}
