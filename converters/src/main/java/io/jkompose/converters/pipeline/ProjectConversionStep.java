package io.jkompose.converters.pipeline;

import java.util.Set;

/** A concern of the whole project (the Namespace, the Secrets that several services share). */
public interface ProjectConversionStep {

    /** Service keys this step carries to Kubernetes; see {@link ServiceConversionStep#handledKeys()}. */
    default Set<String> handledKeys() {
        return Set.of();
    }

    void apply(ProjectContext context);
}
