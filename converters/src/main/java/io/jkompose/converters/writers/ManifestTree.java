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
 * The JSON tree of a fabric8 Kubernetes object as Jackson's bean serialization makes it
 * ({@code ObjectMapper.valueToTree}), once {@link ManifestNormalizer} has put both into their written
 * form; built without a mapper.
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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The annotations a simple model field may carry; any other one may change how Jackson writes it. */
    private static final Set<Class<? extends Annotation>> PLAIN_FIELD_ANNOTATIONS = Set.of(JsonProperty.class,
            JsonIgnore.class, JsonInclude.class);

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

    /** The tree of {@code value}: an object node for a Kubernetes object. */
    static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String string) {
            return NODES.stringNode(string);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number.intValue());
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number.longValue());
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((key, entry) -> node.set(String.valueOf(key), of(entry)));
            return node;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode node = NODES.arrayNode(collection.size());
            collection.forEach(element -> node.add(of(element)));
            return node;
        }
        if (value instanceof Quantity quantity) {
            // Quantity.Serializer: amount and format, each when set
            return NODES.stringNode((quantity.getAmount() == null ? "" : quantity.getAmount())
                    + (quantity.getFormat() == null ? "" : quantity.getFormat()));
        }
        if (value instanceof AnyType any) {
            // AnyType.Serializer (IntOrString's too): the value itself, written as it is
            return of(any.getValue());
        }
        if (value instanceof Duration duration) {
            return NODES.stringNode(String.format("%sns", duration.getValue()));  // Duration.Serializer
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        Optional<List<Property>> properties = PROPERTIES.get(value.getClass());
        return properties.isPresent() ? bean(value, properties.get()) : Jackson.MAPPER.valueToTree(value);
    }

    /** Whether {@link #of} writes objects of this class itself, field by field (else Jackson does). */
    static boolean writesFields(Class<?> type) {
        return PROPERTIES.get(type).isPresent();
    }

    private static ObjectNode bean(Object value, List<Property> properties) {
        ObjectNode node = NODES.objectNode();
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
                ((Map<?, ?>) field).forEach((key, entry) -> node.set(String.valueOf(key), of(entry)));
            } else {
                node.set(property.name(), of(field));
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
                || type.isAnnotationPresent(tools.jackson.databind.annotation.JsonSerialize.class)) {
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
