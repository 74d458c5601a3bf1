package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
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
import java.util.TreeMap;

/**
 * A Kubernetes Service for a service with {@code ports} or {@code expose}: each published port
 * (or the container port when none is published) forwards to its container port. Ports are
 * named as kompose names them: the port number, or {@code <port>-<protocol>} for the second
 * protocol on one number. A port and protocol pair is written once (an API server rejects
 * duplicates).
 */
public final class KubernetesServiceStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("ports", "expose");
    }

    @Override
    public void apply(ServiceContext context) {
        List<ServicePort> ports = ports(context);
        if (ports.isEmpty()) {
            return;
        }
        String name = KubernetesNames.dns1035Label(context.name());
        if (!name.equals(context.name())) {
            context.warn("name-changed", context.service().location(),
                    "the Kubernetes Service of '" + context.service().name() + "' is named '" + name
                            + "': a Service name must start with a letter",
                    "other services must reach it as '" + name + "'");
        }
        ServiceBuilder service = new ServiceBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(context.selectorLabels())
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withPorts(ports)
                .withSelector(context.selectorLabels())
                .endSpec();
        context.addKubernetesService(service.build());
    }

    private static List<ServicePort> ports(ServiceContext context) {
        Service service = context.service();
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
            if (isDuplicate(context, targets, port, protocol, mapping.target(), mapping.location())) {
                continue;
            }
            String name = mapping.name() != null && KubernetesNames.isLabel(mapping.name()) && !names.contains(mapping.name())
                    ? mapping.name()
                    : portName(port, protocol, numbers, names);
            ports.add(port(name, port, mapping.target(), protocol, mapping.appProtocol()));
            numbers.add(port);
            names.add(name);
        }
        for (ExposedPort exposed : service.expose()) {
            if (!isPort(exposed.port())) {
                continue;
            }
            String protocol = protocol(exposed.protocol());
            if (targets.containsKey(exposed.port() + "/" + protocol)) {
                continue; // already published by a ports entry
            }
            targets.put(exposed.port() + "/" + protocol, exposed.port());
            String name = portName(exposed.port(), protocol, numbers, names);
            ports.add(port(name, exposed.port(), exposed.port(), protocol, null));
            numbers.add(exposed.port());
            names.add(name);
        }
        return ports;
    }

    /** As the container port's protocol; ContainerPortsStep has reported an unknown one. */
    private static String protocol(String composeProtocol) {
        String protocol = Protocols.kubernetes(composeProtocol);
        return protocol == null ? Protocols.TCP : protocol;
    }

    private static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }

    private static boolean isDuplicate(ServiceContext context, Map<String, Integer> targets, int port, String protocol,
            int target, SourceLocation location) {
        Integer earlier = targets.putIfAbsent(port + "/" + protocol, target);
        if (earlier == null) {
            return false;
        }
        if (earlier != target) {
            context.warn("duplicate-port", location == null ? context.locationOf("ports") : location,
                    "port " + port + "/" + protocol.toLowerCase(Locale.ROOT) + " of service '" + context.service().name()
                            + "' is published twice; the Kubernetes Service forwards it to container port " + earlier
                            + " only", "publish each port once");
        }
        return true;
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
