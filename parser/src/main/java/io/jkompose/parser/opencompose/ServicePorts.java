package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.PortMapping;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ports of one OpenCompose service in the model's terms. Its containers share one network, so
 * every container's ports are the service's ports (one Kubernetes Service serves them all). What
 * Compose cannot say is said with kompose's labels, which the converters follow:
 * <ul>
 * <li>every port external: {@code kompose.service.type: loadbalancer};</li>
 * <li>hosts and paths: {@code kompose.service.expose: host[/path],...}, which routes to the service's
 *     first port, so the port that has the hosts is put first. Hosts given on a second port are not
 *     routed (reported): one Ingress per service serves one port.</li>
 * </ul>
 * The external ports are also listed as such ({@code Service.externalPorts}): when only some ports
 * are external, the converters give those a second, external Service.
 *
 * @param ports         in the model's order: the Ingress port first, then as written
 * @param externalPorts those of {@code ports} that are external
 * @param labels        the kompose labels described above
 */
record ServicePorts(List<PortMapping> ports, List<PortMapping> externalPorts, SortedMap<String, String> labels) {

    static final String TYPE_LABEL = "kompose.service.type";
    static final String EXPOSE_LABEL = "kompose.service.expose";

    /** One port and the container that declares it. */
    record Declared(OpenComposeSpec.Port port, String container) {
    }

    static ServicePorts of(String service, List<Declared> declared, Nodes nodes) {
        Integer ingressPort = null;
        for (Declared entry : declared) {
            if (entry.port().host() != null) {
                ingressPort = entry.port().servicePort();
                break;
            }
        }
        List<Declared> ordered = new ArrayList<>(declared.size());
        if (ingressPort != null) {
            for (Declared entry : declared) {
                if (entry.port().servicePort() == ingressPort) {
                    ordered.add(entry);
                }
            }
        }
        for (Declared entry : declared) {
            if (ingressPort == null || entry.port().servicePort() != ingressPort) {
                ordered.add(entry);
            }
        }

        List<PortMapping> ports = new ArrayList<>(ordered.size());
        List<PortMapping> external = new ArrayList<>();
        Set<String> routes = new LinkedHashSet<>();
        for (Declared entry : ordered) {
            OpenComposeSpec.Port port = entry.port();
            PortMapping mapping = new PortMapping(null, port.containerPort(), String.valueOf(port.servicePort()), null,
                    "tcp", null, null, port.location());
            ports.add(mapping);
            if (port.external()) {
                external.add(mapping);
            }
            if (port.host() == null) {
                continue;
            }
            if (port.servicePort() == ingressPort) {
                routes.add(port.path() == null ? port.host() : port.host() + port.path());
            } else {
                nodes.warn(ParserCode.UNCONVERTED_VALUE, port.hostLocation(), "host '" + port.host() + "' of port "
                        + port.servicePort() + " of container '" + entry.container() + "' in service '" + service
                        + "' is not converted: the service's Ingress routes to port " + ingressPort + ", where the "
                        + "first host is given", "give hosts to one port per service");
            }
        }

        SortedMap<String, String> labels = new TreeMap<>();
        if (!external.isEmpty() && external.size() == ports.size()) {
            labels.put(TYPE_LABEL, "loadbalancer");
        }
        if (!routes.isEmpty()) {
            labels.put(EXPOSE_LABEL, String.join(",", routes));
        }
        return new ServicePorts(ports, external, labels);
    }

    /** Where the first port with a host is, for the labels key's location; else the first port. */
    static SourceLocation labelsLocation(List<Declared> declared) {
        for (Declared entry : declared) {
            if (entry.port().host() != null) {
                return entry.port().hostLocation();
            }
        }
        return declared.isEmpty() ? null : declared.get(0).port().location();
    }
}
