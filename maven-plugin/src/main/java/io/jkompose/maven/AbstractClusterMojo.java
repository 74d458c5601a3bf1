package io.jkompose.maven;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jkompose.apply.Application;
import io.jkompose.apply.ClusterException;
import io.jkompose.apply.ClusterTarget;
import io.jkompose.apply.ObjectResult;
import io.jkompose.apply.Ownership;
import io.jkompose.syntax.GoDuration;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * apply, diff and down: load (and for apply and diff convert) the project as convert does, then
 * talk to the cluster kubectl would (kubeconfig, KUBECONFIG, ~/.kube/config, a pod's account).
 * Any cluster failure fails the build with its one-line message.
 */
abstract class AbstractClusterMojo extends AbstractConvertingMojo {

    /** The kubeconfig file ({@code --kubeconfig}); default: KUBECONFIG, then ~/.kube/config. */
    @Parameter(property = "jkompose.kubeconfig")
    File kubeconfig;

    /** The kubeconfig context ({@code --context}); default: its current one. */
    @Parameter(property = "jkompose.context")
    String context;

    /** A connected client and what goes to the cluster; closing it closes the client. */
    record Session(KubernetesClient client, Application application) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    @Override
    final void run() throws MojoExecutionException, MojoFailureException {
        try {
            runAgainstCluster();
        } catch (ClusterException e) {
            throw new MojoFailureException("jkompose: " + e.getMessage(), e);
        }
    }

    abstract void runAgainstCluster() throws MojoExecutionException, MojoFailureException;

    /**
     * @param convert false for down, which needs the project's name, not its objects
     */
    Session open(boolean convert) throws MojoFailureException {
        // As the CLI's apply and diff: kompose.cmd names the command only, so that applying again with other
        // parameters (wait, timeout) changes no pod template, and diff compares with what apply would send.
        Loaded loaded = load(convert, List.of("apply"));
        Ownership ownership = new Ownership(loaded.project().name());
        Path file = kubeconfig == null ? null : basedir().resolve(kubeconfig.toPath());
        KubernetesClient client = new ClusterTarget(file, context, System.getenv()).connect();
        String where = namespace != null ? namespace : client.getNamespace() != null ? client.getNamespace() : "default";
        return new Session(client, new Application(ownership, where, loaded.objects()));
    }

    /** Logs an object's result the way kubectl prints it; a failure at error level. */
    void log(ObjectResult result, String suffix) {
        if (result.failed()) {
            getLog().error(result.object() + ": error: " + result.message());
        } else {
            getLog().info(result.object() + " " + result.outcome().word() + suffix
                    + (result.message() == null ? "" : ": " + result.message()));
        }
    }

    static Duration duration(String parameter, String value) throws MojoFailureException {
        Duration parsed = GoDuration.parseOrNull(value);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw new MojoFailureException("jkompose: parameter " + parameter + " must be a positive duration such "
                    + "as 90s or 5m, not '" + value + "'");
        }
        return parsed;
    }
}
