package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.TreeMap;

/**
 * Builds the pod template from what the steps put into a service's context, for whichever
 * workload kind embeds it. The restart policy belongs to the workload kind.
 */
final class PodTemplateAssembler {

    private PodTemplateAssembler() {
    }

    public static PodTemplateSpec assemble(ServiceContext context, String restartPolicy) {
        PodSpecBuilder spec = new PodSpecBuilder(context.podSpec().build())
                .addToContainers(0, context.container().build())
                .withRestartPolicy(restartPolicy);
        TreeMap<String, String> annotations = new TreeMap<>(context.annotations());
        annotations.putAll(context.podAnnotations());
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(context.selectorLabels())
                .withAnnotations(annotations.isEmpty() ? null : annotations)
                .endMetadata()
                .withSpec(spec.build())
                .build();
    }
}
