package io.jkompose.cli;

import io.jkompose.apply.Applier;
import io.jkompose.apply.ApplyOptions;
import io.jkompose.apply.ApplyOptions.DryRun;
import io.jkompose.apply.ObjectResult;
import io.jkompose.apply.RolloutWaiter;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jkompose apply}: convert, then server-side apply to a cluster and follow the rollout. */
@Command(addMethodSubcommands = false, name = "apply", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        abbreviateSynopsis = true,
        description = {"Convert a Compose project and apply it to a cluster (server-side apply, field manager jkompose).",
                "Objects go in dependency order and carry app.kubernetes.io/managed-by=jkompose and "
                        + "app.kubernetes.io/part-of=<project>.",
                "Exit codes: 0 applied (and rolled out, with --wait); 1 invalid input; 2 usage; "
                        + "3 an object was rejected, the cluster failed, or the rollout did not finish."})
final class ApplyCommand implements Callable<Integer> {

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

    @Option(names = "--force-conflicts", description = "Take over fields that another field manager owns.")
    boolean forceConflicts;

    @Option(names = "--prune", description = "Delete what this project applied before that the conversion no "
            + "longer makes (claims are kept).")
    boolean prune;

    @Option(names = "--dry-run", paramLabel = "none|client|server", defaultValue = "none",
            description = "client: send nothing that changes the cluster; server: let the server check everything "
                    + "and store nothing.")
    String dryRun;

    @Option(names = "--wait", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Follow each workload until rolled out, each Job until complete (default: in a terminal).")
    Boolean waitForRollout;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
            description = "How long --wait waits, e.g. 90s, 5m (default 5m).")
    String timeout;

    @Override
    public Integer call() {
        ApplyOptions options = new ApplyOptions(forceConflicts, dryRun(), prune);
        Duration limit = timeout();
        Invocation invocation = root.invocation();
        try (DiagnosticReporter reporter = diagnostics.reporter(root, spec.commandLine());
                ClusterSession session = ClusterSession.open(root, reporter, load, conversion, conversion.namespace(),
                        cluster)) {
            if (session == null) {
                return ExitCode.INVALID_INPUT;
            }
            String suffix = switch (options.dryRun()) {
                case NONE -> "";
                case CLIENT -> " (client dry run)";
                case SERVER -> " (server dry run)";
            };
            List<ObjectResult> results = new Applier(session.client()).apply(session.application(), options,
                    new ResultPrinter(invocation, suffix)::print);
            if (results.stream().anyMatch(ObjectResult::failed)) {
                invocation.err().println("jkompose: error: " + results.stream().filter(ObjectResult::failed).count()
                        + " objects were not applied (see above); the others were");
                return ExitCode.CLUSTER;
            }
            boolean follow = waitForRollout != null ? waitForRollout : invocation.terminal();
            if (!follow || options.dryRun() != DryRun.NONE) {
                return ExitCode.OK;
            }
            ProgressDisplay display = ProgressDisplay.forOutput(invocation);
            RolloutWaiter.Outcome outcome = new RolloutWaiter(session.client()).await(session.application(), limit,
                    display::show);
            if (outcome.succeeded()) {
                return ExitCode.OK;
            }
            outcome.notReady().forEach((object, reasons) -> {
                invocation.err().println("jkompose: error: " + object + (outcome.timedOut()
                        ? " is not ready after " + GoDuration.format(limit) : " failed") + ":");
                reasons.forEach(reason -> invocation.err().println("  " + reason));
            });
            return ExitCode.CLUSTER;
        }
    }

    private DryRun dryRun() {
        try {
            return DryRun.valueOf(dryRun.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--dry-run must be none, client or server, not '"
                    + dryRun + "'", e);
        }
    }

    private Duration timeout() {
        Duration parsed = GoDuration.parseOrNull(timeout);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive duration such as 90s or "
                    + "5m, not '" + timeout + "'");
        }
        return parsed;
    }
}
