package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.jkompose.apply.RolloutState.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Reads a live workload's status the way {@code kubectl rollout status} does: a Deployment is done
 * when every replica is updated and available and no old one is left, a StatefulSet when every
 * replica is ready on the update revision, a DaemonSet when every scheduled pod is updated and
 * available, a Job when it is Complete, a Pod when it is Ready or Succeeded. Always after the
 * controller has seen the latest spec (observedGeneration).
 */
public final class Rollouts {

    private Rollouts() {
    }

    /** Whether jkompose waits for objects of this kind (a CronJob has nothing to roll out). */
    public static boolean followed(HasMetadata object) {
        return object instanceof Deployment || object instanceof StatefulSet || object instanceof DaemonSet
                || object instanceof Job || object instanceof Pod;
    }

    public static RolloutState state(ObjectRef ref, HasMetadata live) {
        if (live == null) {
            return new RolloutState(ref, 0, 0, Phase.PROGRESSING, "not found");
        }
        if (live instanceof Deployment deployment) {
            return deployment(ref, deployment);
        }
        if (live instanceof StatefulSet statefulSet) {
            return statefulSet(ref, statefulSet);
        }
        if (live instanceof DaemonSet daemonSet) {
            return daemonSet(ref, daemonSet);
        }
        if (live instanceof Job job) {
            return job(ref, job);
        }
        if (live instanceof Pod pod) {
            return pod(ref, pod);
        }
        return new RolloutState(ref, 0, 0, Phase.DONE, null);
    }

    private static RolloutState deployment(ObjectRef ref, Deployment deployment) {
        int desired = orZero(deployment.getSpec().getReplicas(), 1);
        var status = deployment.getStatus();
        if (status == null || stale(deployment, status.getObservedGeneration())) {
            return new RolloutState(ref, 0, desired, Phase.PROGRESSING, "waiting for the controller");
        }
        int available = orZero(status.getAvailableReplicas(), 0);
        for (DeploymentCondition condition : orEmpty(status.getConditions())) {
            if ("Progressing".equals(condition.getType()) && "ProgressDeadlineExceeded".equals(condition.getReason())) {
                return new RolloutState(ref, available, desired, Phase.FAILED, condition.getMessage());
            }
        }
        int updated = orZero(status.getUpdatedReplicas(), 0);
        int replicas = orZero(status.getReplicas(), 0);
        if (updated < desired) {
            return progressing(ref, available, desired, updated + " of " + desired + " updated");
        }
        if (replicas > updated) {
            return progressing(ref, available, desired, (replicas - updated) + " old pods still terminating");
        }
        if (available < updated) {
            return progressing(ref, available, desired, available + " of " + updated + " available");
        }
        return new RolloutState(ref, available, desired, Phase.DONE, null);
    }

    private static RolloutState statefulSet(ObjectRef ref, StatefulSet statefulSet) {
        int desired = orZero(statefulSet.getSpec().getReplicas(), 1);
        var status = statefulSet.getStatus();
        if (status == null || stale(statefulSet, status.getObservedGeneration())) {
            return new RolloutState(ref, 0, desired, Phase.PROGRESSING, "waiting for the controller");
        }
        int ready = orZero(status.getReadyReplicas(), 0);
        if (ready < desired) {
            return progressing(ref, ready, desired, ready + " of " + desired + " ready");
        }
        boolean onDelete = statefulSet.getSpec().getUpdateStrategy() != null
                && "OnDelete".equals(statefulSet.getSpec().getUpdateStrategy().getType());
        if (!onDelete && status.getUpdateRevision() != null
                && !Objects.equals(status.getUpdateRevision(), status.getCurrentRevision())
                && orZero(status.getUpdatedReplicas(), 0) < desired) {
            return progressing(ref, ready, desired, orZero(status.getUpdatedReplicas(), 0) + " of " + desired
                    + " updated");
        }
        return new RolloutState(ref, ready, desired, Phase.DONE, null);
    }

    private static RolloutState daemonSet(ObjectRef ref, DaemonSet daemonSet) {
        var status = daemonSet.getStatus();
        if (status == null || stale(daemonSet, status.getObservedGeneration())) {
            return new RolloutState(ref, 0, 0, Phase.PROGRESSING, "waiting for the controller");
        }
        int desired = orZero(status.getDesiredNumberScheduled(), 0);
        int available = orZero(status.getNumberAvailable(), 0);
        int updated = orZero(status.getUpdatedNumberScheduled(), 0);
        if (updated < desired) {
            return progressing(ref, available, desired, updated + " of " + desired + " updated");
        }
        if (available < desired) {
            return progressing(ref, available, desired, available + " of " + desired + " available");
        }
        return new RolloutState(ref, available, desired, Phase.DONE, null);
    }

    private static RolloutState job(ObjectRef ref, Job job) {
        int desired = orZero(job.getSpec().getCompletions(), 1);
        var status = job.getStatus();
        int succeeded = status == null ? 0 : orZero(status.getSucceeded(), 0);
        for (JobCondition condition : status == null ? List.<JobCondition>of() : orEmpty(status.getConditions())) {
            if (!"True".equals(condition.getStatus())) {
                continue;
            }
            if ("Complete".equals(condition.getType())) {
                return new RolloutState(ref, succeeded, desired, Phase.DONE, null);
            }
            if ("Failed".equals(condition.getType())) {
                return new RolloutState(ref, succeeded, desired, Phase.FAILED, "failed: "
                        + (condition.getMessage() != null ? condition.getMessage() : condition.getReason()));
            }
        }
        return progressing(ref, succeeded, desired, succeeded + " of " + desired + " completed");
    }

    private static RolloutState pod(ObjectRef ref, Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if ("Succeeded".equals(phase)) {
            return new RolloutState(ref, 1, 1, Phase.DONE, null);
        }
        if ("Failed".equals(phase)) {
            return new RolloutState(ref, 0, 1, Phase.FAILED, "failed: " + pod.getStatus().getReason());
        }
        boolean ready = pod.getStatus() != null && orEmpty(pod.getStatus().getConditions()).stream()
                .anyMatch(condition -> "Ready".equals(condition.getType()) && "True".equals(condition.getStatus()));
        return ready ? new RolloutState(ref, 1, 1, Phase.DONE, null)
                : progressing(ref, 0, 1, phase == null ? "pending" : phase.toLowerCase(java.util.Locale.ROOT));
    }

    private static RolloutState progressing(ObjectRef ref, int ready, int desired, String detail) {
        return new RolloutState(ref, ready, desired, Phase.PROGRESSING, detail);
    }

    private static boolean stale(HasMetadata object, Long observedGeneration) {
        Long generation = object.getMetadata().getGeneration();
        return generation != null && (observedGeneration == null || observedGeneration < generation);
    }

    private static int orZero(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
