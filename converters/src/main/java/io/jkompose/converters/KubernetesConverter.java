package io.jkompose.converters;

import io.jkompose.converters.pipeline.ConversionPipeline;
import io.jkompose.model.Project;

/** Converts a project into Kubernetes objects, through {@link ConversionPipeline#standard()}. */
public final class KubernetesConverter {

    private KubernetesConverter() {
    }

    public static ConversionResult convert(Project project, ConvertOptions options) {
        return ConversionPipeline.standard().run(project, options);
    }
}
