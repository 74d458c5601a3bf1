package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code extends} of the services of one document: each service is merged onto the
 * service it extends (in the same document, or in another file), recursively, with the merge rules
 * (the extending side wins, sequences append, {@code command}, {@code entrypoint} and
 * {@code healthcheck.test} are replaced, volumes, ports, secrets and configs stay unique by their key).
 *
 * <p>A service lent by another file keeps the locations of that file, so its relative paths are
 * taken against that file's folder ({@link ProjectPaths#register}) and its diagnostics point there.
 * A chain of {@code extends} that comes back to a service is an error naming the whole chain.
 */
final class ExtendsResolver {

    /** A service of a file, as the chain of {@code extends} visits it. */
    private record Ref(String file, String service) {

        @Override
        public String toString() {
            return service + " (" + file + ")";
        }
    }

    private final LoadSession session;
    private final ModelLoader model;
    private final TreeMerger merger;
    /** Each cycle is reported once, not once per service on it. */
    private final java.util.Set<java.util.Set<Ref>> reportedCycles = new java.util.HashSet<>();
    /** The services of each extended file, read once per model. */
    private final Map<Path, MappingNode> files = new HashMap<>();

    ExtendsResolver(LoadSession session, ModelLoader model) {
        this.session = session;
        this.model = model;
        this.merger = TreeMerger.keepingMarkers(session.values);
    }

    /** The document with every service that has {@code extends} replaced by the merged service. */
    MappingNode apply(MappingNode document, String file) {
        MappingNode.Entry servicesEntry = document.entry("services");
        if (servicesEntry == null || !(servicesEntry.value() instanceof MappingNode services)
                || !anyExtends(services)) {
            return document;
        }
        Map<Ref, MappingNode> resolved = new HashMap<>();
        reportedCycles.clear();
        List<MappingNode.Entry> entries = new ArrayList<>(services.size());
        for (MappingNode.Entry entry : services.entries()) {
            MappingNode merged = null;
            if (entry.value() instanceof MappingNode service && service.has("extends")) {
                merged = resolve(new Ref(file, entry.name()), services, new ArrayList<>(), resolved);
            }
            // a service whose extends failed (reported) keeps its key, so no follow-on "no image" error
            entries.add(merged == null ? entry : new MappingNode.Entry(entry.key(), merged));
        }
        List<MappingNode.Entry> top = new ArrayList<>(document.size());
        for (MappingNode.Entry entry : document.entries()) {
            top.add(entry == servicesEntry ? new MappingNode.Entry(entry.key(), services.withEntries(entries)) : entry);
        }
        return document.withEntries(top);
    }

    private static boolean anyExtends(MappingNode services) {
        for (MappingNode.Entry entry : services.entries()) {
            if (entry.value() instanceof MappingNode service && service.has("extends")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service {@code ref} of {@code services} with its {@code extends} applied; null after
     * reporting a problem. Results are kept in {@code resolved}, so a base shared by many services is
     * merged once.
     */
    private MappingNode resolve(Ref ref, MappingNode services, List<Ref> chain, Map<Ref, MappingNode> resolved) {
        MappingNode done = resolved.get(ref);
        if (done != null) {
            return done;
        }
        YamlNode value = services.get(ref.service());
        if (value == null || value.isNull()) {
            return MappingNode.empty(value == null ? SourceLocation.NONE : value.location());
        }
        if (!(value instanceof MappingNode service)) {
            session.values.error(ParserCode.INVALID_TYPE, value.location(), "services." + ref.service()
                    + " must be a mapping, but it is " + Values.describe(value), null);
            return null;
        }
        MappingNode.Entry extendsEntry = service.entry("extends");
        if (extendsEntry == null) {
            return service;
        }
        String path = "services." + ref.service() + ".extends";
        chain.add(ref);
        if (chain.size() > LoadSession.MAX_EXTENDS_DEPTH) {
            session.values.error(ParserCode.LIMIT, extendsEntry.key().location(), path + ": the chain of extends is longer "
                    + "than " + LoadSession.MAX_EXTENDS_DEPTH + " services; jkompose stops here", null);
            return null;
        }
        Target target = target(extendsEntry, path, ref, services);
        if (target == null) {
            return null;
        }
        Ref base = new Ref(target.file(), target.service());
        int seen = chain.indexOf(base);
        if (seen >= 0) {
            List<Ref> cycle = new ArrayList<>(chain.subList(seen, chain.size()));
            cycle.add(base);
            if (!reportedCycles.add(new java.util.HashSet<>(cycle))) {
                return null;
            }
            session.values.error(ParserCode.EXTENDS, extendsEntry.key().location(), path
                    + ": the services extend each other in a cycle: " + describe(cycle),
                    "remove one of these extends");
            return null;
        }
        MappingNode baseService = resolve(base, target.services(), chain, resolved);
        if (baseService == null) {
            return null;
        }
        chain.remove(chain.size() - 1);
        MappingNode merged = merger.merge(withoutExtends(OverrideTags.strip(baseService)), withoutExtends(service),
                List.of("services", ref.service()));
        resolved.put(ref, merged);
        return merged;
    }

    /** The service named by an {@code extends}, and the services of the file it is in. */
    private record Target(String file, String service, MappingNode services) {
    }

    private Target target(MappingNode.Entry extendsEntry, String path, Ref ref, MappingNode services) {
        Values values = session.values;
        YamlNode value = extendsEntry.value();
        ScalarNode serviceNode;
        ScalarNode fileNode = null;
        if (value instanceof ScalarNode scalar && !scalar.isNull()) {
            serviceNode = scalar;
        } else if (value instanceof MappingNode mapping) {
            values.checkKeys(mapping, KnownKeys.EXTENDS, path);
            YamlNode service = mapping.get("service");
            if (Values.isAbsent(service)) {
                values.error(ParserCode.EXTENDS, mapping.location(), path + " has no 'service'",
                        "name the service to extend: service: <name>");
                return null;
            }
            if (!(service instanceof ScalarNode named)) {
                values.string(service, path + ".service");
                return null;
            }
            serviceNode = named;
            YamlNode file = mapping.get("file");
            if (!Values.isAbsent(file)) {
                if (!(file instanceof ScalarNode written)) {
                    values.string(file, path + ".file");
                    return null;
                }
                fileNode = written;
            }
        } else {
            values.error(ParserCode.INVALID_TYPE, value.location(), path
                    + " must be the name of a service or a mapping with 'service' (and 'file'), but it is "
                    + Values.describe(value), null);
            return null;
        }
        String name = serviceNode.value();
        if (fileNode == null) {
            if (!services.has(name)) {
                notFound(serviceNode, path, name, ref.file(), services);
                return null;
            }
            return new Target(ref.file(), name, services);
        }
        Path absolute;
        try {
            absolute = session.paths.resolve(fileNode.value(), fileNode.location());
        } catch (InvalidPathException e) {
            values.error(ParserCode.INVALID_VALUE, fileNode.location(), path + ".file: '" + fileNode.value()
                    + "' is not a valid path", null);
            return null;
        }
        MappingNode fileServices = services(absolute, fileNode, path);
        if (fileServices == null) {
            return null;
        }
        String display = session.display(absolute);
        if (!fileServices.has(name)) {
            notFound(serviceNode, path, name, display, fileServices);
            return null;
        }
        return new Target(display, name, fileServices);
    }

    private void notFound(ScalarNode serviceNode, String path, String name, String file, MappingNode services) {
        String suggestion = Suggestions.closest(name, services.keys());
        session.values.error(ParserCode.EXTENDS, serviceNode.location(), path + ": there is no service '" + name
                + "' in " + file + " to extend", suggestion != null ? "did you mean '" + suggestion + "'?"
                        : "name a service defined in " + file);
    }

    /**
     * The services of an extended file: its documents read, interpolated with this model's
     * environment and merged; its includes are not loaded (as in Compose). Null after reporting.
     */
    private MappingNode services(Path file, ScalarNode fileNode, String path) {
        if (files.containsKey(file)) {
            return files.get(file);
        }
        MappingNode result = readServices(file, fileNode, path);
        files.put(file, result);
        return result;
    }

    private MappingNode readServices(Path file, ScalarNode fileNode, String path) {
        Values values = session.values;
        if (!Files.isRegularFile(file)) {
            String problem = FilePaths.whyNotAFile(file);
            values.error(ParserCode.FILE_NOT_FOUND, fileNode.location(), path + ".file: the file '" + fileNode.value()
                    + "' " + problem + " (" + file + ")", FilePaths.hintFor(problem));
            return null;
        }
        session.paths.warnIfOutside(values, fileNode.location(), path + ".file", fileNode.value(), file);
        if (!session.countFile(fileNode.location())) {
            return null;
        }
        String display = session.display(file);
        session.paths.register(display, file.getParent());
        List<Document> documents = session.reader.read(new ComposeFile(file, display));
        if (documents == null) {
            return null;
        }
        TreeMerger documentMerger = TreeMerger.keepingMarkers(values);
        MappingNode merged = null;
        for (Document document : documents) {
            MappingNode interpolated = model.interpolate(document.root());
            if (interpolated == null) {
                return null;
            }
            merged = merged == null ? interpolated : documentMerger.merge(merged, interpolated);
        }
        YamlNode services = merged == null ? null : merged.get("services");
        if (!(services instanceof MappingNode mapping)) {
            values.error(ParserCode.EXTENDS, fileNode.location(), path + ".file: " + display
                    + " has no services: mapping to extend a service from", null);
            return null;
        }
        return mapping;
    }

    private static MappingNode withoutExtends(MappingNode service) {
        if (!service.has("extends")) {
            return service;
        }
        List<MappingNode.Entry> entries = new ArrayList<>(service.size());
        for (MappingNode.Entry entry : service.entries()) {
            if (!entry.name().equals("extends")) {
                entries.add(entry);
            }
        }
        return service.withEntries(entries);
    }

    /** {@code a -> b -> a}, with the file of each service when the chain crosses files. */
    private static String describe(List<Ref> cycle) {
        boolean oneFile = cycle.stream().map(Ref::file).distinct().count() == 1;
        List<String> parts = new ArrayList<>(cycle.size());
        for (Ref ref : cycle) {
            parts.add(oneFile ? ref.service() : ref.toString());
        }
        return String.join(" -> ", parts);
    }
}
