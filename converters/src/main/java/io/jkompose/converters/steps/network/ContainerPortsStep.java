package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.Protocols;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.HashSet;
import java.util.Set;

/**
 * The container ports: the target of each {@code ports} entry, then each {@code expose} port,
 * each port and protocol once, the protocol written out ({@code TCP}) as kompose writes it.
 * Published ports belong to the Kubernetes Service, except where the node's own port is asked
 * for: a port with {@code mode: host} (Compose's "publish on the node running the task") or every
 * port under {@code kompose.controller.port.expose: true} (kompose's label) becomes a
 * {@code hostPort}, with its {@code host_ip} as {@code hostIP}. Otherwise a {@code host_ip} that
 * limits who can connect (127.0.0.1) has no Kubernetes counterpart and is reported.
 */
public final class ContainerPortsStep implements ServiceConversionStep {

    private static final Set<String> ALL_INTERFACES = Set.of("0.0.0.0", "::", "[::]");

    @Override
    public Set<String> handledKeys() {
        return Set.of("ports", "expose");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        boolean allOnHost = context.plan().network().portsOnHost();
        Set<String> seen = new HashSet<>();
        Set<String> reportedHostIps = new HashSet<>();
        for (PortMapping mapping : service.networking().ports()) {
            String protocol = protocol(context, mapping.protocol(), mapping.location());
            if (!isPort(context, mapping.target(), mapping.location()) || !seen.add(mapping.target() + "/" + protocol)) {
                continue;
            }
            ContainerPortBuilder port = new ContainerPortBuilder()
                    .withContainerPort(mapping.target())
                    .withProtocol(protocol);
            if (mapping.name() != null) {
                if (KubernetesNames.isPortName(mapping.name())) {
                    port.withName(mapping.name());
                } else {
                    context.warn(ConverterCode.UNCONVERTED_VALUE, location(context, mapping.location()), "port name '"
                            + mapping.name() + "' of service '" + service.name() + "' is left out of the container "
                            + "port: it is not an IANA service name", "use at most 15 lower-case letters, digits and "
                            + "'-', with a letter");
                }
            }
            onHost(context, mapping, allOnHost, port, reportedHostIps);
            context.container().addToPorts(port.build());
        }
        for (ExposedPort exposed : service.networking().expose()) {
            String protocol = protocol(context, exposed.protocol(), exposed.location());
            if (isPort(context, exposed.port(), exposed.location()) && seen.add(exposed.port() + "/" + protocol)) {
                context.container().addToPorts(new ContainerPortBuilder()
                        .withContainerPort(exposed.port())
                        .withProtocol(protocol)
                        .build());
            }
        }
    }

    /**
     * hostPort and hostIP where the node's port is asked for; a host_ip that is lost otherwise is
     * reported once per address (a range of ports shares one).
     */
    private static void onHost(ServiceContext context, PortMapping mapping, boolean allOnHost, ContainerPortBuilder port,
            Set<String> reportedHostIps) {
        boolean hostMode = "host".equals(mapping.mode());
        String hostIp = mapping.hostIp() == null || mapping.hostIp().isBlank() || ALL_INTERFACES.contains(mapping.hostIp())
                ? null : mapping.hostIp();
        Integer published = mapping.publishedPort();
        if ((hostMode || allOnHost) && published != null) {
            port.withHostPort(published).withHostIP(hostIp);
            return;
        }
        if (hostMode) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location(context, mapping.location()), "port " + mapping.target()
                    + " of service '" + context.service().name() + "' has mode host but no single published port; "
                    + "it gets no hostPort", "publish it on one port, as in 8080:" + mapping.target());
        }
        if (hostIp != null && reportedHostIps.add(hostIp)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location(context, mapping.location()), "host_ip " + hostIp
                    + " of service '" + context.service().name() + "' is not converted: the Kubernetes Service "
                    + "makes its ports reachable in the whole cluster",
                    "to bind it on the node only, use mode: host, which makes a hostPort on this address");
        }
    }

    private static SourceLocation location(ServiceContext context, SourceLocation location) {
        return location == null ? context.locationOf("ports") : location;
    }

    /** The Kubernetes protocol; an unknown one is reported and taken as TCP. */
    static String protocol(ServiceContext context, String composeProtocol, SourceLocation location) {
        String protocol = Protocols.kubernetes(composeProtocol);
        if (protocol == null) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location(context, location),
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
        context.warn(ConverterCode.UNCONVERTED_VALUE, location(context, location),
                "port " + port + " of service '" + context.service().name() + "' is not between 1 and 65535; it is left out",
                null);
        return false;
    }
}
