package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object as a tree, without what the server keeps for itself (managed fields, versions, ids,
 * times, status): what is left is what an apply can change, so two such trees are equal exactly
 * when applying would change nothing.
 */
final class LiveObjects {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private LiveObjects() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> comparable(HasMetadata object) {
        Map<String, Object> tree = SERIALIZATION.convertValue(object, LinkedHashMap.class);
        tree.remove("status");
        Object metadata = tree.get("metadata");
        if (metadata instanceof Map<?, ?> map) {
            Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) map);
            for (String key : new String[] {"managedFields", "resourceVersion", "uid", "creationTimestamp",
                    "generation", "selfLink"}) {
                meta.remove(key);
            }
            tree.put("metadata", meta);
        }
        return tree;
    }
}
