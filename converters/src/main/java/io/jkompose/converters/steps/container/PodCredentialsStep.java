package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.List;
import java.util.Set;

/**
 * kompose's labels for what the pod runs as and pulls with: {@code kompose.serviceaccount-name}
 * → serviceAccountName, {@code kompose.image-pull-secret} → an imagePullSecrets entry. Both name
 * objects in the cluster, so a name the API server would refuse is reported.
 */
public final class PodCredentialsStep implements ServiceConversionStep {

    static final String SERVICE_ACCOUNT = "kompose.serviceaccount-name";
    static final String PULL_SECRET = "kompose.image-pull-secret";

    @Override
    public Set<String> handledLabels() {
        return Set.of(SERVICE_ACCOUNT, PULL_SECRET);
    }

    @Override
    public void apply(ServiceContext context) {
        String account = name(context, SERVICE_ACCOUNT);
        if (account != null) {
            context.podSpec().withServiceAccountName(account);
        }
        String secret = name(context, PULL_SECRET);
        if (secret != null) {
            List<LocalObjectReference> existing = context.podSpec().buildImagePullSecrets();
            if (existing == null || existing.stream().noneMatch(reference -> secret.equals(reference.getName()))) {
                context.podSpec().addNewImagePullSecret().withName(secret).endImagePullSecret();
            }
        }
    }

    private static String name(ServiceContext context, String label) {
        String value = context.service().labels().get(label);
        if (value == null) {
            return null;
        }
        String name = value.strip();
        if (KubernetesNames.isSubdomain(name)) {
            return name;
        }
        context.warn(ConverterCode.INVALID_LABEL, context.service().labelLocation(label), "label " + label + " of service '"
                + context.service().name() + "' is not converted: '" + value + "' is not a valid object name",
                "use lower-case letters, digits, '-' and '.'");
        return null;
    }
}
