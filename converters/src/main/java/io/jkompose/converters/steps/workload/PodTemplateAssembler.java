package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the pod template from what the steps put into a service's context, for whichever
 * workload kind embeds it. The restart policy belongs to the workload kind.
 */
final class PodTemplateAssembler {

    private PodTemplateAssembler() {
    }

    /**
     * The template is put together from built objects rather than through more builders: each
     * builder copies the whole pod spec again, which was the largest allocation of a conversion.
     * The workload steps set it on their built workload for the same reason.
     */
    public static PodTemplateSpec assemble(ServiceContext context, String restartPolicy) {
        PodSpec spec = context.podSpec().build();
        List<Container> containers = new ArrayList<>();
        containers.add(context.container().build());
        if (spec.getContainers() != null) {
            containers.addAll(spec.getContainers());
        }
        spec.setContainers(containers);
        spec.setRestartPolicy(restartPolicy);
        TreeMap<String, String> annotations = new TreeMap<>(context.annotations());
        annotations.putAll(context.podAnnotations());
        ObjectMeta metadata = new ObjectMetaBuilder()
                .withLabels(context.selectorLabels())
                .withAnnotations(annotations.isEmpty() ? null : annotations)
                .build();
        return new PodTemplateSpec(metadata, spec);
    }
}
