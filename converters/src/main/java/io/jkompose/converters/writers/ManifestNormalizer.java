package io.jkompose.converters.writers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a serialized Kubernetes object into its written form: object keys sorted at every level,
 * and nothing that carries no meaning — no nulls, no empty lists, no empty objects, no
 * {@code status}, no {@code metadata.creationTimestamp}.
 *
 * <p>Two kinds of empty object are kept because their presence is the information:
 * <ul>
 *   <li>a field named in {@link #KEPT_WHEN_EMPTY};</li>
 *   <li>an element of a list: dropping it would shift or remove an entry, and an empty entry can
 *       mean something (a NetworkPolicy's {@code ingress: [{}]} allows all traffic, while no
 *       entry allows none).</li>
 * </ul>
 */
final class ManifestNormalizer {

    /**
     * Fields whose empty object means something, unlike an absent field.
     * <ul>
     *   <li>{@code emptyDir}: the choice of volume source; without it the volume has no source.</li>
     *   <li>{@code podSelector}: required in a NetworkPolicy spec, where {@code {}} selects every
     *       pod of the namespace; in a NetworkPolicy peer {@code {}} also means every pod.</li>
     *   <li>{@code namespaceSelector}: in a NetworkPolicy peer or a pod affinity term, {@code {}}
     *       means every namespace, while an absent one means only the object's own.</li>
     * </ul>
     * Other empty selectors, handlers and sources are either invalid or equal to absent.
     */
    static final Set<String> KEPT_WHEN_EMPTY = Set.of("emptyDir", "podSelector", "namespaceSelector");

    private ManifestNormalizer() {
    }

    /**
     * The written form of one object, a plain tree (see {@link ManifestTree}): maps with keys in
     * sorted order, lists, scalars. The root object is kept even when empty.
     */
    static SortedMap<String, Object> normalize(Object object) {
        if (!(object instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a Kubernetes object serializes to a JSON object, not "
                    + (object == null ? "null" : ManifestTree.toJson(object).getNodeType()));
        }
        return normalizeObject(map, false);
    }

    /** The same for a JSON tree, as a JSON tree. */
    static ObjectNode normalize(JsonNode object) {
        return (ObjectNode) ManifestTree.toJson(normalize(ManifestTree.fromJson(object)));
    }

    /** The value to write in place of {@code node}, or {@code null} to leave the field out. */
    private static Object normalize(Object node, String fieldName, boolean inList) {
        if (node == null || (node instanceof JsonNode json && (json.isNull() || json.isMissingNode()))) {
            return null;
        }
        if (node instanceof Map<?, ?> map) {
            SortedMap<String, Object> result = normalizeObject(map, "metadata".equals(fieldName));
            boolean keep = !result.isEmpty() || inList || KEPT_WHEN_EMPTY.contains(fieldName);
            return keep ? result : null;
        }
        if (node instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            for (Object element : list) {
                Object written = normalize(element, null, true);
                if (written != null) {
                    result.add(written);
                }
            }
            return result.isEmpty() ? null : result;
        }
        return node;
    }

    private static SortedMap<String, Object> normalizeObject(Map<?, ?> node, boolean isMetadata) {
        SortedMap<String, Object> result = new TreeMap<>();
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            String name = (String) entry.getKey();
            Object value = entry.getValue();
            if (isDropped(name, value, isMetadata)) {
                continue;
            }
            Object written = normalize(value, name, false);
            if (written != null) {
                result.put(name, written);
            }
        }
        return result;
    }

    /**
     * A {@code status} object is the server's report on an object (top level, or an embedded
     * object such as a volume claim template); API fields named {@code status} inside a status
     * are strings, so only object values are dropped.
     */
    private static boolean isDropped(String name, Object value, boolean isMetadata) {
        return ("status".equals(name) && value instanceof Map)
                || (isMetadata && "creationTimestamp".equals(name));
    }
}
