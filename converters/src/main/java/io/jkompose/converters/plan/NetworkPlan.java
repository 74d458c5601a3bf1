package io.jkompose.converters.plan;

/** The Kubernetes Services that make a service reachable, and their ports, decided once. */
public record NetworkPlan() {

    static NetworkPlan none() {
        return new NetworkPlan();
    }
}
