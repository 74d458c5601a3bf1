package io.jkompose.cli;

import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.model.Project;
import io.jkompose.parser.canonical.CanonicalForm;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jkompose config}: the project as the loader sees it, like {@code docker compose config}. */
@Command(addMethodSubcommands = false, name = "config", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        abbreviateSynopsis = true, sortOptions = false,
        description = "Print the project after merging the files, interpolating variables and applying profiles.")
final class ConfigCommand implements Callable<Integer> {

    enum Format { yaml, json }

    @ParentCommand
    JKompose root;

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load;

    @Mixin
    DiagnosticOptions diagnostics;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        Invocation invocation = root.invocation();
        try (DiagnosticReporter reporter = diagnostics.reporter(root, spec.commandLine())) {
            Project project = load.loadProject(invocation, root.filesBeforeCommand(), reporter);
            if (project == null) {
                return ExitCode.INVALID_INPUT;
            }
            Map<String, Object> tree = CanonicalForm.of(project);
            ManifestWriter writer = new ManifestWriter();
            invocation.out().print(format == Format.json ? writer.treeJson(tree) : writer.treeYaml(tree));
            return ExitCode.OK;
        }
    }
}
