package io.jkompose.converters.steps.metadata;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;

/**
 * {@code kompose.cmd} and {@code kompose.version} annotations (unless
 * {@code --with-kompose-annotation=false}) on the objects kompose puts them on: the workload, its
 * pod template and its Services.
 */
public final class KomposeAnnotationStep implements ServiceConversionStep {

    public static final String COMMAND = "kompose.cmd";
    public static final String VERSION = "kompose.version";

    @Override
    public void apply(ServiceContext context) {
        ConvertOptions options = context.options();
        if (options.provenance().withKomposeAnnotation()) {
            context.annotations().put(COMMAND, options.provenance().commandLine() == null ? "" : options.provenance().commandLine());
            context.annotations().put(VERSION, options.provenance().toolVersion() == null ? "" : options.provenance().toolVersion());
        }
    }
}
