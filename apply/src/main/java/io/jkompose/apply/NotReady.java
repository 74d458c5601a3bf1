package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a workload is not ready, from its pods as the scheduler and the kubelet describe them: a pod
 * that cannot be scheduled (with the scheduler's message), a container waiting on its image or
 * crash-looping, one that exited with an error, a readiness probe not passing. Alike reasons of
 * several pods are one line with a count.
 */
public final class NotReady {

    /** Reasons a container waits that say nothing beyond "starting". */
    private static final Set<String> STARTING = Set.of("ContainerCreating", "PodInitializing");

    private NotReady() {
    }

    /** The reasons for a live workload, most telling first; never empty. */
    public static List<String> explain(KubernetesClient client, ObjectRef ref, HasMetadata live) {
        List<String> reasons = new ArrayList<>(controllerReasons(live));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Pod pod : pods(client, ref, live)) {
            for (String reason : podReasons(pod)) {
                counts.merge(reason, 1, Integer::sum);
            }
        }
        counts.forEach((reason, count) -> reasons.add(count == 1 ? reason : count + " pods: " + reason));
        if (reasons.isEmpty()) {
            reasons.add(live == null ? "the object is gone" : "no pods yet");
        }
        return reasons;
    }

    /** What one pod's status says is in the way. */
    public static List<String> podReasons(Pod pod) {
        List<String> reasons = new ArrayList<>();
        if (pod.getStatus() == null) {
            return reasons;
        }
        for (PodCondition condition : list(pod.getStatus().getConditions())) {
            if ("PodScheduled".equals(condition.getType()) && "False".equals(condition.getStatus())) {
                reasons.add(lower(condition.getReason()) + ": " + condition.getMessage());
            }
        }
        List<ContainerStatus> containers = new ArrayList<>(list(pod.getStatus().getInitContainerStatuses()));
        containers.addAll(list(pod.getStatus().getContainerStatuses()));
        for (ContainerStatus container : containers) {
            String name = "container " + container.getName();
            var state = container.getState();
            if (state != null && state.getWaiting() != null && !STARTING.contains(state.getWaiting().getReason())) {
                String message = state.getWaiting().getMessage();
                reasons.add(name + ": " + state.getWaiting().getReason() + (message == null ? "" : ": " + message));
            } else if (state != null && state.getTerminated() != null && state.getTerminated().getExitCode() != null
                    && state.getTerminated().getExitCode() != 0) {
                reasons.add(name + " exited with code " + state.getTerminated().getExitCode()
                        + (state.getTerminated().getReason() == null ? "" : " (" + state.getTerminated().getReason() + ")"));
            } else if (container.getRestartCount() != null && container.getRestartCount() > 0
                    && !Boolean.TRUE.equals(container.getReady())) {
                reasons.add(name + " restarted " + container.getRestartCount() + " times");
            }
        }
        if (reasons.isEmpty()) {
            for (PodCondition condition : list(pod.getStatus().getConditions())) {
                if ("Ready".equals(condition.getType()) && "False".equals(condition.getStatus())) {
                    reasons.add("not ready" + (condition.getMessage() == null ? " (readiness probe not passed yet)"
                            : ": " + condition.getMessage()));
                }
            }
        }
        return reasons;
    }

    /** A Deployment that cannot make pods at all says so in a condition (quota, a missing account). */
    private static List<String> controllerReasons(HasMetadata live) {
        List<String> reasons = new ArrayList<>();
        if (live instanceof Deployment deployment && deployment.getStatus() != null) {
            for (DeploymentCondition condition : list(deployment.getStatus().getConditions())) {
                if ("ReplicaFailure".equals(condition.getType()) && "True".equals(condition.getStatus())) {
                    reasons.add(condition.getMessage());
                }
            }
        }
        return reasons;
    }

    private static List<Pod> pods(KubernetesClient client, ObjectRef ref, HasMetadata live) {
        if (live instanceof Pod pod) {
            return List.of(pod);
        }
        LabelSelector selector = selector(live);
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            return List.of();
        }
        try {
            return client.pods().inNamespace(ref.namespace()).withLabels(selector.getMatchLabels()).list().getItems();
        } catch (KubernetesClientException e) {
            return List.of(); // the reasons are a courtesy at a timeout; the timeout itself is reported anyway
        }
    }

    private static LabelSelector selector(HasMetadata live) {
        if (live instanceof Deployment deployment) {
            return deployment.getSpec().getSelector();
        }
        if (live instanceof StatefulSet statefulSet) {
            return statefulSet.getSpec().getSelector();
        }
        if (live instanceof DaemonSet daemonSet) {
            return daemonSet.getSpec().getSelector();
        }
        if (live instanceof Job job) {
            return job.getSpec().getSelector();
        }
        return null;
    }

    private static String lower(String reason) {
        return reason == null ? "not scheduled" : reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + reason.substring(1);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
