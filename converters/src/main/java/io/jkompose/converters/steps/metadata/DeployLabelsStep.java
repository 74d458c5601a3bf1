package io.jkompose.converters.steps.metadata;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * {@code deploy.labels} → labels of the workload's own metadata (not of its pods: selectors stay
 * {@code io.kompose.service} only), as kompose places them. Pairs that are not valid Kubernetes
 * labels are reported.
 */
public final class DeployLabelsStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("deploy.labels");
    }

    @Override
    public void apply(ServiceContext context) {
        Deploy deploy = context.service().deploy();
        if (deploy == null) {
            return;
        }
        SourceLocation location = deploy.location() != null ? deploy.location() : context.locationOf("deploy");
        deploy.labels().forEach((key, value) -> {
            String text = value == null ? "" : value;
            if (ServiceContext.SELECTOR_LABEL.equals(key)) {
                context.warn(ConverterCode.INVALID_LABEL, location, "deploy label '" + key + "' of service '"
                        + context.service().name() + "' is left out: jkompose sets it to select the pods", null);
            } else if (KubernetesNames.isQualifiedName(key) && KubernetesNames.isLabelValue(text)) {
                context.workloadLabels().put(key, text);
            } else {
                context.warn(ConverterCode.INVALID_LABEL, location, "deploy label '" + key + "=" + text + "' of service '"
                        + context.service().name() + "' is not a valid Kubernetes label; it is left out",
                        "keys and values: at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric");
            }
        });
    }
}
