package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;
import java.util.List;

public record SequenceNode(List<YamlNode> items, String tag, SourceLocation location) implements YamlNode {

    public SequenceNode {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }

    public SequenceNode withItems(List<YamlNode> newItems) {
        return new SequenceNode(newItems, tag, location);
    }
}
