package io.jkompose.parser.compose;

import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code !reset} and {@code !override} tags of the merge specification. While files, includes
 * and extended services are merged, a tagged value is a marker that tells the merge what to do with
 * the value below it ({@link TreeMerger}); once nothing is left below it, {@link #strip} turns the
 * markers into plain YAML: a {@code !reset} key or list item disappears, an {@code !override} value
 * becomes an ordinary value.
 */
final class OverrideTags {

    static final String RESET = "!reset";
    static final String OVERRIDE = "!override";

    private OverrideTags() {
    }

    static boolean isReset(YamlNode node) {
        return RESET.equals(node.tag());
    }

    static boolean isOverride(YamlNode node) {
        return OVERRIDE.equals(node.tag());
    }

    /** The tree without markers; the same instance when it holds none. */
    static YamlNode strip(YamlNode node) {
        if (!hasMarkers(node)) {
            return node;
        }
        return stripped(node);
    }

    /** Like {@link #strip(YamlNode)} for a mapping (a document, a service). */
    static MappingNode strip(MappingNode node) {
        return (MappingNode) strip((YamlNode) node);
    }

    /** Rebuilds the whole tree once (linear), rather than asking each subtree again whether it has markers. */
    private static YamlNode stripped(YamlNode node) {
        YamlNode plain = isOverride(node) ? untagged(node) : node;
        if (plain instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>(mapping.size());
            for (MappingNode.Entry entry : mapping.entries()) {
                if (!isReset(entry.value())) {
                    entries.add(new MappingNode.Entry(entry.key(), stripped(entry.value())));
                }
            }
            return mapping.withEntries(entries);
        }
        if (plain instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                if (!isReset(item)) {
                    items.add(stripped(item));
                }
            }
            return sequence.withItems(items);
        }
        return plain;
    }

    /** The node with the tag YAML would have given it without {@code !override}. */
    private static YamlNode untagged(YamlNode node) {
        if (node instanceof MappingNode mapping) {
            return new MappingNode(mapping.entries(), Tags.MAP, mapping.location());
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(sequence.items(), Tags.SEQ, sequence.location());
        }
        ScalarNode scalar = (ScalarNode) node;
        String tag = scalar.plain() ? YamlReader.implicitTag(scalar.value()) : Tags.STR;
        return new ScalarNode(scalar.value(), tag, scalar.plain(), scalar.location());
    }

    /** Iterative, so a deep tree cannot overflow the stack here. */
    static boolean hasMarkers(YamlNode root) {
        List<YamlNode> pending = new ArrayList<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            YamlNode node = pending.remove(pending.size() - 1);
            if (isReset(node) || isOverride(node)) {
                return true;
            }
            if (node instanceof MappingNode mapping) {
                for (MappingNode.Entry entry : mapping.entries()) {
                    pending.add(entry.value());
                }
            } else if (node instanceof SequenceNode sequence) {
                pending.addAll(sequence.items());
            }
        }
        return false;
    }
}
