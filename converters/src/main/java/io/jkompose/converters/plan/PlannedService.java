package io.jkompose.converters.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kubernetes Service to make for a Compose service, decided by the plan; the build step writes
 * it as it is.
 *
 * @param name                  a DNS-1035 label
 * @param role                  why the Service is made
 * @param labels                its metadata labels
 * @param type                  its type
 * @param typeWritten           whether {@code spec.type} is written (kompose leaves ClusterIP out without a
 *                              {@code kompose.service.type} label)
 * @param headless              {@code clusterIP: None}: its name resolves to the ready pods' addresses
 * @param ports                 its ports, in order; empty for a Service that only gives pods their names
 * @param externalTrafficPolicy {@code Cluster}, {@code Local}, or null
 * @param selector              the pods it sends traffic to
 * @param annotated             whether it carries the service's annotations (as kompose places them)
 * @param governing             whether it is the governing Service of the service's StatefulSet
 *                              ({@code spec.serviceName}, which gives each pod its DNS name)
 */
public record PlannedService(String name, Role role, Map<String, String> labels, ServiceType type, boolean typeWritten,
        boolean headless, List<PlannedPort> ports, String externalTrafficPolicy, Map<String, String> selector,
        boolean annotated, boolean governing) {

    /** Why a Service is made. */
    public enum Role {
        /** The Service of the service's {@code ports} and {@code expose}, or one of a split LoadBalancer's. */
        PORTS,
        /** {@code <name>-external}: a LoadBalancer for OpenCompose's external ports only. */
        EXTERNAL,
        /** Made only to govern a StatefulSet's pods, which no Service of its ports can. */
        GOVERNING,
        /** Another name others reach the service by ({@code container_name}, {@code hostname}, an alias). */
        ALIAS
    }

    public PlannedService {
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        ports = List.copyOf(ports);
        selector = Collections.unmodifiableSortedMap(new TreeMap<>(selector));
    }

    /** The value of {@code spec.type}, or null to leave it out. */
    public String kubernetesType() {
        return typeWritten ? type.kubernetesType() : null;
    }

    /** This Service made headless to govern a StatefulSet: ClusterIP None, type written out, as kompose makes it. */
    PlannedService governingHeadless() {
        return new PlannedService(name, role, labels, ServiceType.CLUSTER_IP, true, true, ports, externalTrafficPolicy,
                selector, annotated, true);
    }

    PlannedService withSelector(Map<String, String> pods) {
        return new PlannedService(name, role, labels, type, typeWritten, headless, ports, externalTrafficPolicy, pods,
                annotated, governing);
    }
}
