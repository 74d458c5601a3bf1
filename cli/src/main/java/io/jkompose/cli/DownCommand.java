package io.jkompose.cli;

import io.jkompose.apply.ObjectResult;
import io.jkompose.apply.Remover;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jkompose down}: delete what the project owns in the cluster. */
@Command(addMethodSubcommands = false, name = "down", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        abbreviateSynopsis = true,
        description = {"Delete everything this Compose project applied (found by its labels), in reverse order, and "
                + "wait until it is gone. PersistentVolumeClaims are kept unless --volumes is given; the namespace "
                + "and RuntimeClasses are always kept.",
                "Exit codes: 0 done; 1 invalid input; 2 usage; 3 cluster error or not gone in time."})
final class DownCommand implements Callable<Integer> {

    @ParentCommand
    JKompose root;

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load;

    @Mixin
    NamespaceOption namespace;

    @Mixin
    ClusterFlags cluster;

    @Mixin
    DiagnosticOptions diagnostics;

    @Option(names = "--volumes", description = "Also delete the PersistentVolumeClaims, and with them the data.")
    boolean volumes;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m",
            description = "How long to wait for the objects to be gone (default 5m).")
    String timeout;

    @Override
    public Integer call() {
        Duration limit = GoDuration.parseOrNull(timeout);
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive duration such as 90s or "
                    + "5m, not '" + timeout + "'");
        }
        Invocation invocation = root.invocation();
        try (DiagnosticReporter reporter = diagnostics.reporter(root, spec.commandLine());
                ClusterSession session = ClusterSession.open(root, reporter, load, null, namespace.get(), cluster)) {
            if (session == null) {
                return ExitCode.INVALID_INPUT;
            }
            List<ObjectResult> results = new Remover(session.client()).down(session.application(), volumes, limit,
                    new ResultPrinter(invocation, "")::print);
            if (results.isEmpty()) {
                invocation.out().println("nothing of project '" + session.application().ownership().project()
                        + "' in namespace " + session.application().namespace());
            }
            return results.stream().anyMatch(ObjectResult::failed) ? ExitCode.CLUSTER : ExitCode.OK;
        }
    }
}
