package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the Kubernetes Services of one service, in the order they are written:
 * <ol>
 *   <li>the Service of its {@code ports} and {@code expose} (ports: see {@link ServicePorts}), of
 *       the type {@code kompose.service.type} asks for:
 *     <ul>
 *       <li>{@code headless}: {@code clusterIP: None}; without ports, kompose's placeholder port
 *           {@code headless} 55555, so that the name still resolves to the pods;</li>
 *       <li>{@code nodeport}: with {@code kompose.service.nodeport.port} as the node port of its only port;</li>
 *       <li>{@code loadbalancer}: one Service; only when it has ports of several protocols, one per
 *           protocol named {@code <name>-tcp}, {@code <name>-udp} (kompose's names), because not every
 *           cloud load balancer takes mixed protocols. kompose also splits a TCP-only one into a lone
 *           {@code <name>-tcp}, which breaks every client that calls the service by its name.</li>
 *     </ul>
 *     {@code kompose.service.external-traffic-policy} applies to NodePort and LoadBalancer Services
 *     (kompose drops it for NodePort); on other types it is reported and left out;</li>
 *   <li>OpenCompose's external ports ({@code Service.externalPorts}, {@code type: external}): a
 *       LoadBalancer {@code <name>-external} that serves those ports only, beside the service's own
 *       Service, which stays inside the cluster; none when the own Service already reaches outside
 *       the cluster on every external port (kompose's {@code kompose.service.type: loadbalancer}).
 *       OpenCompose's reference gave both Services the service's name, which an API server refuses
 *       for the second;</li>
 *   <li>for a StatefulSet, its governing Service, headless, as kompose makes it for
 *       {@code --controller statefulset}: the first Service when it is a ClusterIP one (made
 *       headless), else one more, {@code <name>-headless} (or the service's name when it has none).</li>
 * </ol>
 */
final class KubernetesServices {

    static final Set<String> KEYS = Set.of("ports", "expose", "deploy.endpoint_mode");
    static final String EXTERNAL_SUFFIX = "-external";
    static final String HEADLESS_SUFFIX = "-headless";

    private KubernetesServices() {
    }

    /**
     * What the decision reads.
     *
     * @param name  the service's Kubernetes name
     * @param pods  the selector labels of the service's own pods
     * @param needs what others need to reach the service ({@link Reachability})
     */
    record Input(Service service, String name, Map<String, String> pods, WorkloadKind kind,
            NetworkDirectives directives, Reachability.Needs needs, Diagnostics diagnostics) {

        void warn(ConverterCode code, SourceLocation location, String message, String hint) {
            diagnostics.warn(code, location, message, hint);
        }
    }

    /** The Services of the service's ports and expose: none, one, or one per protocol of a split LoadBalancer. */
    static List<PlannedService> ofPorts(Input in) {
        Service service = in.service();
        NetworkDirectives directives = in.directives();
        List<PlannedPort> ports = ServicePorts.of(service, service.networking().ports(), service.networking().expose(),
                in.diagnostics());
        NetworkDirectives.Type type = directives.type();
        if (!type.external() && type != NetworkDirectives.Type.HEADLESS) {
            // Compose reaches a service on its container ports: the ones others use, besides kompose's published
            // ones (a headless Service's name reaches every port already; an external one would open them outside)
            ports = ServicePorts.withTcpPorts(ports, in.needs().ports());
        }
        if (ports.isEmpty()) {
            if (in.needs().implicit() && type == NetworkDirectives.Type.DEFAULT) {
                // its name resolves to the pods' addresses: every port works, as in Compose
                return List.of(new PlannedService(serviceName(in), PlannedService.Role.PORTS, in.pods(),
                        ServiceType.CLUSTER_IP, false, true, List.of(), null, in.pods(),
                        true, false));
            }
            if (type == NetworkDirectives.Type.HEADLESS) {
                ignoredPolicy(in, type);
                return List.of(new PlannedService(serviceName(in), PlannedService.Role.PORTS, in.pods(),
                        ServiceType.CLUSTER_IP, false, true, List.of(PlannedPort.HEADLESS_PLACEHOLDER), null, in.pods(),
                        true, false));
            }
            List<String> asking = directives.askingForService(service.labels());
            if (!asking.isEmpty()) {
                in.warn(ConverterCode.UNCONVERTED_LABEL, service.labelLocation(asking.get(0)), "label " + String.join(", ", asking)
                        + " of service '" + service.name() + "' asks for a Kubernetes Service, but the service has "
                        + "no ports; none is made", "add ports or expose");
            }
            return List.of();
        }
        if (type == NetworkDirectives.Type.NODE_PORT && directives.nodePort() != null) {
            if (ports.size() > 1) {
                in.diagnostics().error(ConverterCode.INVALID_LABEL, service.labelLocation(NetworkDirectives.NODE_PORT), "service '"
                        + service.name() + "' sets " + NetworkDirectives.NODE_PORT + " but has " + ports.size()
                        + " ports; a node port is for one port", "publish one port, or remove "
                                + NetworkDirectives.NODE_PORT);
            } else {
                ports = List.of(ports.get(0).withNodePort(directives.nodePort()));
            }
        }
        String policy = null;
        if (type.external()) {
            policy = directives.externalTrafficPolicy();
        } else {
            ignoredPolicy(in, type);
        }
        String name = serviceName(in);
        Map<String, List<PlannedPort>> byProtocol = byProtocol(ports);
        if (type == NetworkDirectives.Type.LOAD_BALANCER && byProtocol.size() > 1) {
            List<PlannedService> split = new ArrayList<>();
            for (Map.Entry<String, List<PlannedPort>> group : byProtocol.entrySet()) {
                String splitName = KubernetesNames.dns1035Label(name + "-" + group.getKey().toLowerCase(Locale.ROOT));
                split.add(new PlannedService(splitName, PlannedService.Role.PORTS,
                        Map.of(ServicePlan.SELECTOR_LABEL, splitName), ServiceType.LOAD_BALANCER, true, false,
                        group.getValue(), policy, in.pods(), true, false));
            }
            in.warn(ConverterCode.SERVICE_SPLIT, service.locationOf("ports"), "the LoadBalancer of service '" + service.name()
                    + "' has ports of several protocols; it becomes the Services "
                    + String.join(" and ", split.stream().map(PlannedService::name).toList())
                    + ", one per protocol, as kompose makes them, because not every cloud load balancer takes mixed "
                    + "protocols", "other services must reach it by those names");
            return split;
        }
        return List.of(new PlannedService(name, PlannedService.Role.PORTS, in.pods(), serviceType(type),
                type != NetworkDirectives.Type.DEFAULT, type == NetworkDirectives.Type.HEADLESS, ports, policy,
                in.pods(), true, false));
    }

    /**
     * A Service for each other name others reach the service by ({@code container_name},
     * {@code hostname}, a network alias): the same pods and ports as its own Service, under that
     * name. A name that is not a valid Service name, or that another Service has, is reported.
     *
     * @param taken the Kubernetes names of all services of the project and of the aliases planned so
     *              far; the aliases made here are added
     */
    static List<PlannedService> aliases(Input in, List<PlannedService> own, Set<String> taken) {
        if (in.needs().names().isEmpty() || own.isEmpty()) {
            return List.of();
        }
        PlannedService first = own.get(0);
        List<PlannedService> aliases = new ArrayList<>();
        for (String alias : in.needs().names()) {
            if (alias.equals(first.name()) || alias.equals(in.name())) {
                continue;
            }
            if (!KubernetesNames.isDns1035Label(alias) || taken.contains(alias)) {
                in.warn(ConverterCode.UNREACHABLE_NAME, in.service().location(), "other services reach '"
                        + in.service().name() + "' as '" + alias + "', which "
                        + (taken.contains(alias) ? "another Kubernetes Service is named"
                                : "cannot be the name of a Kubernetes Service")
                        + "; that name does not resolve in the cluster", "reach it as '" + first.name() + "'");
                continue;
            }
            taken.add(alias);
            // another name inside the cluster: a ClusterIP Service, whatever reaches the service from outside
            aliases.add(new PlannedService(alias, PlannedService.Role.ALIAS, in.pods(), ServiceType.CLUSTER_IP,
                    first.typeWritten() && first.type() == ServiceType.CLUSTER_IP, first.headless(),
                    first.ports().stream().map(PlannedPort::withoutNodePort).toList(), null, first.selector(), true,
                    false));
        }
        return aliases;
    }

    /**
     * {@code <name>-external} for the external ports, or null: when there are none, or when the
     * service's own Services already take each of them from outside the cluster.
     */
    static PlannedService external(Input in, List<PlannedService> own, Set<String> taken) {
        List<PortMapping> external = in.service().networking().externalPorts();
        if (external.isEmpty() || reachesOutside(own, external)) {
            return null;
        }
        List<PlannedPort> ports = ServicePorts.of(in.service(), external, List.of(), null);
        if (ports.isEmpty()) {
            return null; // ports out of range: reported by ContainerPortsStep
        }
        return new PlannedService(externalName(in, taken), PlannedService.Role.EXTERNAL, in.pods(), ServiceType.LOAD_BALANCER,
                true, false, ports, null, in.pods(), true, false);
    }

    /**
     * The Services with a StatefulSet's governing one: the first made headless when it is a
     * ClusterIP Service, else a headless one added.
     */
    static List<PlannedService> withGoverning(Input in, List<PlannedService> services) {
        List<PlannedService> result = new ArrayList<>(services);
        if (!result.isEmpty() && result.get(0).type() == ServiceType.CLUSTER_IP) {
            result.set(0, result.get(0).governingHeadless());
            return result;
        }
        String name = KubernetesNames.dns1035Label(result.isEmpty() ? in.name() : in.name() + HEADLESS_SUFFIX);
        result.add(new PlannedService(name, PlannedService.Role.GOVERNING, in.pods(), ServiceType.CLUSTER_IP, true,
                true, List.of(), null, in.pods(), false, true));
        return result;
    }

    private static ServiceType serviceType(NetworkDirectives.Type type) {
        return switch (type) {
            case NODE_PORT -> ServiceType.NODE_PORT;
            case LOAD_BALANCER -> ServiceType.LOAD_BALANCER;
            case DEFAULT, CLUSTER_IP, HEADLESS -> ServiceType.CLUSTER_IP;
        };
    }

    /** The Service's name: a DNS-1035 label, which a service name starting with a digit is not. */
    private static String serviceName(Input in) {
        String name = KubernetesNames.dns1035Label(in.name());
        if (!name.equals(in.name())) {
            in.warn(ConverterCode.NAME_CHANGED, in.service().location(), "the Kubernetes Service of '" + in.service().name()
                    + "' is named '" + name + "': a Service name must start with a letter",
                    "references to it in other services' environment, command and healthcheck are rewritten; elsewhere, reach it as '" + name + "'");
        }
        return name;
    }

    private static void ignoredPolicy(Input in, NetworkDirectives.Type type) {
        if (in.directives().externalTrafficPolicy() != null) {
            in.warn(ConverterCode.UNCONVERTED_LABEL, in.service().labelLocation(NetworkDirectives.EXTERNAL_TRAFFIC_POLICY), "label "
                    + NetworkDirectives.EXTERNAL_TRAFFIC_POLICY + " of service '" + in.service().name()
                    + "' is left out: it applies to NodePort and LoadBalancer Services, and this one is "
                    + (type == NetworkDirectives.Type.HEADLESS ? "headless" : "of type ClusterIP"),
                    "add " + NetworkDirectives.TYPE + ": nodeport or loadbalancer");
        }
    }

    /** Ports grouped by protocol, TCP first, each group in the order written. */
    private static Map<String, List<PlannedPort>> byProtocol(List<PlannedPort> ports) {
        Map<String, List<PlannedPort>> groups = new LinkedHashMap<>();
        groups.put(Protocols.TCP, new ArrayList<>());
        for (PlannedPort port : ports) {
            groups.computeIfAbsent(port.protocol(), protocol -> new ArrayList<>()).add(port);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** Whether a Service made for this service already takes every external port from outside the cluster. */
    private static boolean reachesOutside(List<PlannedService> own, List<PortMapping> external) {
        for (PlannedService made : own) {
            if (made.kubernetesType() == null || !made.type().external()) {
                continue;
            }
            Set<Integer> served = new HashSet<>();
            made.ports().forEach(port -> served.add(port.port()));
            if (external.stream().allMatch(mapping -> served.contains(published(mapping)))) {
                return true;
            }
        }
        return false;
    }

    private static int published(PortMapping mapping) {
        Integer published = mapping.publishedPort();
        return published != null ? published : mapping.target();
    }

    /** {@code <name>-external}, a DNS-1035 label that no service's Kubernetes name takes. */
    private static String externalName(Input in, Set<String> taken) {
        String base = KubernetesNames.dns1035Label(in.name());
        String name = cut(base, EXTERNAL_SUFFIX);
        for (int n = 2; taken.contains(name); n++) {
            name = cut(base, EXTERNAL_SUFFIX + "-" + n);
        }
        return name;
    }

    private static String cut(String base, String suffix) {
        String head = base.length() + suffix.length() > KubernetesNames.LABEL_MAX
                ? base.substring(0, KubernetesNames.LABEL_MAX - suffix.length()) : base;
        return KubernetesNames.trimEnds(head, "-") + suffix;
    }
}
