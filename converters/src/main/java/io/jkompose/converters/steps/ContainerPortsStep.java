package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.HashSet;
import java.util.Set;

/**
 * The container ports: the target of each {@code ports} entry, then each {@code expose} port,
 * each port and protocol once, the protocol written out ({@code TCP}) as kompose writes it. Host
 * IPs and published ports belong to the Kubernetes Service, not to the container.
 */
public final class ContainerPortsStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("ports", "expose");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Set<String> seen = new HashSet<>();
        for (PortMapping mapping : service.ports()) {
            String protocol = protocol(context, mapping.protocol(), mapping.location());
            if (isPort(context, mapping.target(), mapping.location()) && seen.add(mapping.target() + "/" + protocol)) {
                ContainerPortBuilder port = new ContainerPortBuilder()
                        .withContainerPort(mapping.target())
                        .withProtocol(protocol);
                if (mapping.name() != null && KubernetesNames.isPortName(mapping.name())) {
                    port.withName(mapping.name());
                }
                context.container().addToPorts(port.build());
            }
        }
        for (ExposedPort exposed : service.expose()) {
            String protocol = protocol(context, exposed.protocol(), exposed.location());
            if (isPort(context, exposed.port(), exposed.location()) && seen.add(exposed.port() + "/" + protocol)) {
                context.container().addToPorts(new ContainerPortBuilder()
                        .withContainerPort(exposed.port())
                        .withProtocol(protocol)
                        .build());
            }
        }
    }

    /** The Kubernetes protocol; an unknown one is reported and taken as TCP. */
    static String protocol(ServiceContext context, String composeProtocol, SourceLocation location) {
        String protocol = Protocols.kubernetes(composeProtocol);
        if (protocol == null) {
            context.warn("unconverted-value", location == null ? context.locationOf("ports") : location,
                    "port protocol '" + composeProtocol + "' of service '" + context.service().name()
                            + "' is unknown to Kubernetes; TCP is used", "use tcp, udp or sctp");
            return Protocols.TCP;
        }
        return protocol;
    }

    static boolean isPort(ServiceContext context, int port, SourceLocation location) {
        if (port >= 1 && port <= 65535) {
            return true;
        }
        context.warn("unconverted-value", location == null ? context.locationOf("ports") : location,
                "port " + port + " of service '" + context.service().name() + "' is not between 1 and 65535; it is left out",
                null);
        return false;
    }
}
