package io.jkompose.converters.writers.kustomize;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.writers.ManifestFileNames;
import io.jkompose.converters.writers.ManifestWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Writes converted objects as a Kustomize tree: a {@code base/} folder that {@code kubectl kustomize}
 * builds into exactly the plain output, and for each Compose override file an
 * {@code overlays/NAME/} folder that builds into exactly the conversion with that file added.
 *
 * <ul>
 *   <li>{@code base/}: one file per object, named and written as plain {@code convert} writes them,
 *       and a {@code kustomization.yaml} that lists them in the output's order
 *       ({@code sortOptions: fifo}, so Kustomize keeps that order instead of sorting by kind).</li>
 *   <li>{@code overlays/NAME/}: a {@code kustomization.yaml} with {@code resources: [../../base]}
 *       and, per object, what turns the base's object into the overlay's: a JSON patch (RFC 6902,
 *       exact, computed by {@link JsonPatchDiff}) in {@code <file>-patch.yaml} for an object that
 *       changed, a strategic-merge {@code $patch: delete} in {@code <file>-delete.yaml} for an
 *       object the overlay does not have, and the object's own file for one only the overlay has.
 *       Objects are the same when their apiVersion, kind, namespace and name are.</li>
 * </ul>
 *
 * <p>An overlay's objects come out in the base's order, followed by the objects only the overlay
 * has: Kustomize cannot put a resource of an overlay between those of its base.
 *
 * <p>With {@code json}, objects and patches are written as JSON ({@code .json}), which Kustomize
 * reads as well; the {@code kustomization.yaml} files stay YAML, the only name Kustomize looks for.
 * The same objects give the same bytes.
 */
public final class KustomizeWriter {

    /** The folder of the base, relative to the tree's root. */
    public static final String BASE = "base";
    /** The folder that holds one folder per overlay, relative to the tree's root. */
    public static final String OVERLAYS = "overlays";
    /** The file Kustomize reads in each folder. */
    public static final String KUSTOMIZATION = "kustomization.yaml";

    private final ManifestWriter writer;
    private final ObjectMapper json = JsonMapper.builder().build();

    /** @param writer writes the objects and patches, as in plain output */
    public KustomizeWriter(ManifestWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * The files of the tree, keyed by their path relative to its root ({@code base/web-deployment.yaml},
     * {@code overlays/prod/kustomization.yaml}), sorted by it.
     *
     * @param base     the plain conversion, in output order
     * @param overlays overlay name (a plain folder name) to the conversion with that override, in output order
     * @throws IllegalArgumentException for an overlay name that is not a plain folder name, or two
     *                                  objects of one conversion with the same identity (Kustomize refuses those)
     */
    public SortedMap<String, String> files(List<HasMetadata> base, Map<String, List<HasMetadata>> overlays,
            boolean json) {
        SortedMap<String, String> files = new TreeMap<>();
        String extension = json ? ".json" : ".yaml";
        List<String> baseNames = ManifestFileNames.of(base, extension);
        SortedMap<String, String> baseFiles = writer.files(base, json);
        baseFiles.forEach((name, content) -> files.put(BASE + "/" + name, content));
        files.put(BASE + "/" + KUSTOMIZATION, kustomization(new ArrayList<>(baseNames), List.of()));

        if (!overlays.isEmpty()) {
            Map<ObjectKey, Integer> baseIndex = index(base);
            List<JsonNode> baseTrees = trees(base);
            overlays.forEach((name, objects) -> {
                checkFolderName(name);
                overlay(OVERLAYS + "/" + name + "/", base, baseNames, baseIndex, baseTrees, objects, extension, json)
                        .forEach(files::put);
            });
        }
        return files;
    }

    private Map<String, String> overlay(String folder, List<HasMetadata> base, List<String> baseNames,
            Map<ObjectKey, Integer> baseIndex, List<JsonNode> baseTrees, List<HasMetadata> objects,
            String extension, boolean asJson) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<ObjectKey, Integer> overlayIndex = index(objects);
        List<JsonNode> overlayTrees = trees(objects);
        List<Map<String, Object>> patches = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            ObjectKey key = ObjectKey.of(base.get(i));
            String stem = baseNames.get(i).substring(0, baseNames.get(i).length() - extension.length());
            Integer match = overlayIndex.get(key);
            if (match == null) {
                String file = stem + "-delete" + extension;
                files.put(folder + file, text(deletion(key), asJson));
                patches.add(Map.of("path", file));
                continue;
            }
            ArrayNode operations = JsonPatchDiff.diff(baseTrees.get(i), overlayTrees.get(match));
            if (!operations.isEmpty()) {
                String file = stem + "-patch" + extension;
                files.put(folder + file, text(operations, asJson));
                Map<String, Object> patch = new LinkedHashMap<>();
                patch.put("path", file);
                patch.put("target", key.target());
                patches.add(patch);
            }
        }
        List<HasMetadata> added = objects.stream().filter(object -> !baseIndex.containsKey(ObjectKey.of(object)))
                .toList();
        List<String> resources = new ArrayList<>();
        resources.add("../../" + BASE);
        if (!added.isEmpty()) {
            List<String> addedNames = ManifestFileNames.of(added, extension);
            SortedMap<String, String> addedFiles = writer.files(added, asJson);
            for (String name : addedNames) {
                files.put(folder + name, addedFiles.get(name));
                resources.add(name);
            }
        }
        files.put(folder + KUSTOMIZATION, kustomization(resources, patches));
        return files;
    }

    private String kustomization(List<String> resources, List<Map<String, Object>> patches) {
        Map<String, Object> kustomization = new LinkedHashMap<>();
        kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        kustomization.put("kind", "Kustomization");
        kustomization.put("resources", resources);
        if (!patches.isEmpty()) {
            kustomization.put("patches", patches);
        }
        // Kustomize sorts by kind unless told to keep the order of the resources
        kustomization.put("sortOptions", Map.of("order", "fifo"));
        return writer.treeYaml(kustomization);
    }

    /** A strategic-merge patch that removes the object: its identity and {@code $patch: delete}. */
    private static Map<String, Object> deletion(ObjectKey key) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("$patch", "delete");
        patch.put("apiVersion", key.apiVersion());
        patch.put("kind", key.kind());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", key.name());
        if (key.namespace() != null) {
            metadata.put("namespace", key.namespace());
        }
        patch.put("metadata", metadata);
        return patch;
    }

    private String text(Object tree, boolean asJson) {
        if (asJson) {
            return writer.treeJson(tree);
        }
        String yaml = writer.treeYaml(tree);
        if (tree instanceof ArrayNode) {
            yaml = unindentedSequence(yaml);
        }
        return yaml.endsWith("\n") ? yaml : yaml + "\n";
    }

    /**
     * The writer indents a sequence's items under their key, and a sequence at the root too
     * ({@code "  - op: add"}); every line of it then starts with two spaces, which are taken off so that
     * a patch reads as one writes it by hand. Removing the same indentation from every line keeps the
     * structure (block scalars included); a line without it (an empty one) stays as it is.
     */
    static String unindentedSequence(String yaml) {
        if (!yaml.startsWith("  - ")) {
            return yaml;
        }
        StringBuilder out = new StringBuilder(yaml.length());
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines[i].startsWith("  ") ? lines[i].substring(2) : lines[i]);
        }
        return out.toString();
    }

    /** Each object's written form (keys sorted, nothing empty), as the plain output has it. */
    private List<JsonNode> trees(List<HasMetadata> objects) {
        List<String> names = ManifestFileNames.of(objects, ".json");
        SortedMap<String, String> documents = writer.files(objects, true);
        List<JsonNode> trees = new ArrayList<>(objects.size());
        for (String name : names) {
            trees.add(json.readTree(documents.get(name)));
        }
        return trees;
    }

    private static Map<ObjectKey, Integer> index(List<HasMetadata> objects) {
        Map<ObjectKey, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectKey key = ObjectKey.of(objects.get(i));
            if (index.putIfAbsent(key, i) != null) {
                throw new IllegalArgumentException("two objects are the same " + key + "; Kustomize accepts one only");
            }
        }
        return index;
    }

    private static void checkFolderName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")
                || name.contains("\\")) {
            throw new IllegalArgumentException("an overlay's name must be a plain folder name, not '" + name + "'");
        }
    }
}
