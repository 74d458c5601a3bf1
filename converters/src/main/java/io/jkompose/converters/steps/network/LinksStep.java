package io.jkompose.converters.steps.network;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/**
 * {@code links}: Kubernetes Services replace them; every service with ports is reached by its
 * name anyway. What is lost (link aliases, and the start order links imply) is said once.
 */
public final class LinksStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("links");
    }

    @Override
    public void apply(ServiceContext context) {
        if (context.service().keys().containsKey("links")) {
            context.warn(ConverterCode.LINKS_REPLACED, context.locationOf("links"), "links of service '" + context.service().name()
                    + "' are not converted: on Kubernetes every service with ports is reached by the name of its "
                    + "Service, so link aliases are not created", "call the linked services by their names, and use "
                    + "depends_on for start order");
        }
    }
}
