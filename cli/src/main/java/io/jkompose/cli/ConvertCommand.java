package io.jkompose.cli;

import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.writers.HelmChartWriter;
import io.jkompose.model.Project;
import io.jkompose.parser.DiskFileSource;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jkompose convert}: kompose's {@code convert}, with kompose's flags and their meaning. */
@Command(addMethodSubcommands = false, name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        abbreviateSynopsis = true,
        description = {"Convert a Compose project into Kubernetes manifests.",
                "Without -o or --stdout, writes one file per object (<name>-<kind>.yaml) into the current folder.",
                "Nothing is written when there is an error."})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    JKompose root;

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Write to PATH: one file per object when PATH is a folder or ends with '/', "
                    + "else one file holding all objects. '-' means stdout.")
    String out;

    @Option(names = "--stdout", description = "Print all objects to stdout instead of writing files (not with -o).")
    boolean stdout;

    @Option(names = {"-j", "--json"}, description = "Write JSON instead of YAML (a v1 List when on one stream).")
    boolean json;

    @Option(names = {"-c", "--chart"}, description = "Write a Helm chart into the folder of -o (default: a folder named "
            + "after the project): templates whose values (images, replicas, resources, env, Service, Ingress, "
            + "storage, placement) default to the converted objects. YAML only: not with -j, --stdout or --check.")
    boolean chart;

    @Option(names = "--check", description = "Write nothing: compare what would be written with the files of -o, "
            + "print a unified diff of each that differs (changed, missing, extra) and exit 4 when any does.")
    boolean check;

    @Mixin
    DiagnosticOptions diagnostics;

    @Mixin
    ConversionFlags conversion;

    @Mixin
    KustomizeFlags kustomize;

    @Mixin
    ProviderFlags provider;

    /** Puts the options of the help text in sections; called once when the command line is built. */
    static void groupOptionsInHelp(CommandLine convert) {
        convert.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                new OptionSections("Help")
                        .section("Input", "--file", "--profile", "--no-interpolate", "--project-name")
                        .section("Output", "--out", "--stdout", "--json", "--chart", "--check")
                        .section("Kustomize", KustomizeFlags.OPTIONS)
                        .section("Kubernetes", "--namespace", "--with-kompose-annotation")
                        .section("Provider", ProviderFlags.OPTIONS)
                        .section("Workloads", WorkloadFlags.OPTIONS)
                        .section("Storage", StorageFlags.OPTIONS)
                        .section("Network", NetworkFlags.OPTIONS)
                        .section("Containers", ContainerFlags.OPTIONS)
                        .section("Runtime", RuntimeFlags.OPTIONS)
                        .section("Messages", "--verbose", "--error-on-warning", "--suppress-warnings")
                        .section("Diagnostics", DiagnosticOptions.OPTIONS));
    }

    @Override
    public Integer call() {
        Invocation invocation = root.invocation();
        if (chart && kustomize.enabled()) {
            throw new ParameterException(spec.commandLine(), "--chart and --kustomize write different folders: choose one");
        }
        OutputTarget target = kustomize.enabled() ? null : outputTarget();
        kustomize.checkUsage(spec.commandLine(), out, stdout, allFiles());
        try (DiagnosticReporter reporter = diagnostics.reporter(root, spec.commandLine())) {
            // Warnings that fail the run (--error-on-warning) are all shown first, the loader's and the converter's.
            Project project = loadOptions().load(invocation, root.filesBeforeCommand(), reporter);
            if (project == null) {
                return ExitCode.INVALID_INPUT;
            }
            ConversionResult converted = KubernetesConverter.convert(project, convertOptions(project),
                    new DiskFileSource());
            if (!reporter.show(converted.diagnostics()) || !reporter.verdict()) {
                return ExitCode.INVALID_INPUT;
            }
            if (chart) {
                String chartName = HelmChartWriter.chartName(project.name());
                new HelmChartOutput(invocation, root.verbose()).write(
                        HelmChartOutput.folder(out, invocation.workingDir(), chartName), chartName, converted.objects());
                return ExitCode.OK;
            }
            if (kustomize.enabled()) {
                return kustomize.write(this, project, converted, reporter);
            }
            if (check) {
                return new ManifestCheck(invocation).check(ManifestOutput.render(target, converted.objects(), json),
                        json ? ".json" : ".yaml", target instanceof OutputTarget.Folder);
            }
            new ManifestOutput(invocation, root.verbose()).write(target, converted.objects(), json);
            return ExitCode.OK;
        }
    }

    /** Where to write; a usage error when -o and --stdout contradict each other. */
    OutputTarget outputTarget() {
        if (chart && (json || stdout || check || "-".equals(out))) {
            // A chart is a folder of YAML templates: none of these has a meaning for it.
            throw new ParameterException(spec.commandLine(), "--chart writes a folder of YAML templates: it cannot be "
                    + "combined with " + (json ? "-j/--json" : check ? "--check" : "--stdout or -o -"));
        }
        if (check && (out == null || out.isEmpty() || out.equals("-") || stdout)) {
            // Compared with nothing, a check would always pass: say what it needs instead.
            throw new ParameterException(spec.commandLine(),
                    "--check compares with the files of -o: give -o DIR (or -o FILE), not --stdout or -o -");
        }
        try {
            return OutputTarget.choose(out, stdout, root.invocation().workingDir());
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out: not a valid path: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private List<String> allFiles() {
        List<String> files = new ArrayList<>(root.filesBeforeCommand());
        files.addAll(load.files);
        return files;
    }

    LoadOptions loadOptions() {
        return load;
    }

    /** The folder of the first compose file, whose Git repository a BuildConfig builds from (as kompose). */
    private static java.nio.file.Path composeFolder(Project project, Invocation invocation) {
        return project.files().isEmpty() || project.files().get(0).getParent() == null ? invocation.workingDir()
                : project.files().get(0).getParent();
    }

    /** The flags that change what objects are made. */
    ConvertOptions convertOptions() {
        return conversion.toOptions(root);
    }

    /** With the provider's options, which read the project's folder (its Git repository); overlays use the same. */
    ConvertOptions convertOptions(Project project) {
        return convertOptions().withPlatform(provider.toOptions(composeFolder(project, root.invocation())));
    }
}
