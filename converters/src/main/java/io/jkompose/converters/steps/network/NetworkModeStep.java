package io.jkompose.converters.steps.network;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.steps.workload.NetworkModeServiceStep;
import java.util.Set;

/**
 * {@code network_mode}: {@code host} → the pod uses the node's network; {@code bridge} is what
 * every pod has anyway; {@code service:<name>} is {@link NetworkModeServiceStep}'s. Others
 * ({@code none}, {@code container:<id>}) have no Kubernetes counterpart and are reported.
 */
public final class NetworkModeStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("network_mode");
    }

    @Override
    public void apply(ServiceContext context) {
        String mode = context.service().networking().networkMode();
        if (mode == null || mode.isBlank() || mode.equals("bridge") || mode.equals("default")
                || mode.startsWith(NetworkModeServiceStep.PREFIX)) {
            return;
        }
        if (mode.equals("host")) {
            context.podSpec().withHostNetwork(true);
            return;
        }
        context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("network_mode"), "network_mode '" + mode
                + "' of service '" + context.service().name() + "' is not converted: a pod always has its own network",
                null);
    }
}
