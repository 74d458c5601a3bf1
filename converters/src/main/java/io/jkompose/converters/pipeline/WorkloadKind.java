package io.jkompose.converters.pipeline;

/**
 * The kind of object that runs a service's pods. Decided once per service (by
 * {@code WorkloadKindStep}), before the steps that build objects read it.
 */
public enum WorkloadKind {
    DEPLOYMENT("Deployment"),
    DAEMON_SET("DaemonSet"),
    STATEFUL_SET("StatefulSet"),
    /** A bare Pod: what kompose makes for {@code restart: "no"} and {@code on-failure}. */
    POD("Pod"),
    CRON_JOB("CronJob");

    private final String kind;

    WorkloadKind(String kind) {
        this.kind = kind;
    }

    /** The Kubernetes kind, as written in {@code kind:}. */
    public String kind() {
        return kind;
    }

    /** Whether its pods run forever (restartPolicy Always is the only one allowed). */
    public boolean restartsAlways() {
        return this == DEPLOYMENT || this == DAEMON_SET || this == STATEFUL_SET;
    }
}
