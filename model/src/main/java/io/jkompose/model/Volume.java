package io.jkompose.model;

import java.util.SortedMap;

/**
 * A top-level {@code volumes} entry.
 *
 * @param key  the name services refer to it by
 * @param name the {@code name:} it was given, or null
 */
public record Volume(String key, String name, String driver, SortedMap<String, String> driverOpts,
        boolean external, SortedMap<String, String> labels, SourceLocation location) {

    public Volume {
        driverOpts = Copies.sorted(driverOpts);
        labels = Copies.sorted(labels);
    }
}
