package io.jkompose.converters.steps.storage;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;

/** Names of pod volumes that must not collide with the ones a service's pod has already. */
final class PodVolumeNames {

    private PodVolumeNames() {
    }

    /** {@code name}, or {@code name-2}, {@code name-3} ... when the pod has a volume of that name. */
    static String unique(ServiceContext context, String name) {
        String unique = name;
        for (int n = 2; context.hasPodVolume(unique); n++) {
            String suffix = "-" + n;
            unique = KubernetesNames.label(name.substring(0, Math.min(name.length(),
                    KubernetesNames.LABEL_MAX - suffix.length())) + suffix);
        }
        return unique;
    }
}
