package io.jkompose.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.converters.writers.kustomize.KustomizeWriter;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.parser.DiskFileSource;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code convert --kustomize} and {@code --overlay NAME=FILE}: the output as a Kustomize tree (see
 * {@link KustomizeWriter}), written into the {@code -o} folder, else into a folder named after the
 * project. Each overlay is the conversion of the same files plus FILE, with the same flags.
 */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class KustomizeFlags {

    static final String[] OPTIONS = {"--kustomize", "--overlay"};

    private static final Pattern OVERLAY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Option(names = "--kustomize", description = "Write a Kustomize tree: base/ (one file per object and a "
            + "kustomization.yaml; kubectl kustomize base gives the plain output) and overlays/NAME/ per --overlay. "
            + "-o names its folder (default: the project's name).")
    boolean enabled;

    @Option(names = "--overlay", paramLabel = "NAME=FILE",
            description = "With --kustomize: write overlays/NAME/, whose patches turn the base into the conversion "
                    + "of the Compose files plus the override FILE (compose.prod.yaml, say); repeatable.")
    List<String> overlays = new ArrayList<>();

    boolean enabled() {
        return enabled;
    }

    /** Usage errors, found before anything is read. */
    void checkUsage(CommandLine command, String out, boolean stdout, List<String> files) {
        if (!enabled) {
            if (!overlays.isEmpty()) {
                throw new ParameterException(command, "--overlay needs --kustomize");
            }
            return;
        }
        if (stdout || "-".equals(out)) {
            throw new ParameterException(command, "--kustomize writes a folder: give -o DIR (or no -o), not --stdout");
        }
        if (!overlays.isEmpty() && files.contains("-")) {
            throw new ParameterException(command, "--overlay cannot be used with -f - (standard input is read once)");
        }
        parsedOverlays(command);
    }

    /** NAME to FILE, in the order given; a usage error for a malformed or repeated name. */
    private Map<String, String> parsedOverlays(CommandLine command) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String overlay : overlays) {
            int equals = overlay.indexOf('=');
            String name = equals < 0 ? "" : overlay.substring(0, equals);
            String file = equals < 0 ? "" : overlay.substring(equals + 1);
            if (!OVERLAY_NAME.matcher(name).matches() || file.isEmpty()) {
                throw new ParameterException(command, "--overlay takes NAME=FILE, NAME a folder name of letters, "
                        + "digits, '.', '_' and '-' (prod=compose.prod.yaml, say), not '" + overlay + "'");
            }
            if (parsed.putIfAbsent(name, file) != null) {
                throw new ParameterException(command, "--overlay " + name + " is given twice");
            }
        }
        return parsed;
    }

    /**
     * Converts each overlay, then writes (or, with {@code --check}, compares) the tree.
     *
     * @param project the project of the base files, already converted into {@code base}
     */
    int write(ConvertCommand convert, Project project, ConversionResult base, DiagnosticReporter reporter) {
        Invocation invocation = convert.root.invocation();
        CommandLine command = convert.spec.commandLine();
        Path folder = folder(convert, project, command);

        Map<String, List<HasMetadata>> converted = new LinkedHashMap<>();
        Map<String, String> overlayFiles = parsedOverlays(command);
        if (!overlayFiles.isEmpty()) {
            LoadRequest request = convert.loadOptions().toRequest(invocation, convert.root.filesBeforeCommand());
            // What was shown already (the base's diagnostics) is not shown again for each overlay, also
            // when the merged service now sits in the override file (the same message at another place).
            Set<List<String>> shown = new HashSet<>();
            unseen(ProjectLoader.load(request).diagnostics(), shown);
            unseen(base.diagnostics(), shown);
            List<String> baseFiles = request.files().isEmpty()
                    ? project.files().stream().map(Path::toString).toList() : request.files();
            ConvertOptions options = convert.convertOptions(project);
            for (Map.Entry<String, String> overlay : overlayFiles.entrySet()) {
                List<HasMetadata> objects = convertOverlay(request, baseFiles, overlay.getValue(), options, shown,
                        reporter);
                if (objects == null) {
                    return ExitCode.INVALID_INPUT;
                }
                converted.put(overlay.getKey(), objects);
            }
            if (!reporter.verdict()) {
                return ExitCode.INVALID_INPUT;
            }
        }

        SortedMap<String, String> files = new KustomizeWriter(new ManifestWriter())
                .files(base.objects(), converted, convert.json);
        if (convert.check) {
            return new ManifestCheck(invocation).check(new ManifestOutput.Rendered(folder, folder, files),
                    convert.json ? ".json" : ".yaml", false);
        }
        List<Path> written;
        try {
            written = new FileTreeWriter().write(folder, files);
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot write " + ManifestOutput.display(
                    invocation.workingDir(), folder) + ": " + IoErrors.describe(e), e);
        }
        if (convert.root.verbose()) {
            written.forEach(path -> invocation.err().println("created "
                    + ManifestOutput.display(invocation.workingDir(), path)));
        }
        return ExitCode.OK;
    }

    /** The base files plus the override, converted with the same flags; null (after saying why) on an error. */
    private static List<HasMetadata> convertOverlay(LoadRequest base, List<String> baseFiles, String file,
            ConvertOptions options, Set<List<String>> shown, DiagnosticReporter reporter) {
        List<String> files = new ArrayList<>(baseFiles);
        files.add(file);
        LoadResult loaded = ProjectLoader.load(new LoadRequest(files, base.workingDir(), base.environment(),
                base.profiles(), base.projectName(), base.interpolate(), base.stdin(), base.inputFormat()));
        if (!reporter.show(unseen(loaded.diagnostics(), shown))) {
            return null;
        }
        if (loaded.project() == null) {
            reporter.reportFailure("the project with the overlay " + file + " could not be loaded");
            return null;
        }
        ConversionResult result = KubernetesConverter.convert(loaded.project(), options, new DiskFileSource());
        return reporter.show(unseen(result.diagnostics(), shown)) ? result.objects() : null;
    }

    /** The diagnostics whose severity, code, message and hint were not in {@code shown}, which gets them. */
    private static List<Diagnostic> unseen(List<Diagnostic> diagnostics, Set<List<String>> shown) {
        return diagnostics.stream().filter(diagnostic -> shown.add(Arrays.asList(diagnostic.severity().name(),
                diagnostic.code(), diagnostic.message(), diagnostic.hint()))).toList();
    }

    /** The {@code -o} folder, else one named after the project in the working folder. */
    private static Path folder(ConvertCommand convert, Project project, CommandLine command) {
        Path workingDir = convert.root.invocation().workingDir().toAbsolutePath().normalize();
        String out = convert.out == null || convert.out.isEmpty() ? project.name() : convert.out;
        try {
            return workingDir.resolve(out).normalize();
        } catch (InvalidPathException e) {
            throw new ParameterException(command, "--out: not a valid path: " + e.getMessage(), e);
        }
    }
}
