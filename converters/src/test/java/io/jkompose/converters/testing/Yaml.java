package io.jkompose.converters.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Test-only YAML of objects (the real writer is ManifestWriter's business), for the validator and the diff tool. */
public final class Yaml {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    public static String of(List<HasMetadata> objects) {
        StringBuilder out = new StringBuilder();
        for (HasMetadata object : objects) {
            out.append(YAML.writeValueAsString(object));
        }
        return out.toString();
    }

    public static JsonNode tree(Object object) {
        return JSON.valueToTree(object);
    }
}
