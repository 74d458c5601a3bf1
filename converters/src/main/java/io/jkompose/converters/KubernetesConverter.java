package io.jkompose.converters;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import java.util.Set;

/**
 * Converts a project into Kubernetes objects, through {@code ConversionPipeline.standard()}, the one
 * place that lists the steps and their order.
 */
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

    /**
     * Every Compose service key the conversion handles: the plan's and the steps'. A key outside
     * this set is reported as unconverted.
     */
    public static Set<String> handledKeys() {
        return ConversionPipeline.standard().handledKeys();
    }
}
