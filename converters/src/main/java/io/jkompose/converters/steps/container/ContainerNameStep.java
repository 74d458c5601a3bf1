package io.jkompose.converters.steps.container;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/** The container is named after {@code container_name} when given, else after the service (as kompose does). */
public final class ContainerNameStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("container_name");
    }

    @Override
    public void apply(ServiceContext context) {
        String containerName = context.service().containerName();
        context.container().withName(containerName == null || containerName.isBlank()
                ? context.name()
                : KubernetesNames.label(containerName, context.name()));
    }
}
