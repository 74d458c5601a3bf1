package io.jkompose.converters.steps;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/** {@code hostname} → the pod's {@code hostname}, which must be a DNS-1123 label. */
public final class HostnameStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("hostname");
    }

    @Override
    public void apply(ServiceContext context) {
        String hostname = context.service().hostname();
        if (hostname == null || hostname.isBlank()) {
            return;
        }
        if (KubernetesNames.isLabel(hostname)) {
            context.podSpec().withHostname(hostname);
        } else {
            context.warn("unconverted-value", context.locationOf("hostname"), "hostname '" + hostname
                    + "' of service '" + context.service().name() + "' is not converted: a pod's hostname is a DNS-1123 label",
                    "use lower-case letters, digits and '-' only, at most 63");
        }
    }
}
