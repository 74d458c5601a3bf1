package io.jkompose.cli;

import io.jkompose.apply.ClusterTarget;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Which cluster: kubectl's flags, with kubectl's meaning. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class ClusterFlags {

    static final String[] OPTIONS = {"--kubeconfig", "--context"};

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig file (default: KUBECONFIG, then ~/.kube/config, then the pod's service account).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context (default: its current one).")
    String context;

    ClusterTarget target(Invocation invocation) {
        Path file = kubeconfig == null ? null : invocation.workingDir().resolve(kubeconfig);
        return new ClusterTarget(file, context, invocation.environment());
    }
}
