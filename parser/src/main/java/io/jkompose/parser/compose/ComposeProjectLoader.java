package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.InOrder;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadLimits;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.dotenv.DotEnv;
import io.jkompose.parser.interpolation.InterpolationException;
import io.jkompose.parser.interpolation.Interpolator;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Loads a Compose project: finds the files, reads {@code .env}, reads, interpolates and merges the
 * files in order, then maps the merged tree into the model and checks it. Every problem becomes a
 * diagnostic; any error means no project.
 */
public final class ComposeProjectLoader {

    private static final String DOT_ENV = ".env";
    private static final String COMPOSE_PROJECT_NAME = "COMPOSE_PROJECT_NAME";

    private final LoadRequest request;
    private final EnvFileTexts envFileTexts;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Values values = new Values(diagnostics);

    private ComposeProjectLoader(LoadRequest request, EnvFileTexts envFileTexts) {
        this.request = request;
        this.envFileTexts = envFileTexts;
    }

    public static LoadResult load(LoadRequest request) {
        return load(request, new EnvFileTexts());
    }

    /** @param envFileTexts where the load reads env files through (tests count the reads) */
    static LoadResult load(LoadRequest request, EnvFileTexts envFileTexts) {
        return new ComposeProjectLoader(request, envFileTexts).run();
    }

    private LoadResult run() {
        if (request.workingDir() == null) {
            diagnostics.error(ParserCode.NO_COMPOSE_FILE, SourceLocation.NONE, "no working folder was given", null);
            return result(null);
        }
        Path workingDir = request.workingDir().normalize();
        List<ComposeFile> files = new FileLocator(workingDir, diagnostics).locate(request.files(),
                request.environment(), request.stdin());
        if (files.isEmpty()) {
            return result(null);
        }
        // standard input has no folder of its own: the project is the working folder, as in Compose
        Path projectDir = files.get(0).isStdin() ? workingDir : files.get(0).path().getParent();
        ProjectPaths paths = new ProjectPaths(workingDir, projectDir, request.environment().get("HOME"));
        LoadSession session = new LoadSession(values, paths, request.interpolate(), request.limits().yaml());
        Map<String, String> environment = environment(paths, session.reader);

        List<Document> documents = new ArrayList<>();
        boolean unreadable = false;
        for (ComposeFile file : files) {
            session.countFile(SourceLocation.file(file.display()));
            List<Document> read = session.reader.read(file);
            if (read == null) {
                unreadable = true;
            } else {
                documents.addAll(read);
            }
        }
        if (unreadable) {
            return result(null);
        }
        String name = projectName(documents, projectDir, environment);
        if (name != null) {
            // the project's name is a variable the files may use, as in Compose
            environment.put(COMPOSE_PROJECT_NAME, name);
        }
        Function<String, String> lookup = environment::get;
        MappingNode merged = new ModelLoader(session, lookup, List.of()).load(documents);
        if (merged == null) {
            return result(null);
        }
        if (merged.size() == 0) {
            String message = files.size() == 1 ? "the Compose file is empty" : "the Compose files are all empty";
            diagnostics.error(ParserCode.EMPTY_FILE, SourceLocation.of(files.get(0).display(), 1, 1), message,
                    "add a services: section");
            return result(null);
        }
        if (merged.get("services") instanceof MappingNode services && services.size() > request.limits().maxServices()) {
            diagnostics.error(ParserCode.LIMIT, services.entries().get(request.limits().maxServices()).key().location(),
                    "the project has " + services.size() + " services, more than the limit of "
                            + request.limits().maxServices(), LoadLimits.howToRaise(LoadLimits.SERVICES_PROPERTY));
            return result(null);
        }
        LoadContext context = new LoadContext(values, paths, lookup, envFileTexts);
        Project project = map(merged, context, files, environment, name);
        return result(diagnostics.hasErrors() ? null : project);
    }

    private LoadResult result(Project project) {
        return new LoadResult(project, diagnostics.inSourceOrder());
    }

    /** The interpolation environment: the {@code .env} of the project directory, under the shell's. */
    private Map<String, String> environment(ProjectPaths paths, DocumentReader reader) {
        Map<String, String> environment = new HashMap<>();
        Path dotEnv = paths.projectDir().resolve(DOT_ENV);
        if (Files.isRegularFile(dotEnv)) {
            String text = reader.readText(dotEnv, paths.display(dotEnv));
            if (text != null) {
                environment.putAll(DotEnv.parse(text, paths.display(dotEnv), request.environment()::get,
                        diagnostics));
            }
        }
        environment.putAll(request.environment());
        return environment;
    }

    private Project map(MappingNode root, LoadContext context, List<ComposeFile> files,
            Map<String, String> environment, String name) {
        checkTopLevelKeys(root);
        for (MappingNode.Entry entry : root.entries()) {
            switch (entry.name()) {
                case "models" -> values.warn(ParserCode.IGNORED, entry.key().location(),
                        "the top-level models are not supported by jkompose and are ignored", null);
                case "name" -> values.string(entry.value(), "name");
                default -> {
                    // version is obsolete and ignored; include has been applied; the sections are read below
                }
            }
        }

        Map<String, Service> all = new LinkedHashMap<>();
        Map<String, List<ServiceMapper.ServiceReference>> references = new LinkedHashMap<>();
        MappingNode services = values.mapping(root.get("services"), "services");
        if (services != null) {
            for (MappedService mapped : mapServices(services.entries(), context)) {
                diagnostics.addAll(mapped.diagnostics());
                references.putAll(mapped.references());
                if (mapped.service() != null) {
                    all.put(mapped.service().name(), mapped.service());
                }
            }
        }
        ProfileSelection profiles = ProfileSelection.of(request.profiles(), environment);
        SortedMap<String, Service> active = new TreeMap<>();
        for (Service service : all.values()) {
            if (profiles.isActive(service)) {
                active.put(service.name(), service);
            }
        }
        ResourceMapper resources = new ResourceMapper(context);
        var volumes = resources.volumes(root.get("volumes"));
        var networks = resources.networks(root.get("networks"));
        var configs = resources.configs(root.get("configs"));
        var secrets = resources.secrets(root.get("secrets"));
        SortedMap<String, Service> checked = new ConsistencyChecker(values).check(active,
                new ConsistencyChecker.Definitions(all, volumes.keySet(), networks.keySet(), configs.keySet(),
                        secrets.keySet(), references));
        List<Path> paths = new ArrayList<>(files.size());
        for (ComposeFile file : files) {
            paths.add(file.path());
        }
        if (name == null) {
            return null;
        }
        return new Project(name, context.paths.projectDir(), paths, checked, volumes, networks, configs, secrets);
    }

    /** From this many services on, a file's services are mapped on several threads (the common fork-join pool). */
    static final int PARALLEL_FROM = 100;

    /** A service as mapped (null when reported), with what its mapping reported and the services it names. */
    private record MappedService(Service service, Diagnostics diagnostics,
            Map<String, List<ServiceMapper.ServiceReference>> references) {
    }

    /**
     * Each service, in the file's order. Mapping a service reads its own entry and the finished
     * load context only, so the services of a large file are mapped on several threads, each with
     * diagnostics of its own that the caller passes on in order: what is reported, and its order,
     * stay those of one thread.
     */
    private static List<MappedService> mapServices(List<MappingNode.Entry> entries, LoadContext context) {
        return InOrder.map(entries, entries.size() >= PARALLEL_FROM, entry -> {
            Diagnostics own = new Diagnostics();
            ServiceMapper mapper = new ServiceMapper(new LoadContext(new Values(own), context.paths, context.lookup,
                    context.envFileTexts));
            return new MappedService(mapper.map(entry), own, mapper.references());
        });
    }

    private void checkTopLevelKeys(MappingNode root) {
        for (MappingNode.Entry entry : root.entries()) {
            String key = entry.name();
            if (KnownKeys.TOP_LEVEL.contains(key) || KnownKeys.isExtension(key)) {
                continue;
            }
            String hint;
            if (entry.value() instanceof MappingNode mapping && (mapping.has("image") || mapping.has("build"))) {
                hint = "it looks like a service: Compose files without a services: section (format v1) are not "
                        + "supported; move '" + key + "' under services:";
            } else {
                String suggestion = Suggestions.closest(key, KnownKeys.TOP_LEVEL);
                hint = suggestion != null ? "did you mean '" + suggestion + "'?"
                        : "remove it, or prefix it with 'x-' to keep it as an extension";
            }
            values.error(ParserCode.UNKNOWN_KEY, entry.key().location(), "unknown top-level key '" + key + "'", hint);
        }
    }

    /**
     * {@code -p}, else {@code COMPOSE_PROJECT_NAME}, else {@code name:}, else the project folder's name.
     * Decided before the files are interpolated, because they may use it as {@code COMPOSE_PROJECT_NAME}:
     * {@code name:} is the last one the files write, interpolated on its own.
     */
    private String projectName(List<Document> documents, Path projectDir, Map<String, String> environment) {
        ScalarNode nameNode = null;
        String written = null;
        for (Document document : documents) {
            if (document.root().get("name") instanceof ScalarNode scalar && !scalar.isNull()
                    && !scalar.value().isEmpty()) {
                nameNode = scalar;
            }
        }
        if (nameNode != null) {
            written = nameNode.value();
            if (request.interpolate()) {
                try {
                    written = Interpolator.interpolate(written, environment::get);
                } catch (InterpolationException e) {
                    // reported where the file is interpolated
                    written = null;
                }
            }
        }
        return projectName(nameNode, written, projectDir, environment);
    }

    private String projectName(ScalarNode nameNode, String written, Path projectDir,
            Map<String, String> environment) {
        String given = request.projectName();
        String origin = "the project name given with -p";
        if (given == null || given.isEmpty()) {
            given = environment.get("COMPOSE_PROJECT_NAME");
            origin = "COMPOSE_PROJECT_NAME";
        }
        if (given != null && !given.isEmpty()) {
            if (!ProjectNames.isValid(given)) {
                diagnostics.error(ParserCode.INVALID_PROJECT_NAME, SourceLocation.NONE, origin + " '" + given
                        + "' is not a valid project name", "use lowercase letters, digits, '_' and '-', starting "
                        + "with a letter or a digit, for example '" + ProjectNames.normalize(given) + "'");
                return null;
            }
            return given;
        }
        if (nameNode != null && written != null && !written.isEmpty()) {
            String name = ProjectNames.normalize(written);
            if (!name.isEmpty()) {
                return name;
            }
            diagnostics.error(ParserCode.INVALID_PROJECT_NAME, nameNode.location(), "name: '" + written
                    + "' has no letter or digit to make a project name of", "give a name like my-app");
            return null;
        }
        Path folder = projectDir.getFileName();
        String name = folder == null ? "" : ProjectNames.normalize(folder.toString());
        if (name.isEmpty()) {
            diagnostics.error(ParserCode.INVALID_PROJECT_NAME, SourceLocation.NONE, "cannot make a project name of the "
                    + "folder '" + projectDir + "'", "give one with -p or name: in the Compose file");
            return null;
        }
        return name;
    }
}
