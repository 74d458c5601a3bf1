package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;

/**
 * A node of a YAML document with the place it was written. The loader works on these rather than
 * on snakeyaml's nodes: they are immutable, aliases are already resolved, {@code <<} merge keys
 * applied, and every node knows its file, line and column.
 */
public sealed interface YamlNode permits ScalarNode, SequenceNode, MappingNode {

    /** The node's tag: a standard one from {@link Tags}, or a local one such as {@code !reset}. */
    String tag();

    SourceLocation location();

    /** A word for messages: "a string", "a list", "a mapping"... */
    String kind();

    default boolean isNull() {
        return false;
    }
}
