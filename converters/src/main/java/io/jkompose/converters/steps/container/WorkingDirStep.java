package io.jkompose.converters.steps.container;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/** {@code working_dir} → the container's {@code workingDir}. */
public final class WorkingDirStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("working_dir");
    }

    @Override
    public void apply(ServiceContext context) {
        String dir = context.service().process().workingDir();
        if (dir != null && !dir.isBlank()) {
            context.container().withWorkingDir(dir);
        }
    }
}
