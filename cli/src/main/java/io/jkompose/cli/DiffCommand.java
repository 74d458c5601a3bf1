package io.jkompose.cli;

import io.jkompose.apply.Differ;
import io.jkompose.apply.ObjectResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jkompose diff}: what apply would change, as a unified diff of YAML per object. */
@Command(addMethodSubcommands = false, name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        abbreviateSynopsis = true,
        description = {"Show what 'jkompose apply' would change in the cluster: a unified YAML diff per object "
                + "(server-side dry run; managed fields and status left out; Secret values shown as ***).",
                "Exit codes: 0 nothing would change; 4 something would; 1 invalid input; 2 usage; 3 cluster error."})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    JKompose root;

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load;

    @Mixin
    ConversionFlags conversion;

    @Mixin
    ClusterFlags cluster;

    @Mixin
    DiagnosticOptions diagnostics;

    @Option(names = "--force-conflicts", description = "Show the result of taking over fields other managers own.")
    boolean forceConflicts;

    @Option(names = "--prune", description = "Also show what apply --prune would delete.")
    boolean prune;

    @Override
    public Integer call() {
        Invocation invocation = root.invocation();
        try (DiagnosticReporter reporter = diagnostics.reporter(root, spec.commandLine());
                ClusterSession session = ClusterSession.open(root, reporter, load, conversion, conversion.namespace(),
                        cluster)) {
            if (session == null) {
                return ExitCode.INVALID_INPUT;
            }
            Differ.Report report = new Differ(session.client()).diff(session.application(), forceConflicts, prune);
            for (Differ.ObjectDiff change : report.changes()) {
                String name = change.object().toString();
                invocation.out().print(UnifiedDiff.of(change.live() == null ? "/dev/null" : "live/" + name,
                        change.desired() == null ? "/dev/null" : "jkompose/" + name,
                        change.live() == null ? "" : change.live(), change.desired() == null ? "" : change.desired()));
            }
            for (ObjectResult failure : report.failures()) {
                invocation.err().println(failure.object() + ": error: " + failure.message());
            }
            if (!report.failures().isEmpty()) {
                return ExitCode.CLUSTER;
            }
            return report.changes().isEmpty() ? ExitCode.OK : ExitCode.DRIFT;
        }
    }
}
