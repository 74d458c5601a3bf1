package io.jkompose.converters.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Ingress that {@code kompose.service.expose} asks for, decided: one rule per host, each path
 * a {@code Prefix} path to {@link #backend()}.
 *
 * @param name             the Ingress's name (the service's Kubernetes name)
 * @param rules            one per host, in the order written; a null host for {@code true} (any host)
 * @param backend          the first TCP port of the service's Kubernetes Services
 * @param ingressClassName {@code kompose.service.expose.ingress-class-name}, or null
 * @param tls              {@code kompose.service.expose.tls-secret}, or null for none
 */
public record IngressPlan(String name, List<Rule> rules, ServiceEndpoint backend, String ingressClassName, Tls tls) {

    /**
     * One entry of {@code kompose.service.expose}.
     *
     * @param host null for {@code true}: a rule for any host
     * @param path where the rule starts, {@code /} unless the entry had one
     */
    public record Host(String host, String path) {
    }

    /** A host's rule: its paths, each once, in the order written. */
    public record Rule(String host, List<String> paths) {

        public Rule {
            paths = List.copyOf(paths);
        }
    }

    /**
     * TLS for the rules' hosts.
     *
     * @param hosts      the hosts named in the rules; empty for {@code true} alone
     * @param secretName the certificate's Secret, or null for the controller's default certificate
     */
    public record Tls(List<String> hosts, String secretName) {

        public Tls {
            hosts = List.copyOf(hosts);
        }
    }

    public IngressPlan {
        rules = List.copyOf(rules);
    }

    /** The Ingress of the exposed hosts (kompose repeats a host for each path; here each host is one rule). */
    static IngressPlan of(String name, List<Host> hosts, ServiceEndpoint backend, String ingressClassName,
            String tlsSecret) {
        Map<String, List<String>> pathsByHost = new LinkedHashMap<>();
        for (Host host : hosts) {
            List<String> paths = pathsByHost.computeIfAbsent(host.host(), key -> new ArrayList<>());
            if (!paths.contains(host.path())) {
                paths.add(host.path());
            }
        }
        List<Rule> rules = new ArrayList<>();
        List<String> tlsHosts = new ArrayList<>();
        pathsByHost.forEach((host, paths) -> {
            rules.add(new Rule(host, paths));
            if (host != null) {
                tlsHosts.add(host);
            }
        });
        // "true": TLS with the controller's default certificate, as kompose reads it
        Tls tls = tlsSecret == null ? null : new Tls(tlsHosts, tlsSecret.equals("true") ? null : tlsSecret);
        return new IngressPlan(name, rules, backend, ingressClassName, tls);
    }
}
