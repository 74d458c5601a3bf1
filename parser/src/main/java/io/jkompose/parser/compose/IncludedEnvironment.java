package io.jkompose.parser.compose;

import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@code environment} entry without a value takes the value of the environment it was loaded
 * in. For an included model that is the include's environment (its env files), which the project
 * no longer knows once the model is imported, so such entries are filled in before the import.
 */
final class IncludedEnvironment {

    private IncludedEnvironment() {
    }

    static MappingNode resolve(MappingNode model, Function<String, String> lookup) {
        MappingNode.Entry servicesEntry = model.entry("services");
        if (servicesEntry == null || !(servicesEntry.value() instanceof MappingNode services)) {
            return model;
        }
        List<MappingNode.Entry> resolved = new ArrayList<>(services.size());
        boolean changed = false;
        for (MappingNode.Entry entry : services.entries()) {
            MappingNode.Entry result = entry;
            if (entry.value() instanceof MappingNode service && service.entry("environment") != null) {
                MappingNode.Entry environment = service.entry("environment");
                YamlNode filled = fill(environment.value(), lookup);
                if (filled != environment.value()) {
                    List<MappingNode.Entry> keys = new ArrayList<>(service.entries());
                    keys.set(keys.indexOf(environment), new MappingNode.Entry(environment.key(), filled));
                    result = new MappingNode.Entry(entry.key(), service.withEntries(keys));
                    changed = true;
                }
            }
            resolved.add(result);
        }
        if (!changed) {
            return model;
        }
        List<MappingNode.Entry> top = new ArrayList<>(model.entries());
        top.set(top.indexOf(servicesEntry), new MappingNode.Entry(servicesEntry.key(), services.withEntries(resolved)));
        return model.withEntries(top);
    }

    private static YamlNode fill(YamlNode environment, Function<String, String> lookup) {
        if (environment instanceof MappingNode mapping) {
            List<MappingNode.Entry> entries = new ArrayList<>(mapping.size());
            boolean changed = false;
            for (MappingNode.Entry entry : mapping.entries()) {
                String value = entry.value().isNull() ? lookup.apply(entry.name()) : null;
                if (value != null) {
                    entries.add(new MappingNode.Entry(entry.key(), ScalarNode.string(value, entry.value().location())));
                    changed = true;
                } else {
                    entries.add(entry);
                }
            }
            return changed ? mapping.withEntries(entries) : mapping;
        }
        if (environment instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.items().size());
            boolean changed = false;
            for (YamlNode item : sequence.items()) {
                String value = item instanceof ScalarNode scalar && !scalar.isNull() && scalar.value().indexOf('=') < 0
                        ? lookup.apply(scalar.value()) : null;
                if (value != null) {
                    items.add(ScalarNode.string(((ScalarNode) item).value() + "=" + value, item.location()));
                    changed = true;
                } else {
                    items.add(item);
                }
            }
            return changed ? sequence.withItems(items) : sequence;
        }
        return environment;
    }
}
