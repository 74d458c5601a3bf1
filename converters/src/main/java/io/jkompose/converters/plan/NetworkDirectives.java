package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * kompose's label directives about how a service is reached, read and checked once, each problem
 * reported at the label's own line. A value kompose would reject (or silently misread) is an
 * error, or a warning when the value is only ignored, and then counts as not given.
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
record NetworkDirectives(Type type, String externalTrafficPolicy, Integer nodePort, List<IngressPlan.Host> exposeHosts,
        String tlsSecret, String ingressClassName, boolean portsOnHost) {

    static final String TYPE = "kompose.service.type";
    static final String EXTERNAL_TRAFFIC_POLICY = "kompose.service.external-traffic-policy";
    static final String NODE_PORT = "kompose.service.nodeport.port";
    static final String EXPOSE = "kompose.service.expose";
    static final String EXPOSE_TLS_SECRET = "kompose.service.expose.tls-secret";
    static final String EXPOSE_INGRESS_CLASS_NAME = "kompose.service.expose.ingress-class-name";
    static final String PORTS_ON_HOST = "kompose.controller.port.expose";

    /** The labels read here. */
    static final Set<String> LABELS = Set.of(TYPE, EXTERNAL_TRAFFIC_POLICY, NODE_PORT, EXPOSE, EXPOSE_TLS_SECRET,
            EXPOSE_INGRESS_CLASS_NAME, PORTS_ON_HOST);

    /** kompose splits the expose list at commas, with any spaces and extra commas around them. */
    private static final Pattern HOST_SEPARATOR = Pattern.compile("[ ,]*,[ ,]*");

    /** What {@code kompose.service.type} asks for. */
    enum Type {
        /** No label: a Service without a written type (ClusterIP, as kompose writes it). */
        DEFAULT,
        CLUSTER_IP,
        NODE_PORT,
        LOAD_BALANCER,
        /** ClusterIP None: the name resolves to the ready pods' addresses. */
        HEADLESS;

        /** Whether the Service is reached from outside the cluster. */
        boolean external() {
            return this == NODE_PORT || this == LOAD_BALANCER;
        }
    }

    NetworkDirectives {
        exposeHosts = List.copyOf(exposeHosts);
    }

    boolean exposed() {
        return !exposeHosts.isEmpty();
    }

    /** The labels written that ask for a Kubernetes Service or its details (which needs ports), in a fixed order. */
    List<String> askingForService(Map<String, String> labels) {
        return Stream.of(TYPE, EXTERNAL_TRAFFIC_POLICY, NODE_PORT, EXPOSE)
                .filter(key -> labels.containsKey(key) && (!key.equals(EXPOSE) || exposed())).toList();
    }

    /** The service's directives, with what is wrong with them reported at each label. */
    static NetworkDirectives read(Service service, Diagnostics diagnostics) {
        Reader reader = new Reader(service, diagnostics);
        Map<String, String> labels = service.labels();
        Type type = reader.type();
        if (!labels.containsKey(TYPE) && service.deploy() != null && "dnsrr".equals(service.deploy().endpointMode())) {
            type = Type.HEADLESS; // DNS round robin over the tasks, no virtual IP
        }
        String policy = reader.trafficPolicy();
        Integer nodePort = reader.nodePort(type, labels.containsKey(TYPE));
        List<IngressPlan.Host> hosts = reader.exposeHosts();
        String tlsSecret = reader.exposeDetail(EXPOSE_TLS_SECRET, hosts);
        if (tlsSecret != null && !tlsSecret.equals("true") && !KubernetesNames.isSubdomain(tlsSecret)) {
            reader.error(EXPOSE_TLS_SECRET, reader.label(EXPOSE_TLS_SECRET, tlsSecret) + " is not a Secret name",
                    "name a TLS Secret: lower-case letters, digits, '-' and '.'");
            tlsSecret = null;
        }
        String className = reader.exposeDetail(EXPOSE_INGRESS_CLASS_NAME, hosts);
        if (className != null && !KubernetesNames.isSubdomain(className)) {
            reader.error(EXPOSE_INGRESS_CLASS_NAME, reader.label(EXPOSE_INGRESS_CLASS_NAME, className)
                    + " is not an IngressClass name", "name an IngressClass such as nginx");
            className = null;
        }
        boolean portsOnHost = reader.portsOnHost();
        return new NetworkDirectives(type, policy, nodePort, hosts, tlsSecret, className, portsOnHost);
    }

    /** Reads one service's labels and reports each problem at its label. */
    private record Reader(Service service, Diagnostics diagnostics) {

        String value(String label) {
            return service.labels().get(label);
        }

        Type type() {
            String value = value(TYPE);
            if (value == null) {
                return Type.DEFAULT;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "", "clusterip" -> Type.CLUSTER_IP;
                case "nodeport" -> Type.NODE_PORT;
                case "loadbalancer" -> Type.LOAD_BALANCER;
                case "headless" -> Type.HEADLESS;
                default -> {
                    error(TYPE, label(TYPE, value) + " is not a Service type",
                            "use clusterip, nodeport, loadbalancer or headless");
                    yield Type.DEFAULT;
                }
            };
        }

        String trafficPolicy() {
            String value = value(EXTERNAL_TRAFFIC_POLICY);
            if (value == null) {
                return null;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "", "cluster" -> "Cluster";
                case "local" -> "Local";
                default -> {
                    error(EXTERNAL_TRAFFIC_POLICY, label(EXTERNAL_TRAFFIC_POLICY, value)
                            + " is not an external traffic policy", "use cluster or local");
                    yield null;
                }
            };
        }

        Integer nodePort(Type type, boolean typeWritten) {
            String value = value(NODE_PORT);
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
                error(NODE_PORT, label(NODE_PORT, value) + " is not a port number",
                        "give a port of the cluster's NodePort range, by default 30000-32767");
                return null;
            }
            if (type != Type.NODE_PORT) {
                error(NODE_PORT, "service '" + service.name() + "' sets " + NODE_PORT + " but its Service is "
                        + (typeWritten ? "not of type NodePort" : "of no type"), "add " + TYPE + ": nodeport");
                return null;
            }
            if (port < 30000 || port > 32767) {
                diagnostics.warn(ConverterCode.INVALID_LABEL, service.labelLocation(NODE_PORT), label(NODE_PORT, value)
                        + " is outside Kubernetes' default NodePort range 30000-32767; an API server with the default "
                        + "range rejects the Service", null);
            }
            return port;
        }

        List<IngressPlan.Host> exposeHosts() {
            String value = value(EXPOSE);
            String trimmed = value == null ? "" : KubernetesNames.trimEnds(value, " ,");
            if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("false")) {
                return List.of();
            }
            List<IngressPlan.Host> hosts = new ArrayList<>();
            for (String entry : HOST_SEPARATOR.split(trimmed)) {
                int slash = entry.indexOf('/');
                String host = slash < 0 ? entry : entry.substring(0, slash);
                String path = slash < 0 ? "/" : entry.substring(slash);
                if (host.equalsIgnoreCase("true")) {
                    host = null;
                } else {
                    host = host.toLowerCase(Locale.ROOT);
                    if (!KubernetesNames.isIngressHost(host)) {
                        error(EXPOSE, label(EXPOSE, value) + ": '" + entry + "' is not a host name an Ingress accepts",
                                "use DNS names such as shop.example.com, optionally with a path as in "
                                        + "shop.example.com/api, or true for any host");
                        continue;
                    }
                }
                if (path.chars().anyMatch(Character::isWhitespace) || path.contains("//")) {
                    error(EXPOSE, label(EXPOSE, value) + ": '" + path + "' is not a URL path an Ingress accepts", null);
                    continue;
                }
                hosts.add(new IngressPlan.Host(host, path));
            }
            return hosts;
        }

        /** The TLS secret or class label, which kompose rejects without an Ingress to apply to. */
        String exposeDetail(String key, List<IngressPlan.Host> hosts) {
            String value = value(key);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (hosts.isEmpty()) {
                error(key, "service '" + service.name() + "' sets " + key + " without " + EXPOSE,
                        "add " + EXPOSE + ": <host> or true, or remove " + key);
                return null;
            }
            return value;
        }

        boolean portsOnHost() {
            String value = value(PORTS_ON_HOST);
            if (value == null) {
                return false;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "1" -> true;
                case "false", "f", "0", "" -> false;
                default -> {
                    error(PORTS_ON_HOST, label(PORTS_ON_HOST, value) + " is not a boolean", "use true or false");
                    yield false;
                }
            };
        }

        void error(String label, String message, String hint) {
            diagnostics.error(ConverterCode.INVALID_LABEL, service.labelLocation(label), message, hint);
        }

        String label(String key, String value) {
            return "label " + key + " '" + value + "' of service '" + service.name() + "'";
        }
    }
}
