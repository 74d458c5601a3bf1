package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What goes to the cluster: the converted objects of one Compose project.
 *
 * @param ownership the project's labels
 * @param namespace where namespaced objects without a namespace of their own go (the context's)
 * @param objects   the conversion's objects, in its order
 */
public record Application(Ownership ownership, String namespace, List<HasMetadata> objects) {

    public Application {
        objects = List.copyOf(objects);
    }
}
