package io.jkompose.converters.writers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.model.InOrder;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ValueNode;

/**
 * Turns objects into text, with Jackson serializers shared by the whole process ({@link WriterMappers});
 * the same objects give the same bytes. Kubernetes objects become trees
 * through {@link ManifestTree}, not a mapper: that was most of a short conversion's writing time.
 * Their YAML is written by {@link ManifestYaml}, the same characters as the mapper's.
 *
 * <p>Kubernetes objects are written with keys sorted at every level and without anything that
 * carries no meaning (nulls, empty lists and objects, {@code status},
 * {@code metadata.creationTimestamp}); see {@link ManifestNormalizer} for the few empty objects
 * that are kept. Integer-or-string values and quantities are written the way their fabric8 types
 * serialize them ({@code targetPort: 8080}, {@code storage: 100Mi}).
 */
public final class ManifestWriter {

    private static final String DOCUMENT_START = "---\n";

    /** A writer; the serializers it shares with all others are made on first use. */
    public ManifestWriter() {
    }

    /**
     * A YAML stream, one document per object, in the given order. Like kompose's output, each
     * document starts with {@code ---} and is followed by an empty line.
     */
    public String yaml(List<HasMetadata> objects) {
        StringWriter out = new StringWriter();
        writeYaml(objects, out);
        return out.toString();
    }

    /**
     * The same stream as {@link #yaml}, written to {@code out} a batch of objects at a time: only one
     * batch's text is in memory at once (at 10,000 services the whole text is ~20 MB).
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeYaml(List<HasMetadata> objects, Writer out) {
        try {
            forEachDocument(objects, this::yamlDocument, (index, document) -> {
                out.write(document);
                out.write('\n');
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * From this many objects on, documents are rendered on several threads (the common fork-join pool)
     * and still written in order: each document depends on its object alone. Below it, starting threads
     * costs more than they save.
     */
    static final int PARALLEL_FROM = 300;

    /**
     * Objects rendered before their text is written out. Small: a batch being rendered when the young
     * generation fills is moved to the old one, which is never collected in a short run, so what is in
     * flight adds to the peak (10,000 services: 299 MiB peak RSS with 512, 286 MiB with 128, no slower).
     */
    private static final int BATCH = 128;

    /** Takes the document of the object at {@code index}; may fail, which stops the rendering. */
    @FunctionalInterface
    private interface DocumentSink {
        void accept(int index, String document) throws IOException;
    }

    /**
     * The document of each object, handed to {@code sink} in the objects' order, a batch rendered at a
     * time (on several threads from {@link #PARALLEL_FROM} objects on): only one batch's text is in memory.
     */
    private static void forEachDocument(List<HasMetadata> objects, Function<HasMetadata, String> document,
            DocumentSink sink) throws IOException {
        boolean parallel = objects.size() >= PARALLEL_FROM;
        for (int from = 0; from < objects.size(); from += BATCH) {
            List<String> documents = InOrder.map(objects.subList(from, Math.min(objects.size(), from + BATCH)),
                    parallel, document);
            for (int i = 0; i < documents.size(); i++) {
                sink.accept(from + i, documents.get(i));
                // let go once written: a young collection while the batch's files are written (slow, a file
                // each) would promote what is already written (10,000 services into a folder: 305 -> 303 MiB)
                documents.set(i, null);
            }
        }
    }

    /**
     * One JSON document: a {@code v1 List} of the objects, keys sorted ({@code apiVersion},
     * {@code items}, {@code kind}), ending with a newline. {@code items} is written even when
     * empty, since a List requires it.
     */
    public String json(List<HasMetadata> objects) {
        StringWriter out = new StringWriter();
        writeJson(objects, out);
        return out.toString();
    }

    /**
     * The same document as {@link #json}, written to {@code out} item by item rather than built as
     * one tree first.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeJson(List<HasMetadata> objects, Writer out) {
        ObjectMapper mapper = WriterMappers.json();
        try (JsonGenerator generator = mapper.createGenerator(new KeepOpen(out))) {
            generator.writeStartObject();
            generator.writeStringProperty("apiVersion", "v1");
            generator.writeName("items");
            generator.writeStartArray();
            for (HasMetadata object : objects) {
                mapper.writeTree(generator, manifest(object));
            }
            generator.writeEndArray();
            generator.writeStringProperty("kind", "List");
            generator.writeEndObject();
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the generator be closed (which flushes it) without closing the caller's writer. */
    private static final class KeepOpen extends FilterWriter {
        KeepOpen(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * One file per object, keyed and sorted by file name: {@code <metadata.name>-<kind in lower
     * case>.yaml} (or {@code .json}), as kompose names them. A YAML file holds one document that
     * starts with {@code ---}; a JSON file holds the object itself, ending with a newline.
     *
     * <p>When two objects would get the same file name (compared ignoring case), the first in list
     * order keeps it and each later one gets {@code -2}, {@code -3}, ... before the extension
     * ({@code web-service-2.yaml}), skipping numbers whose name another object already has.
     *
     * @throws IllegalArgumentException if an object has no {@code metadata.name}
     */
    public SortedMap<String, String> files(List<HasMetadata> objects, boolean json) {
        SortedMap<String, String> files = new TreeMap<>();
        try {
            writeFiles(objects, json, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a map takes every file
        }
        return files;
    }

    /** Takes one file of {@link #writeFiles}; may fail, which stops the writing. */
    @FunctionalInterface
    public interface FileSink {
        void accept(String name, String content) throws IOException;
    }

    /**
     * The files of {@link #files}, handed to {@code sink} a batch of objects at a time in the objects'
     * order, so that only one batch's text is in memory at once (at 10,000 services all files are ~30 MB).
     * Their names are {@link ManifestFileNames#of}'s, known before any is rendered.
     *
     * @throws IOException what {@code sink} throws; the files after it are not rendered
     */
    public void writeFiles(List<HasMetadata> objects, boolean json, FileSink sink) throws IOException {
        writeFiles(objects, ManifestFileNames.of(objects, json ? ".json" : ".yaml"), json, sink);
    }

    /** The same, with the objects' file names already made by {@link ManifestFileNames#of}, in the objects' order. */
    public void writeFiles(List<HasMetadata> objects, List<String> names, boolean json, FileSink sink) throws IOException {
        forEachDocument(objects, json ? this::jsonDocument : this::yamlDocument,
                (index, document) -> sink.accept(names.get(index), document));
    }

    /**
     * A plain tree of maps, lists and scalars (for {@code jkompose config}) in the same YAML
     * style, keys in the tree's own order, nulls written as {@code null}, empty maps and lists as
     * {@code {}} and {@code []}. No {@code ---}: the output is one document, as
     * {@code docker compose config} prints it.
     */
    public String treeYaml(Object tree) {
        return WriterMappers.yaml().writeValueAsString(tree);
    }

    /** The same tree as pretty-printed JSON (2 spaces), keys in the tree's order, ending with a newline. */
    public String treeJson(Object tree) {
        return WriterMappers.json().writeValueAsString(tree) + "\n";
    }

    /** One YAML document: {@code ---}, then the object's written form. */
    private String yamlDocument(HasMetadata object) {
        StringBuilder out = new StringBuilder(4096).append(DOCUMENT_START);
        appendYamlDocument(writtenForm(object), out);
        return out.toString();
    }

    /**
     * The YAML mapper's output for a manifest tree, appended to {@code out}: written by {@link ManifestYaml}
     * (the same characters without Jackson's and snakeyaml-engine's per-event machinery, which took ~40% of
     * a conversion) unless the tree holds something only Jackson writes exactly.
     */
    static void appendYamlDocument(Map<String, Object> tree, StringBuilder out) {
        if (!ManifestYaml.write(tree, out)) {
            out.append(jacksonYaml(tree));
        }
    }

    /** The YAML mapper's output for a plain tree, written by its factory's generator (no mapper needed). */
    static String jacksonYaml(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = WriterMappers.yamlFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            write(tree, generator);
        }
        return out.toString();
    }

    /** The calls a mapper makes to write the same tree as JSON nodes (see {@link ManifestTree#toJson}). */
    private static void write(Object value, JsonGenerator generator) {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject(map, map.size());
            for (Map.Entry<?, ?> property : map.entrySet()) {
                generator.writeName((String) property.getKey());
                write(property.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray(list, list.size());
            for (Object element : list) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof ValueNode node && !node.isPojo()) {
            node.serialize(generator, null);  // a scalar only Jackson made (a float, say): as the mapper writes it
        } else {
            throw new IllegalStateException("not a JSON value: " + value);
        }
    }

    private String jsonDocument(HasMetadata object) {
        return WriterMappers.json().writeValueAsString(manifest(object)) + "\n";
    }

    /** The object's written form as a JSON tree (for the JSON and Helm writers). */
    static ObjectNode manifest(HasMetadata object) {
        return (ObjectNode) ManifestTree.toJson(writtenForm(object));
    }

    /** The object's written form: serialized, identified, sorted and pruned; a plain tree. */
    static SortedMap<String, Object> writtenForm(HasMetadata object) {
        Objects.requireNonNull(object, "a Kubernetes object to write is null");
        Object tree = ManifestTree.of(object);
        if (tree instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) map;
            // Typed fabric8 objects carry both; a generic one may not, and a reader needs them.
            if (properties.get("apiVersion") == null && object.getApiVersion() != null) {
                properties.put("apiVersion", object.getApiVersion());
            }
            if (properties.get("kind") == null && object.getKind() != null) {
                properties.put("kind", object.getKind());
            }
        }
        return ManifestNormalizer.normalize(tree);
    }
}
