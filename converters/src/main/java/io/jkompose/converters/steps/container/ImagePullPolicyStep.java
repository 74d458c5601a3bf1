package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.Set;

/**
 * {@code imagePullPolicy} from kompose's {@code kompose.image-pull-policy} label, else from
 * Compose's {@code pull_policy}. Unset, Kubernetes' own default applies (as with kompose).
 */
public final class ImagePullPolicyStep implements ServiceConversionStep {

    static final String LABEL = "kompose.image-pull-policy";

    @Override
    public Set<String> handledKeys() {
        return Set.of("pull_policy");
    }

    @Override
    public Set<String> handledLabels() {
        return Set.of(LABEL);
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        String label = service.labels().get(LABEL);
        if (label != null) {
            if (Set.of("Always", "Never", "IfNotPresent").contains(label)) {
                context.container().withImagePullPolicy(label);
            } else {
                context.warn(ConverterCode.UNCONVERTED_VALUE, service.labelLocation(LABEL),
                        "label " + LABEL + " of service '" + service.name() + "' has the unknown value '" + label
                                + "'; it is not converted", "use Always, Never or IfNotPresent");
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
