package io.jkompose.converters.steps.network;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/**
 * {@code hostname} → the pod's {@code hostname}; {@code domainname} → its {@code subdomain}, as
 * kompose maps them. Both must be DNS-1123 labels (an API server rejects {@code example.com} as a
 * subdomain), so other values are reported and left out. A subdomain only gives the pod a DNS
 * name {@code <hostname>.<subdomain>...} when a headless Service of that name selects it.
 */
public final class HostnameStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("hostname", "domainname");
    }

    @Override
    public void apply(ServiceContext context) {
        String hostname = context.service().networking().hostname();
        if (hostname != null && !hostname.isBlank()) {
            if (KubernetesNames.isLabel(hostname)) {
                context.podSpec().withHostname(hostname);
            } else {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("hostname"), "hostname '" + hostname
                        + "' of service '" + context.service().name()
                        + "' is not converted: a pod's hostname is a DNS-1123 label",
                        "use lower-case letters, digits and '-' only, at most 63");
            }
        }
        String domain = context.service().networking().domainname();
        if (domain != null && !domain.isBlank()) {
            if (KubernetesNames.isLabel(domain)) {
                context.podSpec().withSubdomain(domain);
            } else {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("domainname"), "domainname '" + domain
                        + "' of service '" + context.service().name() + "' is not converted: it becomes the pod's "
                        + "subdomain, which is a single DNS-1123 label", "use one label such as 'internal', and a "
                        + "headless Service of that name for the pod's DNS name");
            }
        }
    }
}
