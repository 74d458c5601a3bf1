package io.jkompose.converters.writers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tree of a fabric8 Kubernetes object as Jackson's bean serialization makes it
 * ({@code ObjectMapper.valueToTree}), once {@link ManifestNormalizer} has put both into their written
 * form; built without a mapper, of plain Java maps, lists and scalars.
 *
 * <p>Why: in a short {@code convert}, Jackson's first serialization of each model class (a mapper,
 * then introspecting every getter, setter, builder method and annotation of each class) took most of
 * the writing time and more than the conversion itself. fabric8's model classes are generated alike:
 * each property is a field annotated {@code @JsonProperty}, anything else sits in the
 * {@code additionalProperties} map that {@code @JsonAnyGetter} writes, and the few types with a
 * serializer of their own ({@link Quantity}, {@link AnyType} such as {@code IntOrString},
 * {@link Duration}) are written here the way those serializers write them. Inclusion rules
 * ({@code @JsonInclude}) are not read: null properties are left out and empty ones kept, and the
 * normalizer drops both alike. A value of any other kind (an enum, a class with a field annotated for
 * serialization, a class from elsewhere) goes to Jackson; ManifestTreeTest compares the two.
 */
final class ManifestTree {

    /** The annotations a simple model field may carry; any other one may change how Jackson writes it. */
    private static final Set<Class<? extends Annotation>> PLAIN_FIELD_ANNOTATIONS = Set.of(JsonProperty.class,
            JsonIgnore.class, JsonInclude.class);

    /**
     * The fabric8 model classes with a serializer of their own ({@code @JsonSerialize} on the class) that
     * {@link #of} does not write itself: Jackson does. Named here rather than looked up, since reading a
     * class's annotations makes a proxy class for each annotation type on it (four per model class);
     * ManifestTreeTest checks that every such class on the class path is here or handled in {@link #of}.
     */
    static final Set<String> OWN_SERIALIZER = Set.of("io.fabric8.kubernetes.api.model.MicroTime",
            "io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray",
            "io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool",
            "io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrStringArray",
            "io.fabric8.kubernetes.api.model.apiextensions.v1beta1.JSONSchemaPropsOrArray",
            "io.fabric8.kubernetes.api.model.apiextensions.v1beta1.JSONSchemaPropsOrBool",
            "io.fabric8.kubernetes.api.model.apiextensions.v1beta1.JSONSchemaPropsOrStringArray");

    /** A model class's properties, found once per class; empty for a class Jackson writes. */
    private static final ClassValue<Optional<List<Property>>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Optional<List<Property>> computeValue(Class<?> type) {
            return Optional.ofNullable(properties(type));
        }
    };

    private ManifestTree() {
    }

    /** One written property: a field, or the map whose entries {@code @JsonAnyGetter} writes. */
    private record Property(String name, Field field, boolean entries) {
    }

    /**
     * The plain tree of {@code value}: a {@code Map<String, Object>} for a Kubernetes object, whose values
     * are maps, lists, strings, booleans, {@code Integer}, {@code Long}, {@code Double}, null, and (only
     * from Jackson, rarely) other JSON scalars as JSON nodes. Plain Java rather than JSON nodes: Jackson's
     * node classes initialise {@code BigDecimal}, which on Java 25 computes 5^65536 (about 30 ms).
     */
    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new LinkedHashMap<>();
            map.forEach((key, entry) -> tree.put(String.valueOf(key), of(entry)));
            return tree;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> tree = new ArrayList<>(collection.size());
            collection.forEach(element -> tree.add(of(element)));
            return tree;
        }
        if (value instanceof Quantity quantity) {
            // Quantity.Serializer: amount and format, each when set
            return (quantity.getAmount() == null ? "" : quantity.getAmount())
                    + (quantity.getFormat() == null ? "" : quantity.getFormat());
        }
        if (value instanceof AnyType any) {
            // AnyType.Serializer (IntOrString's too): the value itself, written as it is
            return of(any.getValue());
        }
        if (value instanceof Duration duration) {
            return String.format("%sns", duration.getValue());  // Duration.Serializer
        }
        if (value instanceof JsonNode node) {
            return fromJson(node);
        }
        Optional<List<Property>> properties = PROPERTIES.get(value.getClass());
        return properties.isPresent() ? bean(value, properties.get())
                : fromJson(Jackson.MAPPER.valueToTree(value));
    }

    /** A JSON tree as a plain one; scalars other than those {@link #of} makes stay JSON nodes. */
    static Object fromJson(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> tree = new LinkedHashMap<>();
            node.properties().forEach(property -> tree.put(property.getKey(), fromJson(property.getValue())));
            return tree;
        }
        if (node.isArray()) {
            List<Object> tree = new ArrayList<>(node.size());
            node.values().forEach(element -> tree.add(fromJson(element)));
            return tree;
        }
        return switch (node.getNodeType()) {
            case NULL, MISSING -> null;
            case STRING -> node.stringValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.isInt() ? (Object) node.intValue() : node.isLong() ? (Object) node.longValue()
                    : node.isDouble() ? (Object) node.doubleValue() : node;
            default -> node;
        };
    }

    /** A plain tree as a JSON tree, for the writers that work on those (JSON, Helm). */
    static JsonNode toJson(Object tree) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (tree instanceof Map<?, ?> map) {
            ObjectNode node = nodes.objectNode();
            map.forEach((key, value) -> node.set((String) key, toJson(value)));
            return node;
        }
        if (tree instanceof List<?> list) {
            ArrayNode node = nodes.arrayNode(list.size());
            list.forEach(element -> node.add(toJson(element)));
            return node;
        }
        if (tree == null) {
            return nodes.nullNode();
        }
        if (tree instanceof String string) {
            return nodes.stringNode(string);
        }
        if (tree instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (tree instanceof Integer number) {
            return nodes.numberNode(number.intValue());
        }
        if (tree instanceof Long number) {
            return nodes.numberNode(number.longValue());
        }
        if (tree instanceof Double number) {
            return nodes.numberNode(number.doubleValue());
        }
        return (JsonNode) tree;
    }

    /** Whether {@link #of} writes objects of this class itself, field by field (else Jackson does). */
    static boolean writesFields(Class<?> type) {
        return PROPERTIES.get(type).isPresent();
    }

    private static Map<String, Object> bean(Object value, List<Property> properties) {
        Map<String, Object> node = new LinkedHashMap<>();
        for (Property property : properties) {
            Object field;
            try {
                field = property.field().get(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + property.field(), e);
            }
            if (field == null) {
                continue;
            }
            if (property.entries()) {
                ((Map<?, ?>) field).forEach((key, entry) -> node.put(String.valueOf(key), of(entry)));
            } else {
                node.put(property.name(), of(field));
            }
        }
        return node;
    }

    /**
     * The properties of a generated fabric8 model class (fields of it and its superclasses, the any-getter
     * map last, as Jackson writes it), or null when Jackson is to write the class.
     */
    private static List<Property> properties(Class<?> type) {
        if (!type.getName().startsWith("io.fabric8.") || type.isEnum() || type.isArray() || type.isInterface()
                || OWN_SERIALIZER.contains(type.getName())) {
            return null;
        }
        List<Property> properties = new ArrayList<>();
        Property entries = null;
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                for (Annotation annotation : field.getDeclaredAnnotations()) {
                    if (!PLAIN_FIELD_ANNOTATIONS.contains(annotation.annotationType())) {
                        return null;
                    }
                }
                JsonProperty json = field.getAnnotation(JsonProperty.class);
                boolean ignored = field.isAnnotationPresent(JsonIgnore.class);
                boolean anyGetter = ignored && field.getName().equals("additionalProperties")
                        && Map.class.isAssignableFrom(field.getType());
                if (anyGetter || (json != null && !ignored && json.access() != JsonProperty.Access.WRITE_ONLY)) {
                    if (!field.trySetAccessible()) {
                        return null;
                    }
                    Property property = new Property(json == null || json.value().isEmpty() ? field.getName()
                            : json.value(), field, anyGetter);
                    if (anyGetter) {
                        entries = property;
                    } else {
                        properties.add(property);
                    }
                }
            }
        }
        if (entries != null) {
            properties.add(entries);
        }
        return List.copyOf(properties);
    }

    /** Built only when a value needs it: most conversions never do. */
    private static final class Jackson {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
