package io.jkompose.maven;

import io.jkompose.apply.ObjectResult;
import io.jkompose.apply.Remover;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deletes what this Compose project applied (found by its labels), in reverse order, and waits until
 * it is gone, as {@code jkompose down} does. Claims are kept unless {@code removeVolumes}.
 */
@Mojo(name = "down", threadSafe = true)
public class DownMojo extends AbstractClusterMojo {

    /**
     * Also delete the PersistentVolumeClaims, and with them the data ({@code jkompose down --volumes};
     * named apart from {@code volumes}, which says what volumes become).
     */
    @Parameter(property = "jkompose.removeVolumes", defaultValue = "false")
    boolean removeVolumes;

    /** How long to wait for the objects to be gone ({@code --timeout}). */
    @Parameter(property = "jkompose.timeout", defaultValue = "5m")
    String timeout = "5m";

    @Override
    void runAgainstCluster() throws MojoExecutionException, MojoFailureException {
        Duration limit = duration("timeout", timeout);
        try (Session session = open(false)) {
            List<ObjectResult> results = new Remover(session.client()).down(session.application(), removeVolumes,
                    limit, result -> log(result, ""));
            if (results.isEmpty()) {
                getLog().info("jkompose: nothing of project '" + session.application().ownership().project()
                        + "' in namespace " + session.application().namespace());
            }
            long failed = results.stream().filter(ObjectResult::failed).count();
            if (failed > 0) {
                throw new MojoFailureException("jkompose: " + failed + " objects were not deleted (see above)");
            }
        }
    }
}
