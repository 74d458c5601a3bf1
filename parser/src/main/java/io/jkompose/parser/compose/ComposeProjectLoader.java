package io.jkompose.parser.compose;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.dotenv.DotEnv;
import io.jkompose.parser.interpolation.TreeInterpolator;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlException;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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

    private final LoadRequest request;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Values values = new Values(diagnostics);

    private ComposeProjectLoader(LoadRequest request) {
        this.request = request;
    }

    public static LoadResult load(LoadRequest request) {
        return new ComposeProjectLoader(request).run();
    }

    private LoadResult run() {
        if (request.workingDir() == null) {
            diagnostics.error(Codes.NO_COMPOSE_FILE, SourceLocation.NONE, "no working folder was given", null);
            return result(null);
        }
        Path workingDir = request.workingDir().normalize();
        List<ComposeFile> files = new FileLocator(workingDir, diagnostics).locate(request.files(),
                request.environment());
        if (files.isEmpty()) {
            return result(null);
        }
        Path projectDir = files.get(0).path().getParent();
        ProjectPaths paths = new ProjectPaths(workingDir, projectDir, request.environment().get("HOME"));
        Map<String, String> environment = environment(paths);
        Function<String, String> lookup = environment::get;

        MappingNode merged = readAndMerge(files, lookup);
        if (merged == null) {
            return result(null);
        }
        LoadContext context = new LoadContext(values, paths, lookup);
        Project project = map(merged, context, files, environment);
        return result(diagnostics.hasErrors() ? null : project);
    }

    private int errorCount() {
        return (int) diagnostics.all().stream().filter(Diagnostic::isError).count();
    }

    private LoadResult result(Project project) {
        return new LoadResult(project, diagnostics.inSourceOrder());
    }

    /** The interpolation environment: the {@code .env} of the project directory, under the shell's. */
    private Map<String, String> environment(ProjectPaths paths) {
        Map<String, String> environment = new HashMap<>();
        Path dotEnv = paths.projectDir().resolve(DOT_ENV);
        if (Files.isRegularFile(dotEnv)) {
            String text = readText(dotEnv, paths.display(dotEnv));
            if (text != null) {
                environment.putAll(DotEnv.parse(text, paths.display(dotEnv), request.environment()::get,
                        diagnostics));
            }
        }
        environment.putAll(request.environment());
        return environment;
    }

    private MappingNode readAndMerge(List<ComposeFile> files, Function<String, String> lookup) {
        YamlReader reader = new YamlReader();
        TreeMerger merger = new TreeMerger(values);
        MappingNode merged = null;
        boolean failed = false;
        for (ComposeFile file : files) {
            String text = readText(file.path(), file.display());
            if (text == null) {
                failed = true;
                continue;
            }
            List<YamlNode> documents;
            try {
                documents = reader.readAll(text, file.display());
            } catch (YamlException e) {
                diagnostics.error(Codes.INVALID_YAML, e.location(), e.getMessage(), null);
                failed = true;
                continue;
            }
            for (YamlNode document : documents) {
                if (document.isNull()) {
                    continue;
                }
                if (!(document instanceof MappingNode mapping)) {
                    diagnostics.error(Codes.INVALID_TYPE, document.location(),
                            "the top level of a Compose file must be a mapping (services:, volumes:...), but it is "
                                    + Values.describe(document), null);
                    failed = true;
                    continue;
                }
                UnsupportedFeatures.checkTags(mapping, values);
                int errorsBefore = errorCount();
                MappingNode layer = layer(mapping, lookup);
                // a value that could not be interpolated is kept as written and would only cause follow-on errors
                failed |= errorCount() > errorsBefore;
                merged = merged == null ? layer : merger.merge(merged, layer);
            }
        }
        if (failed) {
            return null;
        }
        if (merged == null || merged.size() == 0) {
            String names = files.size() == 1 ? "the Compose file is empty" : "the Compose files are all empty";
            diagnostics.error(Codes.EMPTY_FILE, SourceLocation.file(files.get(0).display()), names,
                    "add a services: section");
            return null;
        }
        return merged;
    }

    /**
     * One document made ready to merge: interpolated, as Compose does file by file. This is where
     * {@code include} (load the included files, merge them below this one) and {@code extends}
     * (resolve each service against its base, in this file's context) will plug in.
     */
    private MappingNode layer(MappingNode document, Function<String, String> lookup) {
        if (!request.interpolate()) {
            return document;
        }
        YamlNode interpolated = TreeInterpolator.interpolate(document, lookup, diagnostics,
                (variable, location) -> diagnostics.warn(Codes.UNSET_VARIABLE, location, "the variable " + variable
                        + " is not set; it is replaced by an empty string", "set it in the environment or in the "
                        + "project's .env file, or give a default: ${" + variable + ":-value}"));
        return interpolated instanceof MappingNode mapping ? mapping : document;
    }

    private String readText(Path path, String display) {
        try {
            String text = Files.readString(path);
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            diagnostics.error(Codes.UNREADABLE_FILE, SourceLocation.file(display), "the file is not UTF-8 text",
                    "save it as UTF-8");
        } catch (IOException e) {
            diagnostics.error(Codes.UNREADABLE_FILE, SourceLocation.file(display), "cannot read the file: "
                    + e.getMessage(), null);
        }
        return null;
    }

    private Project map(MappingNode root, LoadContext context, List<ComposeFile> files,
            Map<String, String> environment) {
        checkTopLevelKeys(root);
        ScalarNode nameNode = null;
        for (MappingNode.Entry entry : root.entries()) {
            switch (entry.name()) {
                case "include" -> UnsupportedFeatures.include(entry, values);
                case "models" -> values.warn(Codes.IGNORED, entry.key().location(),
                        "the top-level models are not supported by jkompose and are ignored", null);
                case "name" -> {
                    String written = values.string(entry.value(), "name");
                    if (written != null && !written.isEmpty()) {
                        nameNode = (ScalarNode) entry.value();
                    }
                }
                default -> {
                    // version is obsolete and ignored; the sections are read below
                }
            }
        }
        String name = projectName(nameNode, context.paths.projectDir(), environment);

        Map<String, Service> all = new LinkedHashMap<>();
        MappingNode services = values.mapping(root.get("services"), "services");
        if (services != null) {
            ServiceMapper mapper = new ServiceMapper(context);
            for (MappingNode.Entry entry : services.entries()) {
                Service service = mapper.map(entry);
                if (service != null) {
                    all.put(service.name(), service);
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
                        secrets.keySet()));
        List<Path> paths = new ArrayList<>(files.size());
        for (ComposeFile file : files) {
            paths.add(file.path());
        }
        if (name == null) {
            return null;
        }
        return new Project(name, context.paths.projectDir(), paths, checked, volumes, networks, configs, secrets);
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
            values.error(Codes.UNKNOWN_KEY, entry.key().location(), "unknown top-level key '" + key + "'", hint);
        }
    }

    /** {@code -p}, else {@code COMPOSE_PROJECT_NAME}, else {@code name:}, else the project folder's name. */
    private String projectName(ScalarNode nameNode, Path projectDir, Map<String, String> environment) {
        String given = request.projectName();
        String origin = "the project name given with -p";
        if (given == null || given.isEmpty()) {
            given = environment.get("COMPOSE_PROJECT_NAME");
            origin = "COMPOSE_PROJECT_NAME";
        }
        if (given != null && !given.isEmpty()) {
            if (!ProjectNames.isValid(given)) {
                diagnostics.error(Codes.INVALID_PROJECT_NAME, SourceLocation.NONE, origin + " '" + given
                        + "' is not a valid project name", "use lowercase letters, digits, '_' and '-', starting "
                        + "with a letter or a digit, for example '" + ProjectNames.normalize(given) + "'");
                return null;
            }
            return given;
        }
        if (nameNode != null) {
            String name = ProjectNames.normalize(nameNode.value());
            if (!name.isEmpty()) {
                return name;
            }
            diagnostics.error(Codes.INVALID_PROJECT_NAME, nameNode.location(), "name: '" + nameNode.value()
                    + "' has no letter or digit to make a project name of", "give a name like my-app");
            return null;
        }
        Path folder = projectDir.getFileName();
        String name = folder == null ? "" : ProjectNames.normalize(folder.toString());
        if (name.isEmpty()) {
            diagnostics.error(Codes.INVALID_PROJECT_NAME, SourceLocation.NONE, "cannot make a project name of the "
                    + "folder '" + projectDir + "'", "give one with -p or name: in the Compose file");
            return null;
        }
        return name;
    }
}
