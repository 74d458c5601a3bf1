package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A service's external ports ({@code Service.externalPorts}, OpenCompose's {@code type: external})
 * → a LoadBalancer Service that serves those ports only, named {@code <service>-external}, beside
 * the service's own Service, which stays inside the cluster. Nothing is added when the service's
 * own Service already reaches outside the cluster (every port external: kompose's
 * {@code kompose.service.type: loadbalancer} made it a LoadBalancer). OpenCompose's reference
 * gave both Services the service's name, which an API server refuses for the second.
 */
public final class ExternalServiceStep implements ServiceConversionStep {

    static final String SUFFIX = "-external";
    private static final Set<String> EXTERNAL_TYPES = Set.of("LoadBalancer", "NodePort");

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        List<PortMapping> external = service.externalPorts();
        if (external.isEmpty() || reachesOutside(context, external)) {
            return;
        }
        List<ServicePort> ports = ServicePorts.of(service.toBuilder().ports(external).expose(List.of()).build());
        if (ports.isEmpty()) {
            return; // ports out of range: reported by ContainerPortsStep
        }
        context.addKubernetesService(new ServiceBuilder()
                .withNewMetadata()
                .withName(name(context))
                .withLabels(new TreeMap<>(context.selectorLabels()))
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withType("LoadBalancer")
                .withPorts(ports)
                .withSelector(new TreeMap<>(context.selectorLabels()))
                .endSpec()
                .build());
    }

    /** Whether a Service made for this service already takes every external port from outside the cluster. */
    private static boolean reachesOutside(ServiceContext context, List<PortMapping> external) {
        for (io.fabric8.kubernetes.api.model.Service made : context.kubernetesServices()) {
            String type = made.getSpec() == null ? null : made.getSpec().getType();
            if (type == null || !EXTERNAL_TYPES.contains(type)) {
                continue;
            }
            Set<Integer> served = new HashSet<>();
            made.getSpec().getPorts().forEach(port -> served.add(port.getPort()));
            if (external.stream().allMatch(mapping -> served.contains(port(mapping)))) {
                return true;
            }
        }
        return false;
    }

    private static int port(PortMapping mapping) {
        Integer published = mapping.publishedPort();
        return published != null ? published : mapping.target();
    }

    /** {@code <name>-external}, a DNS-1035 label that no other service's Kubernetes name takes. */
    private static String name(ServiceContext context) {
        String base = KubernetesNames.dns1035Label(context.name());
        Set<String> taken = new HashSet<>();
        context.project().services().keySet().forEach(other -> taken.add(context.projectContext().kubernetesName(other)));
        String name = cut(base, SUFFIX);
        for (int n = 2; taken.contains(name); n++) {
            name = cut(base, SUFFIX + "-" + n);
        }
        return name;
    }

    private static String cut(String base, String suffix) {
        String head = base.length() + suffix.length() > KubernetesNames.LABEL_MAX
                ? base.substring(0, KubernetesNames.LABEL_MAX - suffix.length()) : base;
        return KubernetesNames.trimEnds(head, "-") + suffix;
    }
}
