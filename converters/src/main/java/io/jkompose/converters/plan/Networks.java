package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.ServiceNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans how each service is reached ({@link NetworkPlan}), once every service's workload is
 * planned: a service's Services depend on its workload kind (a StatefulSet's governing Service),
 * on the names of all others ({@code -external}) and on whose pod it joins
 * ({@code network_mode: service:}). Per service, in order: its network label directives, the
 * Services of its ports, its Ingress, its external Service, its governing Service, the pods they
 * select.
 */
final class Networks {

    static final Set<String> KEYS = union(KubernetesServices.KEYS, NetworkModes.KEYS);
    static final Set<String> LABELS = union(NetworkDirectives.LABELS, Set.of(ServiceNames.NAME_OVERRIDE));

    private Networks() {
    }

    /**
     * The network plan of each service, by its Compose name. {@code parallel}: the services' needs are
     * decided on several threads; the loop here stays on one (the names {@code taken} are in order).
     */
    static Map<String, NetworkPlan> plan(Project project, Map<String, ServicePlan> plans,
            Map<String, List<References.Reference>> references, boolean implicitServices, boolean parallel,
            Diagnostics diagnostics) {
        Map<String, String> joins = NetworkModes.joins(project, plans, diagnostics);
        Map<String, Reachability.Needs> needs = Reachability.plan(project, references, implicitServices, parallel,
                diagnostics);
        Set<String> taken = new HashSet<>();
        plans.values().forEach(plan -> taken.add(plan.name()));
        Map<String, NetworkPlan> networks = new LinkedHashMap<>();
        for (ServicePlan plan : plans.values()) {
            Service service = plan.service();
            NetworkDirectives directives = NetworkDirectives.read(service, diagnostics);
            KubernetesServices.Input input = new KubernetesServices.Input(service, plan.name(), plan.selectorLabels(),
                    plan.kind(), directives, taken, needs.get(service.name()), diagnostics);
            List<PlannedService> own = KubernetesServices.ofPorts(input);
            IngressPlan ingress = ingress(plan, directives, own, diagnostics);
            List<PlannedService> services = new ArrayList<>(own);
            services.addAll(KubernetesServices.aliases(input, own));
            PlannedService external = KubernetesServices.external(input, own);
            if (external != null) {
                services.add(external);
            }
            if (plan.kind() == WorkloadKind.STATEFUL_SET) {
                services = KubernetesServices.withGoverning(input, services);
            }
            Map<String, String> pods = plans.get(podOwner(plan, joins)).selectorLabels();
            if (!pods.equals(plan.selectorLabels())) {
                services = services.stream().map(kubernetesService -> kubernetesService.withSelector(pods)).toList();
            }
            networks.put(service.name(), new NetworkPlan(services, ingress, directives.portsOnHost(),
                    openPorts(service, directives), joins.get(service.name())));
        }
        return networks;
    }

    /** The service whose workload finally runs this service's container: the pod its Services select. */
    private static String podOwner(ServicePlan plan, Map<String, String> joins) {
        String owner = NetworkModes.grouped(plan) ? plan.group().primary() : plan.service().name();
        return joins.getOrDefault(owner, owner);
    }

    /**
     * {@code kompose.service.expose} → an Ingress to the first TCP port of the service's own
     * Services. Unlike kompose, an Ingress is also made for a LoadBalancer Service (kompose drops
     * the label there without a word), and a UDP port is never its backend.
     */
    private static IngressPlan ingress(ServicePlan plan, NetworkDirectives directives, List<PlannedService> own,
            Diagnostics diagnostics) {
        if (!directives.exposed() || own.isEmpty()) {
            return null; // without ports there is no Service, which is reported
        }
        ServiceEndpoint backend = NetworkPlan.firstTcpPort(own);
        if (backend == null) {
            Service service = plan.service();
            diagnostics.warn(ConverterCode.UNCONVERTED_LABEL, service.labelLocation(NetworkDirectives.EXPOSE), "label "
                    + NetworkDirectives.EXPOSE + " of service '" + service.name() + "' is not converted: its Service "
                    + "has no TCP port for an Ingress to send HTTP to", "publish the HTTP port in ports or expose");
            return null;
        }
        return IngressPlan.of(plan.name(), directives.exposeHosts(), backend, directives.ingressClassName(),
                directives.tlsSecret());
    }

    /**
     * The container ports that the service makes reachable from outside the project: its
     * published {@code ports}, and its {@code expose} ports too when a NodePort, a LoadBalancer or
     * an Ingress points at them.
     */
    private static List<NetworkPlan.OpenPort> openPorts(Service service, NetworkDirectives directives) {
        Set<NetworkPlan.OpenPort> open = new LinkedHashSet<>();
        for (PortMapping mapping : service.networking().ports()) {
            addOpen(open, mapping.target(), mapping.protocol());
        }
        if (directives.exposed() || directives.type().external()) {
            for (ExposedPort exposed : service.networking().expose()) {
                addOpen(open, exposed.port(), exposed.protocol());
            }
        }
        return new ArrayList<>(open);
    }

    private static void addOpen(Set<NetworkPlan.OpenPort> open, int port, String composeProtocol) {
        String protocol = Protocols.kubernetes(composeProtocol);
        if (ServicePorts.isPort(port) && protocol != null) {
            open.add(new NetworkPlan.OpenPort(port, protocol));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }
}
