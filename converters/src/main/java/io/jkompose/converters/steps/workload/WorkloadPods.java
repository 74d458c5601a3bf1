package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Changes to the pods of a built workload of any kind (Deployment, DaemonSet, StatefulSet, CronJob,
 * Job, bare Pod), for the steps that run after the workloads are built. The workload is changed in
 * place and returned.
 *
 * <p>(Rewritten by the workloads helper after its own file of this name overwrote this one by
 * mistake; the two methods keep the signatures that DependencyWaitStep and NetworkPolicyStep call.
 * The workloads helper's pod-spec access is in {@link PodTemplates}.)
 */
public final class WorkloadPods {

    private WorkloadPods() {
    }

    /** The containers go first among the pod's init containers; an existing one of the same name is replaced. */
    public static HasMetadata prependInitContainers(HasMetadata workload, List<Container> containers) {
        PodSpec spec = PodTemplates.podSpec(workload);
        if (spec == null || containers.isEmpty()) {
            return workload;
        }
        Set<String> names = new HashSet<>();
        containers.forEach(container -> names.add(container.getName()));
        List<Container> initContainers = new ArrayList<>(containers);
        if (spec.getInitContainers() != null) {
            spec.getInitContainers().stream().filter(c -> !names.contains(c.getName())).forEach(initContainers::add);
        }
        spec.setInitContainers(initContainers);
        return workload;
    }

    /** Adds labels to the workload's pods (not to its selector); the labels the pods have already win. */
    public static HasMetadata addLabels(HasMetadata workload, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return workload;
        }
        ObjectMeta metadata;
        if (workload instanceof Pod pod) {
            metadata = pod.getMetadata();
        } else {
            PodTemplateSpec template = PodTemplates.template(workload);
            if (template == null) {
                return workload;
            }
            if (template.getMetadata() == null) {
                template.setMetadata(new ObjectMeta());
            }
            metadata = template.getMetadata();
        }
        Map<String, String> merged = new TreeMap<>(labels);
        if (metadata.getLabels() != null) {
            merged.putAll(metadata.getLabels());
        }
        metadata.setLabels(merged);
        return workload;
    }
}
