package io.jkompose.converters;

import io.jkompose.model.Project;

/** Converts a project into Kubernetes objects. */
public final class KubernetesConverter {

    private KubernetesConverter() {
    }

    public static ConversionResult convert(Project project, ConvertOptions options) {
        throw new UnsupportedOperationException("the converters are being written");
    }
}
