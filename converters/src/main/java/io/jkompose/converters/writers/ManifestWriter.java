package io.jkompose.converters.writers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.SortedMap;

/**
 * Turns objects into text. One instance (one Jackson mapper) writes all output; the same objects
 * give the same bytes.
 */
public final class ManifestWriter {

    /** A YAML stream, one document per object, in the given order. */
    public String yaml(List<HasMetadata> objects) {
        throw new UnsupportedOperationException("being written");
    }

    /** One JSON document: a {@code v1 List} of the objects. */
    public String json(List<HasMetadata> objects) {
        throw new UnsupportedOperationException("being written");
    }

    /** One file per object, named {@code <name>-<kind>.yaml} (or {@code .json}), as kompose names them. */
    public SortedMap<String, String> files(List<HasMetadata> objects, boolean json) {
        throw new UnsupportedOperationException("being written");
    }

    /** A plain tree of maps, lists and scalars (for {@code jkompose config}), keys in the tree's order. */
    public String treeYaml(Object tree) {
        throw new UnsupportedOperationException("being written");
    }

    /** The same tree as JSON. */
    public String treeJson(Object tree) {
        throw new UnsupportedOperationException("being written");
    }
}
