package io.jkompose.parser.canonical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one mapping of the tree, key by key, in the order they are put. The {@code put…} methods
 * mirror Go's {@code omitempty}: an absent value, an empty string, list or map, a false flag and a
 * zero number leave the key out.
 */
final class Node {

    private final LinkedHashMap<String, Object> entries = new LinkedHashMap<>();

    /** Puts {@code value} when it is not null (a pointer field in Go: zero values are printed). */
    Node put(String key, Object value) {
        if (value != null) {
            entries.put(key, value);
        }
        return this;
    }

    /** Puts the key with a null value, which the serializer writes as {@code null}. */
    Node putNull(String key) {
        entries.put(key, null);
        return this;
    }

    Node text(String key, String value) {
        if (value != null && !value.isEmpty()) {
            entries.put(key, value);
        }
        return this;
    }

    Node list(String key, List<?> values) {
        if (values != null && !values.isEmpty()) {
            entries.put(key, new ArrayList<>(values));
        }
        return this;
    }

    Node map(String key, Map<String, ?> values) {
        if (values != null && !values.isEmpty()) {
            entries.put(key, values);
        }
        return this;
    }

    Node node(String key, Node child) {
        if (child != null && !child.isEmpty()) {
            entries.put(key, child.build());
        }
        return this;
    }

    /** Puts {@code child} even when it has no keys: Go prints a non-nil pointer to a struct as {@code {}}. */
    Node nodeEvenEmpty(String key, Node child) {
        if (child != null) {
            entries.put(key, child.build());
        }
        return this;
    }

    Node flag(String key, boolean value) {
        if (value) {
            entries.put(key, Boolean.TRUE);
        }
        return this;
    }

    Node flag(String key, Boolean value) {
        return flag(key, Boolean.TRUE.equals(value));
    }

    /** Puts a number unless it is null or zero. */
    Node number(String key, Number value) {
        if (value != null && value.doubleValue() != 0) {
            entries.put(key, value);
        }
        return this;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    LinkedHashMap<String, Object> build() {
        return entries;
    }
}
