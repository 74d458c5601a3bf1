package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;

/**
 * An object's identity in the cluster, as kubectl prints it ({@code deployment/web}).
 *
 * @param namespace null for cluster-wide kinds
 */
public record ObjectRef(String kind, String namespace, String name) {

    /** @param defaultNamespace where a namespaced object without a namespace of its own goes */
    static ObjectRef of(HasMetadata object, String defaultNamespace) {
        String namespace = namespaced(object)
                ? (object.getMetadata().getNamespace() != null ? object.getMetadata().getNamespace() : defaultNamespace)
                : null;
        return new ObjectRef(object.getKind(), namespace, object.getMetadata().getName());
    }

    /** Generic objects (listed by prune and down) do not carry the model's marker: the table knows. */
    private static boolean namespaced(HasMetadata object) {
        Kinds.Kind kind = Kinds.named(object.getKind());
        return kind != null ? kind.namespaced() : object instanceof Namespaced;
    }

    @Override
    public String toString() {
        return kind.toLowerCase(java.util.Locale.ROOT) + "/" + name;
    }
}
