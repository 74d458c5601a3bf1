package io.jkompose.parser.compose;

import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The parts of the specification the loader does not implement yet ({@code include},
 * {@code extends}, the {@code !reset} and {@code !override} tags). They are rejected where they are
 * written, never ignored: ignoring them would load a different project than the user wrote.
 */
final class UnsupportedFeatures {

    static final String RESET = "!reset";
    static final String OVERRIDE = "!override";

    private UnsupportedFeatures() {
    }

    /** Reports every {@code !reset} and {@code !override} tag in a document. */
    static void checkTags(YamlNode root, Values values) {
        Deque<YamlNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            YamlNode node = pending.pop();
            String tag = node.tag();
            if (RESET.equals(tag) || OVERRIDE.equals(tag)) {
                values.error(Codes.NOT_SUPPORTED, node.location(), "the " + tag
                        + " tag is not supported yet by jkompose",
                        "edit the files so that the merged result needs no " + tag);
            }
            if (node instanceof MappingNode mapping) {
                for (int i = mapping.entries().size() - 1; i >= 0; i--) {
                    pending.push(mapping.entries().get(i).value());
                }
            } else if (node instanceof SequenceNode sequence) {
                for (int i = sequence.items().size() - 1; i >= 0; i--) {
                    pending.push(sequence.items().get(i));
                }
            }
        }
    }

    static void include(MappingNode.Entry entry, Values values) {
        values.error(Codes.NOT_SUPPORTED, entry.key().location(), "'include' is not supported yet by jkompose",
                "pass the included files with -f instead (they merge rather than stay separate)");
    }

    static void extend(MappingNode.Entry entry, String service, Values values) {
        values.error(Codes.NOT_SUPPORTED, entry.key().location(), "services." + service
                + ".extends is not supported yet by jkompose", "copy the keys of the extended service into this one");
    }
}
