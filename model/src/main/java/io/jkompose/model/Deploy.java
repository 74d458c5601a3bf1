package io.jkompose.model;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

/** A service's {@code deploy} section. Absent parts are null. */
public record Deploy(String mode, Integer replicas, SortedMap<String, String> labels, Resources resources,
        Placement placement, RestartPolicy restartPolicy, UpdateConfig updateConfig, UpdateConfig rollbackConfig,
        String endpointMode, SourceLocation location) {

    public Deploy {
        labels = Copies.sorted(labels);
    }

    /** {@code deploy.resources}: what a container may use at most, and what it is guaranteed. */
    public record Resources(ResourceSpec limits, ResourceSpec reservations) {
    }

    /** @param memoryBytes memory in bytes, parsed from {@code 512M}, {@code 1gb}… */
    public record ResourceSpec(Double cpus, Long memoryBytes, Long pids, SourceLocation location) {
    }

    /** @param preferences the {@code spread} values of {@code placement.preferences} */
    public record Placement(List<String> constraints, List<String> preferences, Integer maxReplicasPerNode,
            SourceLocation location) {

        public Placement {
            constraints = Copies.list(constraints);
            preferences = Copies.list(preferences);
        }
    }

    /** @param condition when a task is restarted; null when unset */
    public record RestartPolicy(Condition condition, Duration delay, Integer maxAttempts, Duration window,
            SourceLocation location) {

        /** {@code deploy.restart_policy.condition}. */
        public enum Condition implements WrittenValue {
            NONE("none"),
            ON_FAILURE("on-failure"),
            ANY("any");

            private final String written;

            Condition(String written) {
                this.written = written;
            }

            /** The condition as a compose file writes it. */
            @Override
            public String written() {
                return written;
            }

            /** The condition written so, or null when {@code written} names none. */
            public static Condition fromWritten(String written) {
                return WrittenValue.fromWritten(Condition.class, written);
            }
        }
    }

    /** {@code update_config} and {@code rollback_config}. */
    public record UpdateConfig(Integer parallelism, Duration delay, String failureAction, Duration monitor,
            Double maxFailureRatio, String order, SourceLocation location) {
    }
}
