package io.jkompose.converters.steps.runtime;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.jkompose.converters.steps.workload.PodTemplates;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds annotations to the pods of a built workload only, not to the workload or its Services (the
 * service context's annotations go to all three). The pod template is found by
 * {@link PodTemplates}, which knows every workload kind jkompose makes; a bare Pod is its own
 * template.
 */
final class PodTemplateAnnotations {

    private PodTemplateAnnotations() {
    }

    /**
     * Adds the annotations to the workload's pods, in place; keys the pods have already keep their
     * value (what the file says wins over what jkompose adds).
     *
     * @return false when the object has no pods to annotate
     */
    public static boolean add(HasMetadata workload, Map<String, String> annotations) {
        if (workload == null) {
            return false;
        }
        if (workload instanceof Pod pod) {
            pod.setMetadata(annotated(pod.getMetadata(), annotations));
            return true;
        }
        PodTemplateSpec template = PodTemplates.template(workload);
        if (template == null) {
            return false;
        }
        template.setMetadata(annotated(template.getMetadata(), annotations));
        return true;
    }

    private static ObjectMeta annotated(ObjectMeta metadata, Map<String, String> added) {
        ObjectMeta result = metadata == null ? new ObjectMeta() : metadata;
        Map<String, String> annotations = new TreeMap<>(added);
        if (result.getAnnotations() != null) {
            annotations.putAll(result.getAnnotations());
        }
        result.setAnnotations(annotations.isEmpty() ? null : annotations);
        return result;
    }
}
