package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ports of a service's Kubernetes Service, worked out from the model alone. Each published
 * port (or the container port when none is published) forwards to its container port. Ports are
 * named as kompose names them: the port number, or {@code <port>-<protocol>} for the second
 * protocol on one number; a port and protocol pair is written once (an API server rejects
 * duplicates).
 */
final class ServicePorts {

    private ServicePorts() {
    }

    /** The ports of {@code ports} and {@code expose}; a port published twice is reported to diagnostics, if given. */
    static List<PlannedPort> of(Service service, List<PortMapping> mappings, List<ExposedPort> exposed,
            Diagnostics diagnostics) {
        List<PlannedPort> ports = new ArrayList<>();
        Map<String, Integer> targets = new HashMap<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PortMapping mapping : mappings) {
            Integer published = mapping.publishedPort();
            int port = published != null ? published : mapping.target();
            if (!isPort(mapping.target()) || !isPort(port)) {
                continue; // reported by ContainerPortsStep, or a published port the loader let through
            }
            String protocol = protocol(mapping.protocol());
            Integer earlier = targets.putIfAbsent(port + "/" + protocol, mapping.target());
            if (earlier != null) {
                if (earlier != mapping.target() && diagnostics != null) {
                    diagnostics.warn(ConverterCode.DUPLICATE_PORT, mapping.location() == null ? service.locationOf("ports")
                            : mapping.location(), "port " + port + "/" + protocol.toLowerCase(Locale.ROOT)
                                    + " of service '" + service.name() + "' is published twice; the Kubernetes "
                                    + "Service forwards it to container port " + earlier + " only",
                            "publish each port once");
                }
                continue;
            }
            String name = mapping.name() != null && KubernetesNames.isLabel(mapping.name())
                    && !names.contains(mapping.name()) ? mapping.name() : portName(port, protocol, numbers, names);
            String appProtocol = mapping.appProtocol() == null || mapping.appProtocol().isBlank() ? null
                    : mapping.appProtocol();
            ports.add(new PlannedPort(name, port, mapping.target(), protocol, appProtocol, null));
            numbers.add(port);
            names.add(name);
        }
        for (ExposedPort expose : exposed) {
            if (!isPort(expose.port())) {
                continue;
            }
            String protocol = protocol(expose.protocol());
            if (targets.putIfAbsent(expose.port() + "/" + protocol, expose.port()) != null) {
                continue; // already published by a ports entry
            }
            String name = portName(expose.port(), protocol, numbers, names);
            ports.add(new PlannedPort(name, expose.port(), expose.port(), protocol, null, null));
            numbers.add(expose.port());
            names.add(name);
        }
        return ports;
    }

    /** As the container port's protocol; ContainerPortsStep has reported an unknown one. */
    static String protocol(String composeProtocol) {
        String protocol = Protocols.kubernetes(composeProtocol);
        return protocol == null ? Protocols.TCP : protocol;
    }

    static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }

    /** The ports with these TCP ports added, each forwarding to the same container port, where no port has that number. */
    static List<PlannedPort> withTcpPorts(List<PlannedPort> ports, List<Integer> extra) {
        if (extra.isEmpty()) {
            return ports;
        }
        List<PlannedPort> result = new ArrayList<>(ports);
        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        ports.forEach(port -> {
            numbers.add(port.port());
            names.add(port.name());
        });
        for (int port : extra) {
            if (isPort(port) && numbers.add(port)) {
                String name = portName(port, Protocols.TCP, Set.of(), names);
                names.add(name);
                result.add(new PlannedPort(name, port, port, Protocols.TCP, null, null));
            }
        }
        return result;
    }

    /** kompose's port name: the number, or number-protocol for a number already used; unique in any case. */
    private static String portName(int port, String protocol, Set<Integer> numbers, Set<String> names) {
        String name = numbers.contains(port) ? port + "-" + protocol.toLowerCase(Locale.ROOT) : String.valueOf(port);
        String unique = name;
        for (int n = 2; names.contains(unique); n++) {
            unique = name + "-" + n;
        }
        return unique;
    }
}
