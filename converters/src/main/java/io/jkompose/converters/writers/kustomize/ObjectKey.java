package io.jkompose.converters.writers.kustomize;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes two objects of two conversions the same object: apiVersion, kind, namespace (null
 * when none) and name, as Kustomize tells resources apart.
 */
record ObjectKey(String apiVersion, String kind, String namespace, String name) {

    static ObjectKey of(HasMetadata object) {
        String kind = object.getKind() == null ? HasMetadata.getKind(object.getClass()) : object.getKind();
        String apiVersion = object.getApiVersion() == null ? HasMetadata.getApiVersion(object.getClass())
                : object.getApiVersion();
        String namespace = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " without metadata.name cannot be part of a Kustomize tree");
        }
        return new ObjectKey(apiVersion, kind, namespace == null || namespace.isEmpty() ? null : namespace, name);
    }

    /** A {@code patches:} entry's {@code target}: group (left out for the core group), version, kind, name, namespace. */
    Map<String, String> target() {
        Map<String, String> target = new LinkedHashMap<>();
        int slash = apiVersion.indexOf('/');
        if (slash >= 0) {
            target.put("group", apiVersion.substring(0, slash));
        }
        target.put("version", apiVersion.substring(slash + 1));
        target.put("kind", kind);
        // Kustomize reads the name as a regular expression (anchored); '.' is the only character of a
        // Kubernetes name that means something else there
        target.put("name", name.replace(".", "\\."));
        if (namespace != null) {
            target.put("namespace", namespace);
        }
        return target;
    }

    @Override
    public String toString() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name + " (" + apiVersion + ")";
    }
}
