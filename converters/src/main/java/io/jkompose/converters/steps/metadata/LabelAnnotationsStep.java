package io.jkompose.converters.steps.metadata;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.Map;
import java.util.Set;

/**
 * Compose {@code labels} → annotations of the workload, its pod template and its Services, as
 * kompose places them (labels are free text, which Kubernetes labels are not). Compose
 * {@code annotations} go to the pod template only, where they win on the same key. Like kompose, {@code kompose.*} keys are
 * left out when kompose annotations are switched off ({@code --with-kompose-annotation=false}).
 */
public final class LabelAnnotationsStep implements ServiceConversionStep {

    static final String KOMPOSE_PREFIX = "kompose.";

    @Override
    public Set<String> handledKeys() {
        return Set.of("labels", "annotations");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        // labels annotate the workload, its pods and Services, as kompose does; annotations are the pod's own
        add(context, service.labels(), "labels", context.annotations());
        add(context, service.annotations(), "annotations", context.podAnnotations());
    }

    private static void add(ServiceContext context, Map<String, String> entries, String key,
            Map<String, String> target) {
        boolean keepKompose = context.options().provenance().withKomposeAnnotation();
        entries.forEach((name, value) -> {
            if (name.startsWith(KOMPOSE_PREFIX) && !keepKompose) {
                return;
            }
            if (KubernetesNames.isQualifiedName(name)) {
                target.put(name, value == null ? "" : value);
            } else {
                context.warn(ConverterCode.INVALID_ANNOTATION, context.locationOf(key), "'" + name + "' of service '"
                        + context.service().name() + "' is not a valid annotation key; it is left out",
                        "use [prefix/]name with letters, digits, '-', '_' and '.'");
            }
        });
    }
}
