package io.jkompose.converters;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the first of several objects with the same kind, namespace and name, as kompose does:
 * two services that use the same env file or the same named volume make the same ConfigMap or
 * claim. When the copies differ in more than their metadata, the later ones are lost, which the
 * user is told about.
 */
final class ObjectDeduplicator {

    private ObjectDeduplicator() {
    }

    static List<HasMetadata> deduplicate(List<HasMetadata> objects, Diagnostics diagnostics) {
        Map<String, HasMetadata> seen = new HashMap<>();
        List<HasMetadata> kept = new ArrayList<>(objects.size());
        for (HasMetadata object : objects) {
            String key = object.getKind() + "/" + Objects.toString(object.getMetadata().getNamespace(), "") + "/"
                    + object.getMetadata().getName();
            HasMetadata first = seen.putIfAbsent(key, object);
            if (first == null) {
                kept.add(object);
            } else if (!sameContent(first, object)) {
                diagnostics.warn(ConverterCode.DUPLICATE_OBJECT, SourceLocation.NONE,
                        "two different " + object.getKind() + " objects are named '" + object.getMetadata().getName()
                                + "'; only the first is written",
                        "give the Compose resources they come from names that stay different on Kubernetes");
            }
        }
        return kept;
    }

    /**
     * fabric8's objects compare field by field. The copy is dropped either way, so for the comparison
     * it borrows the first's metadata (and gets its own back): no copy or serialization is made, which
     * mattered when 10,000 services share one env file's ConfigMap.
     */
    private static boolean sameContent(HasMetadata first, HasMetadata copy) {
        ObjectMeta own = copy.getMetadata();
        copy.setMetadata(first.getMetadata());
        try {
            return first.equals(copy);
        } finally {
            copy.setMetadata(own);
        }
    }
}
