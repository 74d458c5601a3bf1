package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.FileReference;
import io.jkompose.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A service's {@code configs} → a ConfigMap for each top-level config it uses, named after the
 * config, holding its {@code file}, its {@code content} or its {@code environment} variable's
 * value (kompose skips the last), mounted as one file at the config's target ({@code /<source>}
 * by default) with {@code subPath}, as Compose mounts it. The key is the file's name (for
 * {@code content} and {@code environment}, the target's), as kompose names it. An external
 * config is mounted from a ConfigMap that must exist.
 */
public final class ConfigFilesStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("configs");
    }

    @Override
    public void apply(ServiceContext context) {
        for (FileReference reference : context.service().storage().configs()) {
            SourceLocation location = reference.location() != null ? reference.location() : context.locationOf("configs");
            ConfigDefinition config = context.project().configs().get(reference.source());
            if (config == null) {
                context.warn(ConverterCode.CONFIG_UNKNOWN, location, "service '" + context.service().name() + "' uses config '"
                        + reference.source() + "', which the project does not define; it is not mounted",
                        "define it under the top-level 'configs'");
                continue;
            }
            String target = target(reference);
            String fileName = fileName(target);
            String configMapName;
            String key;
            if (config.external()) {
                configMapName = KubernetesNames.subdomain(config.name() != null ? config.name() : reference.source());
                key = ConfigMapData.key(reference.source());
                context.warn(ConverterCode.EXTERNAL_CONFIG, location, "external config '" + reference.source() + "' of service '"
                        + context.service().name() + "' is mounted from the ConfigMap '" + configMapName
                        + "', which is not created", "create that ConfigMap, with the key '" + key
                        + "', in the namespace before deploying");
            } else {
                byte[] content = content(context, config, location);
                if (content == null) {
                    continue;
                }
                configMapName = KubernetesNames.subdomain(reference.source());
                key = ConfigMapData.key(config.file() != null ? config.file().getFileName().toString() : fileName);
                context.addObject(ConfigMapData.fill(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName(configMapName)
                        .addToLabels(ServiceContext.SELECTOR_LABEL, context.workloadName())
                        .endMetadata(), List.of(new ConfigMapData.Entry(key, fileName, content))).build());
            }
            if (reference.uid() != null || reference.gid() != null) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, location, "uid and gid of config '" + reference.source()
                        + "' in service '" + context.service().name() + "' are not converted: a ConfigMap volume has "
                        + "one owner", "use the pod's securityContext.fsGroup");
            }
            String volumeName = PodVolumeNames.unique(context, KubernetesNames.label(reference.source()));
            context.addPodVolume(new VolumeBuilder()
                    .withName(volumeName)
                    .withNewConfigMap()
                    .withName(configMapName)
                    .withItems(new KeyToPathBuilder().withKey(key).withPath(fileName).build())
                    .withDefaultMode(reference.mode())
                    .endConfigMap()
                    .build());
            context.container().addToVolumeMounts(new VolumeMountBuilder()
                    .withName(volumeName)
                    .withMountPath(target)
                    .withSubPath(fileName)
                    .build());
        }
    }

    /** Where Compose puts the config: the target, {@code /<source>} by default. */
    static String target(FileReference reference) {
        String target = reference.target();
        if (target == null || target.isBlank()) {
            return "/" + reference.source();
        }
        return target.startsWith("/") ? target : "/" + target;
    }

    private static SourceLocation firstKnown(SourceLocation... locations) {
        for (SourceLocation location : locations) {
            if (location != null) {
                return location;
            }
        }
        return null;
    }

    /** The last part of a path: the mounted file's name. */
    private static String fileName(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static byte[] content(ServiceContext context, ConfigDefinition config, SourceLocation usedAt) {
        if (config.file() != null) {
            Path file = config.file();
            if (!file.isAbsolute() && context.project().workingDir() != null) {
                file = context.project().workingDir().resolve(file);
            }
            try {
                return context.projectContext().files().read(file);
            } catch (IOException e) {
                context.error(ConverterCode.CONFIG_UNREADABLE, firstKnown(config.fileLocation(), config.location(), usedAt),
                        "cannot read file '" + file + "' of config '" + config.key() + "': " + FileProblems.describe(e),
                        "check that the file exists and is readable");
                return null;
            }
        }
        if (config.content() != null) {
            return config.content().getBytes(StandardCharsets.UTF_8);
        }
        context.warn(ConverterCode.CONFIG_EMPTY, config.location() != null ? config.location() : usedAt,
                "config '" + config.key() + "' has no content"
                        + (config.environment() != null ? " (variable '" + config.environment() + "' is not set)" : "")
                        + "; it is not mounted in service '" + context.service().name() + "'",
                "give the config a file, content, or set its variable");
        return null;
    }
}
