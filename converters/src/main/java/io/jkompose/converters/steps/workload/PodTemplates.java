package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.openshift.api.model.DeploymentConfig;

/** The pod spec inside a built workload of any kind jkompose makes, for steps that change it afterwards. */
public final class PodTemplates {

    private PodTemplates() {
    }

    /** The workload's pod spec (a Pod's own spec), or null for an object that runs no pods. */
    public static PodSpec podSpec(HasMetadata workload) {
        if (workload instanceof Pod pod) {
            return pod.getSpec();
        }
        PodTemplateSpec template = template(workload);
        return template == null ? null : template.getSpec();
    }

    /** Replaces the workload's pod spec. */
    public static void setPodSpec(HasMetadata workload, PodSpec spec) {
        if (workload instanceof Pod pod) {
            pod.setSpec(spec);
            return;
        }
        PodTemplateSpec template = template(workload);
        if (template == null) {
            throw new IllegalArgumentException("a " + workload.getKind() + " has no pod template");
        }
        template.setSpec(spec);
    }

    /** The pod template of a Deployment, DeploymentConfig, DaemonSet, StatefulSet, CronJob or Job; null for others (a Pod). */
    public static PodTemplateSpec template(HasMetadata workload) {
        if (workload instanceof Deployment deployment) {
            return deployment.getSpec().getTemplate();
        }
        if (workload instanceof DeploymentConfig deploymentConfig) {
            return deploymentConfig.getSpec().getTemplate();
        }
        if (workload instanceof DaemonSet daemonSet) {
            return daemonSet.getSpec().getTemplate();
        }
        if (workload instanceof StatefulSet statefulSet) {
            return statefulSet.getSpec().getTemplate();
        }
        if (workload instanceof CronJob cronJob) {
            return cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
        }
        if (workload instanceof Job job) {
            return job.getSpec().getTemplate();
        }
        return null;
    }
}
