package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.NetworkPlan;
import io.jkompose.converters.steps.workload.PodOwners;
import io.jkompose.converters.steps.workload.WorkloadPods;
import io.jkompose.model.Network;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.ServiceNetworking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compose {@code networks} with {@code --generate-network-policies}, as kompose converts them: a
 * NetworkPolicy per network, named after the network's Compose name ({@code <project>_<key>}
 * unless named; {@code _} becomes {@code -}), that lets pods labelled
 * {@code io.kompose.network/<network>: "true"} receive traffic only from pods with the same label,
 * and that label on the pods of every service on the network. A service without {@code networks}
 * is on the project's {@code default} network, as in Compose.
 *
 * <p>Beyond kompose: Compose publishes {@code ports} on the host, where anyone can connect, but
 * kompose's policies let only pods of the same network in, so an Ingress controller or a load
 * balancer cannot reach a published port. Each service with published ports (or a NodePort,
 * LoadBalancer or Ingress) gets a NetworkPolicy {@code <name>-published} that lets anyone in on
 * those container ports (the plan's {@link NetworkPlan#openPorts()}). Runs once pods are merged, so that a pod carries the labels of every
 * service in it.
 *
 * <p>Without the flag, a service's {@code networks} are reported once: all pods can reach each other.
 */
public final class NetworkPolicyStep implements ProjectConversionStep {

    public static final String LABEL_PREFIX = "io.kompose.network/";
    static final String DEFAULT_NETWORK = "default";

    @Override
    public Set<String> handledKeys() {
        return Set.of("networks");
    }

    @Override
    public void apply(ProjectContext project) {
        boolean generate = project.options().network().generateNetworkPolicies();
        if (!generate) {
            project.services().forEach(NetworkPolicyStep::reportIgnored);
            return;
        }
        Map<ServiceContext, ServiceContext> owners = PodOwners.of(project);
        for (ServiceContext service : project.services()) {
            reportLost(service);
            ServiceContext owner = owners.get(service);
            List<String> networks = networks(project.project(), service.service());
            if (owner == null || networks.isEmpty()) {
                continue;
            }
            for (String network : networks) {
                service.addObject(networkPolicy(network));
            }
            NetworkPolicy published = publishedPorts(service, owner);
            if (published != null) {
                service.addObject(published);
            }
        }
        podNetworks(project, owners).forEach((owner, networks) -> {
            Map<String, String> labels = new TreeMap<>();
            networks.forEach(network -> labels.put(LABEL_PREFIX + network, "true"));
            owner.setWorkload(WorkloadPods.addLabels(owner.workload(), labels));
        });
    }

    /**
     * The networks of each pod, the union of those of the services in it, in the project's
     * order of pods; a pod on no network is left out (no policy selects it: it is open to all).
     */
    static Map<ServiceContext, Set<String>> podNetworks(ProjectContext project,
            Map<ServiceContext, ServiceContext> owners) {
        Map<ServiceContext, Set<String>> pods = new LinkedHashMap<>();
        for (ServiceContext service : project.services()) {
            ServiceContext owner = owners.get(service);
            List<String> networks = networks(project.project(), service.service());
            if (owner != null && !networks.isEmpty()) {
                pods.computeIfAbsent(owner, key -> new TreeSet<>()).addAll(networks);
            }
        }
        return pods;
    }

    /**
     * The Kubernetes names of the networks the service is on: none with a network_mode (the host's,
     * none, or another service's network, whose pod it joins).
     */
    public static List<String> networks(Project project, Service service) {
        ServiceNetworking networking = service.networking();
        if (networking.networkMode() != null && !networking.networkMode().isBlank()) {
            return List.of();
        }
        Set<String> keys = networking.networks().isEmpty() ? Set.of(DEFAULT_NETWORK) : networking.networks().keySet();
        Set<String> names = new LinkedHashSet<>();
        for (String key : keys) {
            names.add(kubernetesName(composeName(project, key)));
        }
        return new ArrayList<>(names);
    }

    /** The network's name in Compose: its {@code name}, an external one's key, else {@code <project>_<key>}. */
    public static String composeName(Project project, String key) {
        Network network = project.networks().get(key);
        if (network != null && network.name() != null && !network.name().isBlank()) {
            return network.name();
        }
        if (network != null && network.external()) {
            return key;
        }
        return project.name() + "_" + key;
    }

    /**
     * kompose's normalization (lower case, {@code _} → {@code -}, other characters dropped), kept
     * to what is both a label name and an object name.
     */
    public static String kubernetesName(String composeName) {
        String lower = composeName.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9.-]", "");
        String name = KubernetesNames.subdomain(lower);
        if (name.length() > KubernetesNames.LABEL_MAX) {
            name = KubernetesNames.trimEnds(name.substring(0, KubernetesNames.LABEL_MAX), "-.");
        }
        return name;
    }

    private static NetworkPolicy networkPolicy(String network) {
        Map<String, String> members = Map.of(LABEL_PREFIX + network, "true");
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(network).endMetadata()
                .withNewSpec()
                .withNewPodSelector().withMatchLabels(members).endPodSelector()
                .addNewIngress().addNewFrom().withNewPodSelector().withMatchLabels(members).endPodSelector().endFrom()
                .endIngress()
                .endSpec()
                .build();
    }

    /** Anyone may connect to the container ports the service makes reachable from outside; null for none. */
    private static NetworkPolicy publishedPorts(ServiceContext service, ServiceContext owner) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (NetworkPlan.OpenPort open : service.plan().network().openPorts()) {
            ports.add(new NetworkPolicyPortBuilder().withPort(new IntOrString(open.port()))
                    .withProtocol(open.protocol()).build());
        }
        if (ports.isEmpty()) {
            return null;
        }
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(KubernetesNames.label(service.name() + "-published")).endMetadata()
                .withNewSpec()
                .withNewPodSelector().withMatchLabels(owner.selectorLabels()).endPodSelector()
                .addNewIngress().withPorts(ports).endIngress()
                .endSpec()
                .build();
    }

    private static void reportIgnored(ServiceContext service) {
        Map<String, ServiceNetwork> networks = service.service().networking().networks();
        if (networks.isEmpty() || networks.keySet().equals(Set.of(DEFAULT_NETWORK))) {
            reportLost(service); // the default network: every pod reaches every other, as in Compose
            return;
        }
        service.warn(ConverterCode.UNCONVERTED_KEY, service.locationOf("networks"), "networks of service '"
                + service.service().name() + "' are not converted: every pod can reach every other",
                "pass --generate-network-policies to let only services on a shared network reach each other");
    }

    /** What a network attachment says that pods cannot have: aliases and fixed addresses. */
    private static void reportLost(ServiceContext service) {
        // an alias another service uses has a Service of its own (plan/Reachability); the rest resolve nowhere
        Set<String> served = new HashSet<>();
        service.plan().network().services().forEach(kubernetesService -> served.add(kubernetesService.name()));
        for (Map.Entry<String, ServiceNetwork> entry : service.service().networking().networks().entrySet()) {
            ServiceNetwork network = entry.getValue();
            var location = network.location() == null ? service.locationOf("networks") : network.location();
            List<String> lost = network.aliases().stream().filter(alias -> !served.contains(alias)).toList();
            if (!lost.isEmpty()) {
                service.warn(ConverterCode.UNCONVERTED_VALUE, location, "aliases " + lost + " of service '"
                        + service.service().name() + "' on network '" + entry.getKey() + "' are not converted: "
                        + "no service of the project reaches it by them, so no Kubernetes Service has their names",
                        null);
            }
            if (network.ipv4Address() != null || network.ipv6Address() != null) {
                service.warn(ConverterCode.UNCONVERTED_VALUE, location, "the fixed address of service '"
                        + service.service().name() + "' on network '" + entry.getKey() + "' is not converted: "
                        + "Kubernetes gives each pod its address", null);
            }
        }
    }
}
