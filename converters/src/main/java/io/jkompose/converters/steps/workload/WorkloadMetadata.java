package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.Map;
import java.util.TreeMap;

/** The metadata of a service's workload, whatever its kind: name, labels and annotations as kompose sets them. */
final class WorkloadMetadata {

    private WorkloadMetadata() {
    }

    /** {@code deploy.labels} and the selector label; the service's annotations. */
    static ObjectMeta of(ServiceContext context) {
        Map<String, String> labels = new TreeMap<>(context.workloadLabels());
        labels.putAll(context.selectorLabels());
        return new ObjectMetaBuilder()
                .withName(context.workloadName())
                .withLabels(labels)
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .build();
    }
}
