package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.naming.ServiceNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.steps.network.NetworkLabels.ServiceType;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kubernetes Service of a service with {@code ports} or {@code expose} (ports: see
 * {@link ServicePorts}), of the type the {@code kompose.service.type} label asks for:
 * <ul>
 *   <li>{@code headless}: {@code clusterIP: None}; without ports, kompose's placeholder port
 *       {@code headless} 55555, so that the name still resolves to the pods;</li>
 *   <li>{@code nodeport}: with {@code kompose.service.nodeport.port} as the node port of its only port;</li>
 *   <li>{@code loadbalancer}: one Service; only when it has ports of several protocols, one per
 *       protocol named {@code <name>-tcp}, {@code <name>-udp} (kompose's names), because not every
 *       cloud load balancer takes mixed protocols. kompose also splits a TCP-only one into a lone
 *       {@code <name>-tcp}, which breaks every client that calls the service by its name.</li>
 * </ul>
 * {@code kompose.service.external-traffic-policy} applies to NodePort and LoadBalancer Services
 * (kompose drops it for NodePort); on other types it is reported and left out. This step reports
 * every wrong kompose network label ({@link NetworkLabels}), once.
 */
public final class KubernetesServiceStep implements ServiceConversionStep {

    /** kompose's placeholder port of a headless Service without ports. */
    static final String HEADLESS_PORT_NAME = "headless";
    static final int HEADLESS_PORT = 55555;

    @Override
    public Set<String> handledKeys() {
        return Set.of("ports", "expose", "deploy.endpoint_mode");
    }

    @Override
    public Set<String> handledLabels() {
        return Set.of(NetworkLabels.TYPE, NetworkLabels.EXTERNAL_TRAFFIC_POLICY, NetworkLabels.NODE_PORT,
                ServiceNames.NAME_OVERRIDE);
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        NetworkLabels labels = NetworkLabels.of(service);
        for (NetworkLabels.Problem problem : labels.problems()) {
            if (problem.error()) {
                context.error("invalid-label", context.locationOf("labels"), problem.message(), problem.hint());
            } else {
                context.warn("invalid-label", context.locationOf("labels"), problem.message(), problem.hint());
            }
        }
        List<ServicePort> ports = ServicePorts.of(service,
                (location, message, hint) -> context.warn("duplicate-port", location, message, hint));
        ServiceType type = labels.type(); // a StatefulSet makes its Service headless itself
        if (ports.isEmpty()) {
            if (type == ServiceType.HEADLESS) {
                ignoredPolicy(context, labels, type);
                context.addKubernetesService(service(context, serviceName(context), context.selectorLabels(),
                        List.of(headlessPlaceholder()), null, true, null));
            } else if (!labels.askingForService(service.labels()).isEmpty()) {
                context.warn("unconverted-label", context.locationOf("labels"), "label "
                        + String.join(", ", labels.askingForService(service.labels())) + " of service '"
                        + service.name() + "' asks for a Kubernetes Service, but the service has no ports; none is made",
                        "add ports or expose");
            }
            return;
        }
        if (type == ServiceType.NODE_PORT && labels.nodePort() != null) {
            if (ports.size() > 1) {
                context.error("invalid-label", context.locationOf("labels"), "service '" + service.name() + "' sets "
                        + NetworkLabels.NODE_PORT + " but has " + ports.size() + " ports; a node port is for one port",
                        "publish one port, or remove " + NetworkLabels.NODE_PORT);
            } else {
                ports = List.of(new ServicePortBuilder(ports.get(0)).withNodePort(labels.nodePort()).build());
            }
        }
        String policy = null;
        if (type == ServiceType.NODE_PORT || type == ServiceType.LOAD_BALANCER) {
            policy = labels.externalTrafficPolicy();
        } else {
            ignoredPolicy(context, labels, type);
        }
        String name = serviceName(context);
        Map<String, List<ServicePort>> byProtocol = byProtocol(ports);
        if (type == ServiceType.LOAD_BALANCER && byProtocol.size() > 1) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, List<ServicePort>> group : byProtocol.entrySet()) {
                String splitName = KubernetesNames.dns1035Label(name + "-" + group.getKey().toLowerCase(Locale.ROOT));
                names.add(splitName);
                context.addKubernetesService(service(context, splitName, Map.of(ServiceContext.SELECTOR_LABEL, splitName),
                        group.getValue(), type.kubernetesType(), false, policy));
            }
            context.warn("service-split", context.locationOf("ports"), "the LoadBalancer of service '"
                    + service.name() + "' has ports of several protocols; it becomes the Services "
                    + String.join(" and ", names) + ", one per protocol, as kompose makes them, because not every "
                    + "cloud load balancer takes mixed protocols", "other services must reach it by those names");
            return;
        }
        context.addKubernetesService(service(context, name, context.selectorLabels(), ports, type.kubernetesType(),
                type == ServiceType.HEADLESS, policy));
    }

    /** The Service's name: a DNS-1035 label, which a service name starting with a digit is not. */
    private static String serviceName(ServiceContext context) {
        String name = KubernetesNames.dns1035Label(context.name());
        if (!name.equals(context.name())) {
            context.warn("name-changed", context.service().location(),
                    "the Kubernetes Service of '" + context.service().name() + "' is named '" + name
                            + "': a Service name must start with a letter",
                    "other services must reach it as '" + name + "'");
        }
        return name;
    }

    private static void ignoredPolicy(ServiceContext context, NetworkLabels labels, ServiceType type) {
        if (labels.externalTrafficPolicy() != null) {
            context.warn("unconverted-label", context.locationOf("labels"), "label "
                    + NetworkLabels.EXTERNAL_TRAFFIC_POLICY + " of service '" + context.service().name()
                    + "' is left out: it applies to NodePort and LoadBalancer Services, and this one is "
                    + (type == ServiceType.HEADLESS ? "headless" : "of type ClusterIP"),
                    "add " + NetworkLabels.TYPE + ": nodeport or loadbalancer");
        }
    }

    /** Ports grouped by protocol, TCP first, each group in the order written. */
    private static Map<String, List<ServicePort>> byProtocol(List<ServicePort> ports) {
        Map<String, List<ServicePort>> groups = new LinkedHashMap<>();
        groups.put(Protocols.TCP, new ArrayList<>());
        for (ServicePort port : ports) {
            groups.computeIfAbsent(ServicePorts.protocolOf(port), protocol -> new ArrayList<>()).add(port);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static ServicePort headlessPlaceholder() {
        // kompose writes targetPort 0, which an API server defaults to the port
        return new ServicePortBuilder().withName(HEADLESS_PORT_NAME).withPort(HEADLESS_PORT)
                .withTargetPort(new IntOrString(0)).build();
    }

    private static io.fabric8.kubernetes.api.model.Service service(ServiceContext context, String name,
            Map<String, String> labels, List<ServicePort> ports, String type, boolean headless, String policy) {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(new TreeMap<>(labels))
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withType(type)
                .withClusterIP(headless ? "None" : null)
                .withPorts(ports)
                .withSelector(context.selectorLabels())
                .withExternalTrafficPolicy(policy)
                .endSpec()
                .build();
    }
}
