package io.jkompose.converters.steps.network;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * kompose's label directives about how a service is reached, read and checked in one place, so
 * that the Service, the Ingress, the container ports and the dependency waits of other services
 * all read them the same way. A value kompose would reject (or silently misread) is a problem;
 * the step that converts the service reports it, other readers ignore it.
 *
 * @param type                  {@code kompose.service.type}, or {@code deploy.endpoint_mode: dnsrr} (headless)
 * @param externalTrafficPolicy {@code kompose.service.external-traffic-policy}: {@code Cluster}, {@code Local} or null
 * @param nodePort              {@code kompose.service.nodeport.port}, or null
 * @param exposeHosts           {@code kompose.service.expose}: one entry per rule; empty when not exposed
 * @param tlsSecret             {@code kompose.service.expose.tls-secret}: a Secret name, {@code true} (TLS
 *                              with the controller's certificate) or null
 * @param ingressClassName      {@code kompose.service.expose.ingress-class-name}, or null
 * @param portsOnHost           {@code kompose.controller.port.expose}: published ports become host ports
 */
public record NetworkLabels(ServiceType type, String externalTrafficPolicy, Integer nodePort,
        List<IngressHost> exposeHosts, String tlsSecret, String ingressClassName, boolean portsOnHost,
        List<Problem> problems) {

    public static final String TYPE = "kompose.service.type";
    public static final String EXTERNAL_TRAFFIC_POLICY = "kompose.service.external-traffic-policy";
    public static final String NODE_PORT = "kompose.service.nodeport.port";
    public static final String EXPOSE = "kompose.service.expose";
    public static final String EXPOSE_TLS_SECRET = "kompose.service.expose.tls-secret";
    public static final String EXPOSE_INGRESS_CLASS_NAME = "kompose.service.expose.ingress-class-name";
    public static final String PORTS_ON_HOST = "kompose.controller.port.expose";

    /** The labels read here. */
    public static final Set<String> ALL = Set.of(TYPE, EXTERNAL_TRAFFIC_POLICY, NODE_PORT, EXPOSE, EXPOSE_TLS_SECRET,
            EXPOSE_INGRESS_CLASS_NAME, PORTS_ON_HOST);

    /** kompose splits the expose list at commas, with any spaces and extra commas around them. */
    private static final Pattern HOST_SEPARATOR = Pattern.compile("[ ,]*,[ ,]*");

    /** What a service's Kubernetes Service is. */
    public enum ServiceType {
        /** No label: a Service without a written type (ClusterIP, as kompose writes it). */
        DEFAULT(null),
        CLUSTER_IP("ClusterIP"),
        NODE_PORT("NodePort"),
        LOAD_BALANCER("LoadBalancer"),
        /** ClusterIP None: the name resolves to the ready pods' addresses. */
        HEADLESS("ClusterIP");

        private final String kubernetesType;

        ServiceType(String kubernetesType) {
            this.kubernetesType = kubernetesType;
        }

        /** The value of {@code spec.type}, or null to leave it out. */
        public String kubernetesType() {
            return kubernetesType;
        }
    }

    /**
     * One rule of the Ingress.
     *
     * @param host null for {@code true}: a rule for any host
     * @param path where the rule starts, {@code /} unless the entry had one
     */
    public record IngressHost(String host, String path) {
    }

    /** A wrong label value: an error when kompose stops there, a warning when the value is only ignored. */
    public record Problem(boolean error, String message, String hint) {
    }

    public NetworkLabels {
        exposeHosts = List.copyOf(exposeHosts);
        problems = List.copyOf(problems);
    }

    public boolean exposed() {
        return !exposeHosts.isEmpty();
    }

    /** The labels written that ask for a Kubernetes Service or its details (which needs ports), in a fixed order. */
    public List<String> askingForService(Map<String, String> labels) {
        return Stream.of(TYPE, EXTERNAL_TRAFFIC_POLICY, NODE_PORT, EXPOSE)
                .filter(key -> labels.containsKey(key) && (!key.equals(EXPOSE) || exposed())).toList();
    }

    public static NetworkLabels of(Service service) {
        Map<String, String> labels = service.labels();
        List<Problem> problems = new ArrayList<>();
        String name = service.name();
        ServiceType type = type(labels.get(TYPE), name, problems);
        if (!labels.containsKey(TYPE) && service.deploy() != null && "dnsrr".equals(service.deploy().endpointMode())) {
            type = ServiceType.HEADLESS; // DNS round robin over the tasks, no virtual IP
        }
        String policy = trafficPolicy(labels.get(EXTERNAL_TRAFFIC_POLICY), name, problems);
        Integer nodePort = nodePort(labels.get(NODE_PORT), type, labels.containsKey(TYPE), name, problems);
        List<IngressHost> hosts = exposeHosts(labels.get(EXPOSE), name, problems);
        String tlsSecret = exposeDetail(labels, EXPOSE_TLS_SECRET, hosts, name, problems);
        if (tlsSecret != null && !tlsSecret.equals("true") && !KubernetesNames.isSubdomain(tlsSecret)) {
            problems.add(new Problem(true, label(EXPOSE_TLS_SECRET, tlsSecret, name) + " is not a Secret name",
                    "name a TLS Secret: lower-case letters, digits, '-' and '.'"));
            tlsSecret = null;
        }
        String className = exposeDetail(labels, EXPOSE_INGRESS_CLASS_NAME, hosts, name, problems);
        if (className != null && !KubernetesNames.isSubdomain(className)) {
            problems.add(new Problem(true, label(EXPOSE_INGRESS_CLASS_NAME, className, name)
                    + " is not an IngressClass name", "name an IngressClass such as nginx"));
            className = null;
        }
        boolean portsOnHost = portsOnHost(labels.get(PORTS_ON_HOST), name, problems);
        return new NetworkLabels(type, policy, nodePort, hosts, tlsSecret, className, portsOnHost, problems);
    }

    private static ServiceType type(String value, String service, List<Problem> problems) {
        if (value == null) {
            return ServiceType.DEFAULT;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "clusterip" -> ServiceType.CLUSTER_IP;
            case "nodeport" -> ServiceType.NODE_PORT;
            case "loadbalancer" -> ServiceType.LOAD_BALANCER;
            case "headless" -> ServiceType.HEADLESS;
            default -> {
                problems.add(new Problem(true, label(TYPE, value, service) + " is not a Service type",
                        "use clusterip, nodeport, loadbalancer or headless"));
                yield ServiceType.DEFAULT;
            }
        };
    }

    private static String trafficPolicy(String value, String service, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "cluster" -> "Cluster";
            case "local" -> "Local";
            default -> {
                problems.add(new Problem(true, label(EXTERNAL_TRAFFIC_POLICY, value, service)
                        + " is not an external traffic policy", "use cluster or local"));
                yield null;
            }
        };
    }

    private static Integer nodePort(String value, ServiceType type, boolean typeWritten, String service,
            List<Problem> problems) {
        if (value == null) {
            return null;
        }
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            port = 0;
        }
        if (port < 1 || port > 65535) {
            problems.add(new Problem(true, label(NODE_PORT, value, service) + " is not a port number",
                    "give a port of the cluster's NodePort range, by default 30000-32767"));
            return null;
        }
        if (type != ServiceType.NODE_PORT) {
            problems.add(new Problem(true, "service '" + service + "' sets " + NODE_PORT + " but its Service is "
                    + (typeWritten ? "not of type NodePort" : "of no type"), "add " + TYPE + ": nodeport"));
            return null;
        }
        if (port < 30000 || port > 32767) {
            problems.add(new Problem(false, label(NODE_PORT, value, service)
                    + " is outside Kubernetes' default NodePort range 30000-32767; an API server with the default "
                    + "range rejects the Service", null));
        }
        return port;
    }

    private static List<IngressHost> exposeHosts(String value, String service, List<Problem> problems) {
        String trimmed = value == null ? "" : KubernetesNames.trimEnds(value, " ,");
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("false")) {
            return List.of();
        }
        List<IngressHost> hosts = new ArrayList<>();
        for (String entry : HOST_SEPARATOR.split(trimmed)) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            String path = slash < 0 ? "/" : entry.substring(slash);
            if (host.equalsIgnoreCase("true")) {
                host = null;
            } else {
                host = host.toLowerCase(Locale.ROOT);
                if (!KubernetesNames.isIngressHost(host)) {
                    problems.add(new Problem(true, label(EXPOSE, value, service) + ": '" + entry
                            + "' is not a host name an Ingress accepts", "use DNS names such as shop.example.com, "
                            + "optionally with a path as in shop.example.com/api, or true for any host"));
                    continue;
                }
            }
            if (path.chars().anyMatch(Character::isWhitespace) || path.contains("//")) {
                problems.add(new Problem(true, label(EXPOSE, value, service) + ": '" + path
                        + "' is not a URL path an Ingress accepts", null));
                continue;
            }
            hosts.add(new IngressHost(host, path));
        }
        return hosts;
    }

    /** The TLS secret or class label, which kompose rejects without an Ingress to apply to. */
    private static String exposeDetail(Map<String, String> labels, String key, List<IngressHost> hosts,
            String service, List<Problem> problems) {
        String value = labels.get(key);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (hosts.isEmpty()) {
            problems.add(new Problem(true, "service '" + service + "' sets " + key + " without " + EXPOSE,
                    "add " + EXPOSE + ": <host> or true, or remove " + key));
            return null;
        }
        return value;
    }

    private static boolean portsOnHost(String value, String service, List<Problem> problems) {
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "t", "1" -> true;
            case "false", "f", "0", "" -> false;
            default -> {
                problems.add(new Problem(true, label(PORTS_ON_HOST, value, service) + " is not a boolean",
                        "use true or false"));
                yield false;
            }
        };
    }

    private static String label(String key, String value, String service) {
        return "label " + key + " '" + value + "' of service '" + service + "'";
    }
}
