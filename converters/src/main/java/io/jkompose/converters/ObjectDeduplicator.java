package io.jkompose.converters;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

    private static boolean sameContent(HasMetadata a, HasMetadata b) {
        return withoutMetadata(a).equals(withoutMetadata(b));
    }

    private static JsonNode withoutMetadata(HasMetadata object) {
        JsonNode tree = Mapper.INSTANCE.valueToTree(object);
        if (tree instanceof ObjectNode node) {
            node.remove("metadata");
        }
        return tree;
    }

    /** Created only when duplicates occur: most conversions never need it. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }
}
