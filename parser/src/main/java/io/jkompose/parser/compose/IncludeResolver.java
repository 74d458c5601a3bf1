package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.parser.dotenv.DotEnv;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code include} section of a document: each entry (a path, or {@code path} (one file or a
 * list to merge), {@code project_directory}, {@code env_file}) is loaded as a model of its own (with
 * its folder for relative paths and its environment for interpolation), and its services, volumes,
 * networks, secrets, configs and models are imported into the document. A resource the document
 * defines too is merged onto the imported one, the document winning (as Compose does); an earlier
 * include wins over a later one. Includes nest; a file that includes itself, directly or not, is an
 * error naming the chain.
 */
final class IncludeResolver {

    private static final List<String> RESOURCES = List.of("services", "volumes", "networks", "secrets", "configs",
            "models");
    private static final String DEV_NULL = "/dev/null";

    private final LoadSession session;
    private final ModelLoader parent;
    private final TreeMerger merger;

    IncludeResolver(LoadSession session, ModelLoader parent) {
        this.session = session;
        this.parent = parent;
        this.merger = TreeMerger.keepingMarkers(session.values);
    }

    /**
     * The document with its includes imported and the {@code include} key removed.
     *
     * @param chain the files that include this document, then its own file
     */
    MappingNode apply(MappingNode document, List<Path> chain) {
        MappingNode.Entry include = document.entry("include");
        if (include == null) {
            return document;
        }
        List<MappingNode.Entry> entries = new ArrayList<>(document.entries());
        entries.remove(include);
        MappingNode result = document.withEntries(entries);
        SequenceNode list = session.values.sequence(include.value(), "include");
        if (list == null) {
            return result;
        }
        for (int i = 0; i < list.items().size(); i++) {
            MappingNode model = load(list.items().get(i), "include[" + i + "]", chain);
            if (model != null) {
                result = importInto(result, model);
            }
        }
        return result;
    }

    /** What one entry of {@code include} says. */
    private record Entry(List<ScalarNode> paths, ScalarNode projectDirectory, List<ScalarNode> envFiles) {
    }

    private Entry entry(YamlNode item, String path) {
        Values values = session.values;
        if (item instanceof ScalarNode scalar && !scalar.isNull()) {
            return new Entry(List.of(scalar), null, null);
        }
        if (!(item instanceof MappingNode mapping)) {
            values.error(ParserCode.INVALID_TYPE, item.location(), path + " must be a path or a mapping with 'path', but it is "
                    + Values.describe(item), null);
            return null;
        }
        values.checkKeys(mapping, KnownKeys.INCLUDE, path);
        if (Values.isAbsent(mapping.get("path"))) {
            values.error(ParserCode.INCLUDE, mapping.location(), path + " has no 'path'",
                    "add path: <the Compose file to include>");
            return null;
        }
        List<ScalarNode> paths = scalars(mapping.get("path"), path + ".path");
        List<ScalarNode> envFiles = mapping.has("env_file") ? scalars(mapping.get("env_file"), path + ".env_file")
                : null;
        YamlNode directory = mapping.get("project_directory");
        ScalarNode projectDirectory = null;
        if (!Values.isAbsent(directory)) {
            if (directory instanceof ScalarNode scalar) {
                projectDirectory = scalar;
            } else {
                values.string(directory, path + ".project_directory");
                return null;
            }
        }
        if (paths == null || paths.isEmpty() || (mapping.has("env_file") && envFiles == null)) {
            return null;
        }
        return new Entry(paths, projectDirectory, envFiles);
    }

    /** A string or a list of strings; null after reporting. */
    private List<ScalarNode> scalars(YamlNode node, String path) {
        if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            return List.of(scalar);
        }
        if (Values.isAbsent(node)) {
            return List.of();
        }
        SequenceNode sequence = session.values.sequence(node, path);
        if (sequence == null) {
            return null;
        }
        List<ScalarNode> result = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            if (session.values.scalarItem(item, path + "[" + i + "]") == null) {
                return null;
            }
            result.add((ScalarNode) item);
        }
        return result;
    }

    /** The model one include entry loads; null after reporting a problem. */
    private MappingNode load(YamlNode item, String path, List<Path> chain) {
        Entry entry = entry(item, path);
        if (entry == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (ScalarNode written : entry.paths()) {
            Path file = existing(written, path + ".path", "Compose file");
            if (file == null) {
                return null;
            }
            files.add(file);
        }
        Path main = files.get(0);
        ScalarNode mainNode = entry.paths().get(0);
        int seen = indexOfSameFile(chain, main);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>();
            for (Path file : chain.subList(seen, chain.size())) {
                cycle.add(session.display(file));
            }
            cycle.add(session.display(main));
            session.values.error(ParserCode.INCLUDE, mainNode.location(), path + ": the files include each other in a "
                    + "cycle: " + String.join(" -> ", cycle), "remove one of these includes");
            return null;
        }
        if (chain.size() >= LoadSession.MAX_INCLUDE_DEPTH) {
            session.values.error(ParserCode.LIMIT, mainNode.location(), path + ": includes nest deeper than "
                    + LoadSession.MAX_INCLUDE_DEPTH + " files; jkompose stops here", null);
            return null;
        }
        Path projectDirectory = main.getParent();
        if (entry.projectDirectory() != null) {
            projectDirectory = resolve(entry.projectDirectory(), path + ".project_directory");
            if (projectDirectory == null) {
                return null;
            }
        }
        Function<String, String> lookup = environment(entry, projectDirectory, path);
        if (lookup == null) {
            return null;
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (!session.countFile(entry.paths().get(i).location())) {
                return null;
            }
            String display = session.display(file);
            session.paths.register(display, projectDirectory);
            List<Document> read = session.reader.read(new ComposeFile(file, display));
            if (read == null) {
                return null;
            }
            documents.addAll(read);
        }
        MappingNode model = new ModelLoader(session, lookup, chain).load(documents);
        return model == null ? null : IncludedEnvironment.resolve(model, lookup);
    }

    /**
     * The included model's environment: this model's, then the include's env files (or the
     * {@code .env} of its project directory) for the variables this one does not set.
     */
    private Function<String, String> environment(Entry entry, Path projectDirectory, String path) {
        List<Path> envFiles = new ArrayList<>();
        if (entry.envFiles() == null) {
            Path dotEnv = projectDirectory.resolve(".env");
            if (Files.isRegularFile(dotEnv)) {
                envFiles.add(dotEnv);
            }
        } else {
            for (ScalarNode written : entry.envFiles()) {
                if (written.value().equals(DEV_NULL)) {
                    continue;
                }
                Path file = existing(written, path + ".env_file", "env file");
                if (file == null) {
                    return null;
                }
                envFiles.add(file);
            }
        }
        Function<String, String> outer = parent.lookup();
        LinkedHashMap<String, String> variables = new LinkedHashMap<>();
        for (Path file : envFiles) {
            String display = session.display(file);
            String text = session.reader.readText(file, display);
            if (text == null) {
                return null;
            }
            DotEnv.parseInto(text, display, outer, session.values.diagnostics(),
                    DotEnv.warnUnset(session.values.diagnostics()), variables);
        }
        Map<String, String> fromFiles = Map.copyOf(withoutNulls(variables));
        return name -> {
            String value = outer.apply(name);
            return value != null ? value : fromFiles.get(name);
        };
    }

    private static Map<String, String> withoutNulls(Map<String, String> variables) {
        Map<String, String> result = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                result.put(name, value);
            }
        });
        return result;
    }

    private Path resolve(ScalarNode written, String path) {
        try {
            return session.paths.resolve(written.value(), written.location());
        } catch (InvalidPathException e) {
            session.values.error(ParserCode.INVALID_VALUE, written.location(), path + ": '" + written.value()
                    + "' is not a valid path", null);
            return null;
        }
    }

    /** The absolute path of a file that must exist; null after reporting. */
    private Path existing(ScalarNode written, String path, String kind) {
        Path file = resolve(written, path);
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            String problem = FilePaths.whyNotAFile(file);
            session.values.error(ParserCode.FILE_NOT_FOUND, written.location(), path + ": the " + kind + " '"
                    + written.value() + "' " + problem + " (" + file + ")", FilePaths.hintFor(problem));
            return null;
        }
        session.paths.warnIfOutside(session.values, written.location(), path, written.value(), file);
        return file;
    }

    /**
     * Where the chain already holds this file, compared by real path, so that a file reached again
     * through a symbolic link (or {@code ../} into itself) is a cycle, not an endless descent; -1 if nowhere.
     */
    private static int indexOfSameFile(List<Path> chain, Path file) {
        Path real = FilePaths.realOrSelf(file);
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).equals(file) || FilePaths.realOrSelf(chain.get(i)).equals(real)) {
                return i;
            }
        }
        return -1;
    }

    /** The imported resources added to the document; where both define one, the document's merges onto it. */
    private MappingNode importInto(MappingNode document, MappingNode model) {
        List<MappingNode.Entry> entries = new ArrayList<>(document.entries());
        for (String section : RESOURCES) {
            if (!(model.get(section) instanceof MappingNode imported) || imported.size() == 0) {
                continue;
            }
            MappingNode.Entry local = document.entry(section);
            MappingNode own = local != null && local.value() instanceof MappingNode mapping ? mapping : null;
            if (local != null && own == null && !local.value().isNull()) {
                continue; // not a mapping: reported when the document is read
            }
            MappingNode merged = importSection(section, imported, own);
            ScalarNode key = local != null ? local.key() : ScalarNode.string(section, imported.location());
            MappingNode.Entry replacement = new MappingNode.Entry(key, merged);
            int index = local == null ? -1 : entries.indexOf(local);
            if (index >= 0) {
                entries.set(index, replacement);
            } else {
                entries.add(replacement);
            }
        }
        return document.withEntries(entries);
    }

    private MappingNode importSection(String section, MappingNode imported, MappingNode own) {
        Map<String, MappingNode.Entry> result = new LinkedHashMap<>();
        for (MappingNode.Entry entry : imported.entries()) {
            result.put(entry.name(), entry);
        }
        if (own == null) {
            return new MappingNode(new ArrayList<>(result.values()), Tags.MAP, imported.location());
        }
        for (MappingNode.Entry entry : own.entries()) {
            MappingNode.Entry base = result.get(entry.name());
            if (base == null || OverrideTags.isOverride(entry.value()) || OverrideTags.isReset(entry.value())
                    || !(asMapping(base.value()) instanceof MappingNode baseMap)
                    || !(asMapping(entry.value()) instanceof MappingNode ownMap)) {
                result.put(entry.name(), entry);
                continue;
            }
            result.put(entry.name(), new MappingNode.Entry(entry.key(),
                    merger.merge(baseMap, ownMap, List.of(section, entry.name()))));
        }
        return own.withEntries(new ArrayList<>(result.values()));
    }

    /** A resource written without a body ({@code data:}) merges like an empty mapping. */
    private static YamlNode asMapping(YamlNode node) {
        return node.isNull() ? MappingNode.empty(node.location()) : node;
    }
}
