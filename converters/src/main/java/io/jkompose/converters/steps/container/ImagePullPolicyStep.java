package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.LabelValue;
import io.jkompose.model.Service;
import java.util.Set;

/**
 * {@code imagePullPolicy} from kompose's {@code kompose.image-pull-policy} label (checked by the plan), else from
 * Compose's {@code pull_policy}. Unset, Kubernetes' own default applies (as with kompose).
 */
public final class ImagePullPolicyStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("pull_policy");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        LabelValue<String> label = context.plan().container().imagePullPolicy();
        if (label != null) {
            // an unknown value was reported by the plan, and is not replaced by pull_policy
            if (label.valid()) {
                context.container().withImagePullPolicy(label.value());
            }
            return;
        }
        String policy = service.pullPolicy();
        if (policy == null || policy.isBlank()) {
            return;
        }
        switch (policy) {
            case "always" -> context.container().withImagePullPolicy("Always");
            case "never" -> context.container().withImagePullPolicy("Never");
            case "missing", "if_not_present" -> context.container().withImagePullPolicy("IfNotPresent");
            case "build" -> context.warn(ConverterCode.UNCONVERTED_VALUE, service.locationOf("pull_policy"),
                    "pull_policy 'build' of service '" + service.name()
                            + "' is not converted: a cluster does not build images",
                    "push the built image to a registry and remove pull_policy");
            default -> {
                // daily, weekly, every_<duration>: the nearest Kubernetes policy checks on every start
                context.container().withImagePullPolicy("Always");
                context.warn(ConverterCode.UNCONVERTED_VALUE, service.locationOf("pull_policy"),
                        "pull_policy '" + policy + "' of service '" + service.name()
                                + "' becomes imagePullPolicy Always: Kubernetes has no periodic refresh", null);
            }
        }
    }
}
