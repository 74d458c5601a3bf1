package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.ServiceNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.InOrder;
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
     * The network plan of each service, by its Compose name. A service's own Services and Ingress
     * depend on it alone and are decided on their own, on several threads when {@code parallel}, what
     * they report passed on in the services' order. The other names a service is reached by are taken
     * in the services' order, one service after the other: the first to ask for a name has it.
     */
    static Map<String, NetworkPlan> plan(Project project, Map<String, ServicePlan> plans,
            Map<String, List<References.Reference>> references, boolean implicitServices, boolean parallel,
            Diagnostics diagnostics) {
        Map<String, String> joins = NetworkModes.joins(project, plans, diagnostics);
        Map<String, Reachability.Needs> needs = Reachability.plan(project, references, implicitServices, parallel,
                diagnostics);
        List<OwnServices> owned = InOrder.map(List.copyOf(plans.values()), parallel, plan -> {
            Diagnostics found = new Diagnostics();
            NetworkDirectives directives = NetworkDirectives.read(plan.service(), found);
            KubernetesServices.Input input = input(plan, directives, needs, found);
            List<PlannedService> own = KubernetesServices.ofPorts(input);
            return new OwnServices(plan, directives, own, ingress(plan, directives, own, found), found);
        });
        Set<String> taken = new HashSet<>();
        plans.values().forEach(plan -> taken.add(plan.name()));
        Map<String, NetworkPlan> networks = new LinkedHashMap<>();
        for (OwnServices one : owned) {
            diagnostics.addAll(one.found());
            ServicePlan plan = one.plan();
            Service service = plan.service();
            KubernetesServices.Input input = input(plan, one.directives(), needs, diagnostics);
            List<PlannedService> services = new ArrayList<>(one.own());
            services.addAll(KubernetesServices.aliases(input, one.own(), taken));
            PlannedService external = KubernetesServices.external(input, one.own(), taken);
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
            networks.put(service.name(), new NetworkPlan(services, one.ingress(), one.directives().portsOnHost(),
                    openPorts(service, one.directives()), joins.get(service.name())));
        }
        return networks;
    }

    /** A service's own Services and Ingress, and what deciding them found. */
    private record OwnServices(ServicePlan plan, NetworkDirectives directives, List<PlannedService> own,
            IngressPlan ingress, Diagnostics found) {
    }

    private static KubernetesServices.Input input(ServicePlan plan, NetworkDirectives directives,
            Map<String, Reachability.Needs> needs, Diagnostics diagnostics) {
        return new KubernetesServices.Input(plan.service(), plan.name(), plan.selectorLabels(), plan.kind(), directives,
                needs.get(plan.service().name()), diagnostics);
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
