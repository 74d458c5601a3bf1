package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.EnvFile;
import io.jkompose.model.Service;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each {@code env_file} → a ConfigMap holding its variables, used through {@code envFrom}. The
 * ConfigMap is named after the file as written ({@code hadoop-hive-namenode.env} →
 * {@code hadoop-hive-namenode-env}, {@code .env} → {@code env}), as kompose names it, so that two
 * services reading one file share one ConfigMap (the copy made for the second is dropped at the
 * end, as kompose drops it).
 */
public final class EnvFileConfigMapStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("env_file");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Set<String> referenced = new HashSet<>();
        for (EnvFile file : service.process().envFiles()) {
            if (!file.required() && file.entries().isEmpty()) {
                continue; // an optional file that is missing adds nothing
            }
            String name = configMapName(file, context.name());
            if (!referenced.add(name)) {
                continue;
            }
            context.addObject(configMap(context, file, name));
            context.container().addToEnvFrom(new EnvFromSourceBuilder()
                    .withNewConfigMapRef().withName(name).endConfigMapRef()
                    .build());
        }
    }

    private static ConfigMap configMap(ServiceContext context, EnvFile file, String name) {
        Map<String, String> data = new TreeMap<>();
        file.entries().forEach((key, value) -> {
            if (KubernetesNames.isConfigKey(key)) {
                data.put(key, context.hostNames().rewrite(value)); // a renamed service is reached by its Service name
            } else {
                context.warn(ConverterCode.ENV_FILE_KEY_INVALID, file.location(),
                        "variable '" + key + "' of env file '" + file.written()
                                + "' is left out: a ConfigMap key may only hold letters, digits, '-', '_' and '.'",
                        "rename the variable");
            }
        });
        return new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(ServiceContext.SELECTOR_LABEL,
                        KubernetesNames.labelValue(context.name() + "-" + name))
                .endMetadata()
                .withData(data.isEmpty() ? null : data)
                .build();
    }

    /**
     * kompose's name for an env file's ConfigMap: the path as written without leading and trailing
     * dots and slashes, every other character that is not a letter or digit turned into '-',
     * prefixed with the service's name when that leaves a leading '-', then made a valid name.
     */
    public static String configMapName(EnvFile file, String serviceName) {
        String written = file.written() != null ? file.written()
                : file.path() != null && file.path().getFileName() != null ? file.path().getFileName().toString() : "";
        String trimmed = KubernetesNames.trimEnds(written, "./");
        String name = trimmed.replaceAll("[^a-zA-Z0-9]", "-");
        if (name.startsWith("-")) {
            name = serviceName + name;
        }
        return KubernetesNames.label(name, KubernetesNames.label(serviceName + "-env"));
    }
}
