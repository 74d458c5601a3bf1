package io.jkompose.converters.plan;

/** The {@code spec.type} of a Kubernetes Service. */
enum ServiceType {
    CLUSTER_IP("ClusterIP"),
    NODE_PORT("NodePort"),
    LOAD_BALANCER("LoadBalancer");

    private final String kubernetesType;

    ServiceType(String kubernetesType) {
        this.kubernetesType = kubernetesType;
    }

    /** As written in {@code spec.type}. */
    public String kubernetesType() {
        return kubernetesType;
    }

    /** Whether the Service is reached from outside the cluster. */
    public boolean external() {
        return this != CLUSTER_IP;
    }
}
