package io.jkompose.converters;

import io.jkompose.converters.pipeline.ConversionPipeline;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;

/** Converts a project into Kubernetes objects, through {@link ConversionPipeline#standard()}. */
public final class KubernetesConverter {

    private KubernetesConverter() {
    }

    /**
     * @param files the project's files (bind-mounted project files become ConfigMaps; config and
     *              secret files their objects): the conversion reads nothing else. A project loaded
     *              from disk passes the parser's {@code DiskFileSource}.
     */
    public static ConversionResult convert(Project project, ConvertOptions options, FileSource files) {
        return ConversionPipeline.standard().run(project, options, files);
    }
}
