package io.jkompose.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Defensive, null-tolerant copies for the records' compact constructors. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keys sorted, so that every stage iterates in the same, deterministic order. */
    static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptySortedMap();
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** Insertion order kept: for key locations, where order follows the file. */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
