package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.ContainerDirectives;
import io.jkompose.converters.plan.LabelValue;
import java.util.List;

/**
 * kompose's labels for what the pod runs as and pulls with: {@code kompose.serviceaccount-name}
 * → serviceAccountName, {@code kompose.image-pull-secret} → an imagePullSecrets entry. Both name
 * objects in the cluster; the plan ({@link ContainerDirectives}) reports a name the API server would refuse.
 */
public final class PodCredentialsStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        ContainerDirectives labels = context.plan().container();
        String account = name(labels.serviceAccount());
        if (account != null) {
            context.podSpec().withServiceAccountName(account);
        }
        String secret = name(labels.imagePullSecret());
        if (secret != null) {
            List<LocalObjectReference> existing = context.podSpec().buildImagePullSecrets();
            if (existing == null || existing.stream().noneMatch(reference -> secret.equals(reference.getName()))) {
                context.podSpec().addNewImagePullSecret().withName(secret).endImagePullSecret();
            }
        }
    }

    private static String name(LabelValue<String> label) {
        return label == null ? null : label.value();
    }
}
