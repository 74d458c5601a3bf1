package io.jkompose.converters.plan;

import java.util.List;
import java.util.Objects;

/**
 * How a service is reached, decided once: the Kubernetes Services it gets and their ports, its
 * Ingress, the ports open to anyone, and whose pod it shares. The build steps only write what is
 * here; no step makes a Service headless or points it at other pods afterwards.
 *
 * @param services    the Kubernetes Services to make, in the order they are written: the Service
 *                    of its ports (or one per protocol of a split LoadBalancer), the
 *                    {@code -external} one, a governing headless one
 * @param ingress     the Ingress that {@code kompose.service.expose} asks for, or null
 * @param portsOnHost {@code kompose.controller.port.expose}: every published port is also a host port
 * @param openPorts   the container ports that the service makes reachable from outside the
 *                    project (its published {@code ports}, and its {@code expose} ports when a
 *                    NodePort, a LoadBalancer or an Ingress points at them), in the order written
 * @param sharesPodOf {@code network_mode: service:<name>}: the Compose service whose workload runs
 *                    the pod this service's container joins (followed to the end), or null
 */
public record NetworkPlan(List<PlannedService> services, IngressPlan ingress, boolean portsOnHost,
        List<OpenPort> openPorts, String sharesPodOf) {

    /** The prefix of a {@code network_mode} that names another service. */
    public static final String SHARED_NETWORK_PREFIX = "service:";

    /**
     * A container port and protocol.
     *
     * @param port     the container port
     * @param protocol {@code TCP}, {@code UDP} or {@code SCTP}
     */
    public record OpenPort(int port, String protocol) {

        // Written out, as in PlannedPort: a record's generated equals and hashCode build method handles on
        // their first call, which every short run paid for again (see ConvertStartupTest).
        @Override
        public boolean equals(Object other) {
            return other instanceof OpenPort that && port == that.port && Objects.equals(protocol, that.protocol);
        }

        @Override
        public int hashCode() {
            return 31 * port + Objects.hashCode(protocol);
        }
    }

    public NetworkPlan {
        services = List.copyOf(services);
        openPorts = List.copyOf(openPorts);
    }

    static NetworkPlan none() {
        return new NetworkPlan(List.of(), null, false, List.of(), null);
    }

    /** The name of the StatefulSet's governing Service ({@code spec.serviceName}), or null for other kinds. */
    public String governingService() {
        return services.stream().filter(PlannedService::governing).map(PlannedService::name).findFirst().orElse(null);
    }

    /**
     * The first TCP port of the service's Kubernetes Services, kompose's headless placeholder
     * aside, or null: what HTTP and a connection check can use.
     */
    public ServiceEndpoint firstTcpPort() {
        return firstTcpPort(services);
    }

    /** Whether anyone may connect to the container port: see {@link #openPorts()}. */
    public boolean isOpen(int port, String protocol) {
        return openPorts.contains(new OpenPort(port, protocol));
    }

    static ServiceEndpoint firstTcpPort(List<PlannedService> services) {
        for (PlannedService service : services) {
            for (PlannedPort port : service.ports()) {
                if (!port.placeholder() && Protocols.TCP.equals(port.protocol())) {
                    return new ServiceEndpoint(service.name(), port.port(),
                            port.targetPort() == 0 ? port.port() : port.targetPort());
                }
            }
        }
        return null;
    }
}
