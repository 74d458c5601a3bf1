package io.jkompose.converters.plan;

import java.util.Objects;

/**
 * A port of a planned Kubernetes Service.
 *
 * @param name        a valid port name, unique in the Service
 * @param port        the Service's port
 * @param targetPort  the container port it forwards to; 0 for kompose's headless placeholder
 * @param protocol    {@code TCP}, {@code UDP} or {@code SCTP}
 * @param appProtocol the Compose port's {@code app_protocol}, or null
 * @param nodePort    the node port ({@code kompose.service.nodeport.port}), or null
 */
public record PlannedPort(String name, int port, int targetPort, String protocol, String appProtocol,
        Integer nodePort) {

    /**
     * kompose's placeholder port of a headless Service without ports, so that the name still
     * resolves to the pods; kompose writes targetPort 0, which an API server defaults to the port.
     */
    static final PlannedPort HEADLESS_PLACEHOLDER = new PlannedPort("headless", 55555, 0, Protocols.TCP, null, null);

    /** Whether this is kompose's placeholder port, which nothing listens on. */
    public boolean placeholder() {
        return equals(HEADLESS_PLACEHOLDER);
    }

    /**
     * Written out: a record's generated equals and hashCode build method handles (and, on Java 17, classes)
     * on their first call, which every short run paid for again; ConvertStartupTest keeps it that way.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlannedPort that && port == that.port && targetPort == that.targetPort
                && Objects.equals(name, that.name) && Objects.equals(protocol, that.protocol)
                && Objects.equals(appProtocol, that.appProtocol) && Objects.equals(nodePort, that.nodePort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, port, targetPort, protocol, appProtocol, nodePort);
    }

    PlannedPort withoutNodePort() {
        return new PlannedPort(name, port, targetPort, protocol, appProtocol, null);
    }

    PlannedPort withNodePort(int nodePort) {
        return new PlannedPort(name, port, targetPort, protocol, appProtocol, nodePort);
    }
}
