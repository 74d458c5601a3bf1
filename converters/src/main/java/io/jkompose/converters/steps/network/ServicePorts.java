package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ports of a service's Kubernetes Service, worked out from the model alone, so that the
 * Service step and the steps that point at another service's Service (dependency waits, the
 * Ingress) agree. Each published port (or the container port when none is published) forwards
 * to its container port. Ports are named as kompose names them: the port number, or
 * {@code <port>-<protocol>} for the second protocol on one number; a port and protocol pair is
 * written once (an API server rejects duplicates).
 */
public final class ServicePorts {

    /** Receives what is wrong with the ports; ignored when another service's ports are planned. */
    public interface Problems {
        Problems IGNORE = (location, message, hint) -> { };

        void duplicate(SourceLocation location, String message, String hint);
    }

    private ServicePorts() {
    }

    public static List<ServicePort> of(Service service) {
        return of(service, Problems.IGNORE);
    }

    public static List<ServicePort> of(Service service, Problems problems) {
        List<ServicePort> ports = new ArrayList<>();
        Map<String, Integer> targets = new HashMap<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PortMapping mapping : service.ports()) {
            Integer published = mapping.publishedPort();
            int port = published != null ? published : mapping.target();
            if (!isPort(mapping.target()) || !isPort(port)) {
                continue; // reported by ContainerPortsStep, or a published port the loader let through
            }
            String protocol = protocol(mapping.protocol());
            Integer earlier = targets.putIfAbsent(port + "/" + protocol, mapping.target());
            if (earlier != null) {
                if (earlier != mapping.target()) {
                    problems.duplicate(mapping.location() == null ? service.locationOf("ports") : mapping.location(),
                            "port " + port + "/" + protocol.toLowerCase(Locale.ROOT) + " of service '" + service.name()
                                    + "' is published twice; the Kubernetes Service forwards it to container port "
                                    + earlier + " only", "publish each port once");
                }
                continue;
            }
            String name = mapping.name() != null && KubernetesNames.isLabel(mapping.name())
                    && !names.contains(mapping.name()) ? mapping.name() : portName(port, protocol, numbers, names);
            ports.add(port(name, port, mapping.target(), protocol, mapping.appProtocol()));
            numbers.add(port);
            names.add(name);
        }
        for (ExposedPort exposed : service.expose()) {
            if (!isPort(exposed.port())) {
                continue;
            }
            String protocol = protocol(exposed.protocol());
            if (targets.putIfAbsent(exposed.port() + "/" + protocol, exposed.port()) != null) {
                continue; // already published by a ports entry
            }
            String name = portName(exposed.port(), protocol, numbers, names);
            ports.add(port(name, exposed.port(), exposed.port(), protocol, null));
            numbers.add(exposed.port());
            names.add(name);
        }
        return ports;
    }

    /** A port of a Kubernetes Service, for what points at it (an Ingress backend, a dependency wait). */
    public record Endpoint(String service, int port, int targetPort) {
    }

    /**
     * The first TCP port of a service's Kubernetes Services, kompose's headless placeholder
     * aside, or null: what HTTP and a connection check can use.
     */
    public static Endpoint firstTcpPort(List<io.fabric8.kubernetes.api.model.Service> services) {
        for (io.fabric8.kubernetes.api.model.Service service : services) {
            for (ServicePort port : service.getSpec().getPorts()) {
                boolean placeholder = KubernetesServiceStep.HEADLESS_PORT_NAME.equals(port.getName())
                        && port.getPort() == KubernetesServiceStep.HEADLESS_PORT;
                if (!placeholder && Protocols.TCP.equals(protocolOf(port))) {
                    Integer target = port.getTargetPort() == null ? null : port.getTargetPort().getIntVal();
                    return new Endpoint(service.getMetadata().getName(), port.getPort(),
                            target == null || target == 0 ? port.getPort() : target);
                }
            }
        }
        return null;
    }

    /** The protocol of a written port: TCP when left out (Kubernetes' default, which kompose does not write). */
    public static String protocolOf(ServicePort port) {
        return port.getProtocol() == null ? Protocols.TCP : port.getProtocol();
    }

    /** As the container port's protocol; ContainerPortsStep has reported an unknown one. */
    private static String protocol(String composeProtocol) {
        String protocol = Protocols.kubernetes(composeProtocol);
        return protocol == null ? Protocols.TCP : protocol;
    }

    private static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
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

    private static ServicePort port(String name, int port, int target, String protocol, String appProtocol) {
        ServicePortBuilder builder = new ServicePortBuilder()
                .withName(name)
                .withPort(port)
                .withTargetPort(new IntOrString(target));
        if (!Protocols.TCP.equals(protocol)) {
            builder.withProtocol(protocol); // TCP is the default, which kompose leaves out
        }
        if (appProtocol != null && !appProtocol.isBlank()) {
            builder.withAppProtocol(appProtocol);
        }
        return builder.build();
    }
}
