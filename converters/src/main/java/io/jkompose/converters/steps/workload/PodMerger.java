package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the containers of one service's pod into another's, for services that share a pod
 * (service groups, {@code network_mode: service:<name>}). Containers, init containers and volumes
 * are added (a name taken by something else gets a suffix, and the mounts follow); equal volumes
 * are mounted once. Every other pod setting is merged: lists are joined, a setting only one pod
 * has is kept, and where both differ, the {@link Conflicts} policy decides, with a warning.
 */
final class PodMerger {

    enum Conflicts {
        /** The joining service's value replaces the pod's (kompose's service groups: the last service wins). */
        LATER_WINS,
        /** The pod keeps its own value (a container joining another service's network). */
        FIRST_WINS
    }

    private static final Set<String> MERGED_BY_NAME = Set.of("containers", "initContainers", "volumes");

    private PodMerger() {
    }

    /**
     * The pod spec with the source's pod merged in.
     *
     * @param source   the service whose pod joins
     * @param owner    the Compose name of the service whose pod it joins, for messages
     */
    static PodSpec merge(ServiceContext source, String owner, PodSpec into, PodSpec from, Conflicts conflicts) {
        Map<String, String> renamedVolumes = new HashMap<>();
        List<Volume> volumes = mergeVolumes(list(into.getVolumes()), list(from.getVolumes()), renamedVolumes);
        Set<String> containerNames = new HashSet<>();
        list(into.getContainers()).forEach(c -> containerNames.add(c.getName()));
        list(into.getInitContainers()).forEach(c -> containerNames.add(c.getName()));
        List<Container> containers = new ArrayList<>(list(into.getContainers()));
        for (Container container : list(from.getContainers())) {
            containers.add(join(source, container, containerNames, renamedVolumes));
        }
        List<Container> initContainers = new ArrayList<>(list(into.getInitContainers()));
        for (Container container : list(from.getInitContainers())) {
            if (!initContainers.contains(container)) {
                initContainers.add(join(source, container, containerNames, renamedVolumes));
            }
        }
        PodSpec merged = mergeSettings(source, owner, into, from, conflicts);
        merged.setContainers(containers);
        merged.setInitContainers(initContainers.isEmpty() ? null : initContainers);
        merged.setVolumes(volumes.isEmpty() ? null : volumes);
        return merged;
    }

    private static List<Volume> mergeVolumes(List<Volume> into, List<Volume> from, Map<String, String> renamed) {
        Map<String, Volume> byName = new LinkedHashMap<>();
        into.forEach(volume -> byName.put(volume.getName(), volume));
        for (Volume volume : from) {
            Volume present = byName.get(volume.getName());
            if (present == null) {
                byName.put(volume.getName(), volume);
            } else if (!present.equals(volume)) {
                String name = unique(volume.getName(), byName.keySet());
                renamed.put(volume.getName(), name);
                volume.setName(name);
                byName.put(name, volume);
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static Container join(ServiceContext source, Container container, Set<String> names,
            Map<String, String> renamedVolumes) {
        String name = unique(container.getName(), names);
        if (!name.equals(container.getName())) {
            source.warn(ConverterCode.NAME_CHANGED, source.service().location(), "container '" + container.getName()
                    + "' of service '" + source.service().name() + "' is named '" + name
                    + "' in the pod it shares with another service", null);
            container.setName(name);
        }
        names.add(name);
        for (VolumeMount mount : list(container.getVolumeMounts())) {
            String volume = renamedVolumes.get(mount.getName());
            if (volume != null) {
                mount.setName(volume);
            }
        }
        return container;
    }

    private static String unique(String name, Set<String> taken) {
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            String suffix = "-" + n;
            unique = KubernetesNames.label(name.substring(0, Math.min(name.length(),
                    KubernetesNames.LABEL_MAX - suffix.length())) + suffix);
        }
        return unique;
    }

    /** Every setting but containers and volumes, field by field, whatever the steps have set. */
    private static PodSpec mergeSettings(ServiceContext source, String owner, PodSpec into, PodSpec from,
            Conflicts conflicts) {
        JsonMapper mapper = Mapper.INSTANCE;
        ObjectNode merged = settings(mapper.valueToTree(into));
        ObjectNode joining = settings(mapper.valueToTree(from));
        for (Map.Entry<String, JsonNode> field : joining.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode present = merged.get(name);
            if (present == null) {
                merged.set(name, value);
            } else if (present.equals(value)) {
                continue;
            } else if (present.isArray() && value.isArray()) {
                ArrayNode union = ((ArrayNode) present).deepCopy();
                for (JsonNode element : value) {
                    if (!contains(union, element)) {
                        union.add(element);
                    }
                }
                merged.set(name, union);
            } else {
                boolean replace = conflicts == Conflicts.LATER_WINS;
                source.warn(ConverterCode.POD_SETTING_CONFLICT, source.service().location(), "pod setting '" + name
                        + "' of service '" + source.service().name() + "' (" + text(value) + ") "
                        + (replace ? "replaces" : "gives way to") + " that of service '" + owner + "' ("
                        + text(present) + ") in the pod they share", null);
                if (replace) {
                    merged.set(name, value);
                }
            }
        }
        return mapper.treeToValue(merged, PodSpec.class);
    }

    /** The pod's settings that carry meaning: no containers or volumes, nulls or empty values. */
    private static ObjectNode settings(JsonNode spec) {
        ObjectNode settings = Mapper.INSTANCE.createObjectNode();
        for (Map.Entry<String, JsonNode> field : spec.properties()) {
            JsonNode value = field.getValue();
            boolean empty = value == null || value.isNull() || (value.isContainer() && value.isEmpty());
            if (!empty && !MERGED_BY_NAME.contains(field.getKey())) {
                settings.set(field.getKey(), value);
            }
        }
        return settings;
    }

    private static boolean contains(ArrayNode array, JsonNode element) {
        for (JsonNode present : array) {
            if (present.equals(element)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode value) {
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Created when pods are merged, which most conversions never do. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }
}
