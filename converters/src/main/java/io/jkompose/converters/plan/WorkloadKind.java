package io.jkompose.converters.plan;

/**
 * The kind of object that runs a service's pods. Decided once per service (by
 * {@link WorkloadKinds}), before the steps that build objects read it.
 */
public enum WorkloadKind {
    DEPLOYMENT("Deployment"),
    /**
     * OpenShift's DeploymentConfig (apps.openshift.io/v1): what a Deployment becomes with
     * {@code --provider openshift} (kompose's default there), unless {@code --deployment-config=false}.
     */
    DEPLOYMENT_CONFIG("DeploymentConfig"),
    DAEMON_SET("DaemonSet"),
    STATEFUL_SET("StatefulSet"),
    /** A bare Pod: what kompose makes for {@code restart: "no"} and {@code on-failure}. */
    POD("Pod"),
    CRON_JOB("CronJob"),
    /**
     * A Job: a one-off task that another service waits for to complete ({@code depends_on} with
     * {@code service_completed_successfully}); its pods run to completion once.
     */
    JOB("Job");

    private final String kind;

    WorkloadKind(String kind) {
        this.kind = kind;
    }

    /** The Kubernetes kind, as written in {@code kind:}. */
    public String kind() {
        return kind;
    }

    /** Whether it runs a number of replicas that can be set and scaled (Deployment, DeploymentConfig, StatefulSet). */
    public boolean scales() {
        return this == DEPLOYMENT || this == DEPLOYMENT_CONFIG || this == STATEFUL_SET;
    }

    /** Whether its pods run forever (restartPolicy Always is the only one allowed). */
    public boolean restartsAlways() {
        return this == DEPLOYMENT || this == DEPLOYMENT_CONFIG || this == DAEMON_SET || this == STATEFUL_SET;
    }
}
