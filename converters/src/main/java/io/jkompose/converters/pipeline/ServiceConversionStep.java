package io.jkompose.converters.pipeline;

import java.util.Set;

/**
 * One concern of turning a Compose service into Kubernetes objects (its image, its ports, its
 * volumes ...). A step reads the model service from the context and writes into the context's
 * builders or adds objects; it never reads another step's private state.
 */
public interface ServiceConversionStep {

    /**
     * The service keys this step carries to Kubernetes, spelled as in the Compose file
     * ({@code env_file}); a part of {@code deploy} is named {@code deploy.<sub-key>}. Every key a
     * service writes that no step claims gets an {@code unconverted-key} warning.
     */
    default Set<String> handledKeys() {
        return Set.of();
    }

    /** The {@code kompose.*} label directives this step honours; the others get a warning. */
    default Set<String> handledLabels() {
        return Set.of();
    }

    void apply(ServiceContext context);
}
