package io.jkompose.converters.writers.kustomize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON patch (RFC 6902) that turns one JSON tree into another: the list of {@code add},
 * {@code remove} and {@code replace} operations that Kustomize applies with a {@code patches:}
 * entry. Applied in order to the source, the operations give exactly the target, key order aside.
 *
 * <ul>
 *   <li>Objects are compared key by key (in sorted order, so the same trees give the same
 *       patch): a key only in the source is removed, one only in the target added, one in both
 *       compared further.</li>
 *   <li>A list whose elements have a clear identity — all scalars, or all objects with the same
 *       identifying field ({@code name}, {@code mountPath}, …), unique on both sides — is patched
 *       element by element: elements that are gone are removed (highest index first), elements
 *       that are new are added at their index, and elements on both sides are compared further.
 *       When identity is unclear, or the elements on both sides are in another order, the list is
 *       replaced as a whole.</li>
 *   <li>Anything else that differs (a scalar, or an object against a list) is replaced.</li>
 * </ul>
 */
final class JsonPatchDiff {

    /**
     * Fields that name a list's elements, tried in this order; the first one that every element
     * of both lists has, as a scalar, with no value twice in either list, is the identity.
     * A container port is known by its number and protocol, a Service port by its port and protocol.
     */
    private static final List<List<String>> IDENTITIES = List.of(
            List.of("name"),
            List.of("mountPath"),
            List.of("containerPort", "protocol"),
            List.of("port", "protocol"),
            List.of("key"),
            List.of("ip"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode operations = NODES.arrayNode();

    private JsonPatchDiff() {
    }

    /** The operations turning {@code source} into {@code target}; empty when they are equal. */
    static ArrayNode diff(JsonNode source, JsonNode target) {
        JsonPatchDiff diff = new JsonPatchDiff();
        diff.compare("", source, target);
        return diff.operations;
    }

    private void compare(String path, JsonNode source, JsonNode target) {
        if (source.equals(target)) {
            return;
        }
        if (source.isObject() && target.isObject()) {
            compareObjects(path, (ObjectNode) source, (ObjectNode) target);
        } else if (source.isArray() && target.isArray() && !path.isEmpty()) {
            compareArrays(path, (ArrayNode) source, (ArrayNode) target);
        } else if (path.isEmpty()) {
            // the whole document: RFC 6902 allows it, Kustomize's patch targets do not need it
            throw new IllegalArgumentException("only two objects can be compared, not " + source.getNodeType()
                    + " and " + target.getNodeType());
        } else {
            replace(path, target);
        }
    }

    private void compareObjects(String path, ObjectNode source, ObjectNode target) {
        Set<String> keys = new TreeSet<>(source.propertyNames());
        keys.addAll(target.propertyNames());
        for (String key : keys) {
            String child = path + "/" + escape(key);
            JsonNode before = source.get(key);
            JsonNode after = target.get(key);
            if (after == null) {
                operation("remove", child, null);
            } else if (before == null) {
                operation("add", child, after);
            } else {
                compare(child, before, after);
            }
        }
    }

    private void compareArrays(String path, ArrayNode source, ArrayNode target) {
        List<List<Object>> identities = identities(source, target);
        if (identities == null) {
            replace(path, target);
            return;
        }
        List<Object> before = identities.get(0);
        List<Object> after = identities.get(1);
        Set<Object> kept = new HashSet<>(after);
        List<Object> common = before.stream().filter(kept::contains).toList();
        Set<Object> old = new HashSet<>(before);
        if (common.isEmpty() || !common.equals(after.stream().filter(old::contains).toList())) {
            // nothing to keep, or kept elements in another order: a whole list says it plainest
            replace(path, target);
            return;
        }
        Map<Object, JsonNode> sourceElements = new HashMap<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!kept.contains(before.get(i))) {
                operation("remove", path + "/" + i, null);
            } else {
                sourceElements.put(before.get(i), source.get(i));
            }
        }
        // Now the list holds the common elements in order; walking the target, index i of the list
        // is already the target's up to i, and the next common element sits at i.
        for (int i = 0; i < target.size(); i++) {
            JsonNode previous = sourceElements.get(after.get(i));
            if (previous == null) {
                operation("add", path + "/" + i, target.get(i));
            } else {
                compare(path + "/" + i, previous, target.get(i));
            }
        }
    }

    /**
     * The identities of the elements of both lists, by the first rule under which each element of
     * each list has one and none occurs twice in a list; null when no rule does.
     */
    private static List<List<Object>> identities(ArrayNode source, ArrayNode target) {
        if (allScalars(source) && allScalars(target)) {
            return bothUnique(source, target, null);
        }
        for (List<String> fields : IDENTITIES) {
            if (hasFields(source, fields) && hasFields(target, fields)) {
                List<List<Object>> identities = bothUnique(source, target, fields);
                if (identities != null) {
                    return identities;
                }
            }
        }
        return null;
    }

    private static List<List<Object>> bothUnique(ArrayNode source, ArrayNode target, List<String> fields) {
        List<Object> before = unique(source, fields);
        List<Object> after = unique(target, fields);
        return before == null || after == null ? null : List.of(before, after);
    }

    private static boolean allScalars(ArrayNode list) {
        return list.valueStream().allMatch(JsonNode::isValueNode);
    }

    private static boolean hasFields(ArrayNode list, List<String> fields) {
        return list.valueStream().allMatch(element -> element.isObject()
                && fields.stream().allMatch(field -> element.has(field) && element.get(field).isValueNode()));
    }

    /** The identities in list order, or null when one occurs twice. */
    private static List<Object> unique(ArrayNode list, List<String> fields) {
        List<Object> identities = new ArrayList<>(list.size());
        Set<Object> seen = new HashSet<>();
        for (JsonNode element : list.values()) {
            Object identity = fields == null ? element
                    : fields.stream().map(element::get).toList();
            if (!seen.add(identity)) {
                return null;
            }
            identities.add(identity);
        }
        return identities;
    }

    private void replace(String path, JsonNode value) {
        operation("replace", path, value);
    }

    private void operation(String op, String path, JsonNode value) {
        ObjectNode operation = operations.addObject();
        operation.put("op", op);
        operation.put("path", path);
        if (value != null) {
            operation.set("value", value.deepCopy());
        }
    }

    /** A key as one reference token of a JSON pointer (RFC 6901): '~' is "~0", '/' is "~1". */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
