package io.jkompose.converters;

/**
 * Which workload each service becomes and how many replicas it runs.
 *
 * @param replicas {@code --replicas}: overrides every service's replica count when not null
 */
public record WorkloadOptions(Integer replicas) {

    public static WorkloadOptions defaults() {
        return new WorkloadOptions(null);
    }

    public WorkloadOptions withReplicas(Integer value) {
        return new WorkloadOptions(value);
    }
}
