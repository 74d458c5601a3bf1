package io.jkompose.model;

import java.util.SortedMap;

/** A top-level {@code networks} entry; {@code key} is the name services refer to it by. */
public record Network(String key, String name, String driver, boolean external, boolean internal,
        SortedMap<String, String> labels, SourceLocation location) {

    public Network {
        labels = Copies.sorted(labels);
    }
}
