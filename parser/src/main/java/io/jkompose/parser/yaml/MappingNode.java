package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A mapping with string keys, in the order written. Keys are unique (the reader rejects duplicates). */
public final class MappingNode implements YamlNode {

    /** One key and its value; the key's location is where a message about the key points. */
    public record Entry(ScalarNode key, YamlNode value) {

        public String name() {
            return key.value();
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;
    private final String tag;
    private final SourceLocation location;

    public MappingNode(List<Entry> entries, String tag, SourceLocation location) {
        this.entries = List.copyOf(entries);
        this.byKey = new HashMap<>(entries.size() * 2);
        for (Entry entry : this.entries) {
            byKey.put(entry.name(), entry);
        }
        this.tag = tag;
        this.location = location;
    }

    public static MappingNode empty(SourceLocation location) {
        return new MappingNode(List.of(), Tags.MAP, location);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry entry(String key) {
        return byKey.get(key);
    }

    /** The value under {@code key}, or null when the key is absent. */
    public YamlNode get(String key) {
        Entry entry = byKey.get(key);
        return entry == null ? null : entry.value();
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    public int size() {
        return entries.size();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            keys.add(entry.name());
        }
        return keys;
    }

    public MappingNode withEntries(List<Entry> newEntries) {
        return new MappingNode(newEntries, tag, location);
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public String kind() {
        return "a mapping";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MappingNode that && entries.equals(that.entries) && tag.equals(that.tag)
                && location.equals(that.location);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "MappingNode" + keys() + "@" + location;
    }
}
