package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.FileReference;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * A service's {@code secrets} → Secret volumes, each mounting the secret's one key as a single
 * file where Compose puts it: {@code /run/secrets/<target or source>}, or the target itself when
 * it is absolute. (kompose's default mounts {@code target} at {@code /run/secrets/<source>} and
 * rewrites '_' in paths; jkompose keeps Compose's paths.)
 */
public final class SecretFilesStep implements ServiceConversionStep {

    static final String SECRETS_DIR = "/run/secrets/";

    @Override
    public Set<String> handledKeys() {
        return Set.of("secrets");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        for (FileReference reference : service.storage().secrets()) {
            SourceLocation location = reference.location() != null ? reference.location() : context.locationOf("secrets");
            SecretDefinition secret = context.project().secrets().get(reference.source());
            if (secret == null) {
                context.warn(ConverterCode.SECRET_UNKNOWN, location, "service '" + service.name() + "' uses secret '"
                        + reference.source() + "', which the project does not define; it is not mounted",
                        "define it under the top-level 'secrets'");
                continue;
            }
            String key = SecretNames.objectName(reference.source());
            String secretName = key;
            if (secret.external()) {
                secretName = SecretNames.objectName(secret.name() != null ? secret.name() : reference.source());
                context.warn(ConverterCode.EXTERNAL_SECRET, location, "external secret '" + reference.source() + "' of service '"
                        + service.name() + "' is mounted from the Secret '" + secretName + "', which is not created",
                        "create that Secret, with the key '" + key + "', in the namespace before deploying");
            }
            if (reference.uid() != null || reference.gid() != null) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, location, "uid and gid of secret '" + reference.source()
                        + "' in service '" + service.name() + "' are not converted: a Secret volume has one owner",
                        "use the pod's securityContext.fsGroup");
            }
            String mountPath = mountPath(reference);
            String fileName = mountPath.substring(mountPath.lastIndexOf('/') + 1);
            String volumeName = PodVolumeNames.unique(context, KubernetesNames.label(reference.source()));
            context.addPodVolume(new VolumeBuilder()
                    .withName(volumeName)
                    .withNewSecret()
                    .withSecretName(secretName)
                    .withItems(new KeyToPathBuilder().withKey(key).withPath(fileName).build())
                    .withDefaultMode(reference.mode())
                    .endSecret()
                    .build());
            context.container().addToVolumeMounts(new VolumeMountBuilder()
                    .withName(volumeName)
                    .withMountPath(mountPath)
                    .withSubPath(fileName)
                    .build());
        }
    }

    /** Where Compose puts the secret's file. */
    static String mountPath(FileReference reference) {
        String target = reference.target();
        if (target == null || target.isBlank()) {
            return SECRETS_DIR + reference.source();
        }
        return target.startsWith("/") ? target : SECRETS_DIR + target;
    }
}
