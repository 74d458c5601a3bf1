package io.jkompose.maven;

import io.jkompose.apply.Applier;
import io.jkompose.apply.ApplyOptions;
import io.jkompose.apply.ApplyOptions.DryRun;
import io.jkompose.apply.ObjectResult;
import io.jkompose.apply.RolloutState;
import io.jkompose.apply.RolloutWaiter;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts the project and applies it to the cluster (server-side apply, field manager jkompose), as
 * {@code jkompose apply} does; with {@code wait}, follows each rollout and fails the build when one
 * does not finish in time.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends AbstractClusterMojo {

    /** Take over fields another field manager owns ({@code --force-conflicts}). */
    @Parameter(property = "jkompose.forceConflicts", defaultValue = "false")
    boolean forceConflicts;

    /** Delete what this project applied before that the conversion no longer makes ({@code --prune}). */
    @Parameter(property = "jkompose.prune", defaultValue = "false")
    boolean prune;

    /** none, client or server ({@code --dry-run}). */
    @Parameter(property = "jkompose.dryRun", defaultValue = "none")
    String dryRun = "none";

    /** Follow each workload until rolled out, each Job until complete ({@code --wait}). */
    @Parameter(property = "jkompose.wait", defaultValue = "false")
    boolean wait;

    /** How long {@code wait} waits, e.g. 90s, 5m ({@code --timeout}). */
    @Parameter(property = "jkompose.timeout", defaultValue = "5m")
    String timeout = "5m";

    @Override
    void runAgainstCluster() throws MojoExecutionException, MojoFailureException {
        ApplyOptions options = new ApplyOptions(forceConflicts, dryRun(), prune);
        Duration limit = duration("timeout", timeout);
        try (Session session = open(true)) {
            String suffix = switch (options.dryRun()) {
                case NONE -> "";
                case CLIENT -> " (client dry run)";
                case SERVER -> " (server dry run)";
            };
            List<ObjectResult> results = new Applier(session.client()).apply(session.application(), options,
                    result -> log(result, suffix));
            long failed = results.stream().filter(ObjectResult::failed).count();
            if (failed > 0) {
                throw new MojoFailureException("jkompose: " + failed + " of " + results.size()
                        + " objects were not applied (see above); the others were");
            }
            if (!wait || options.dryRun() != DryRun.NONE) {
                return;
            }
            Map<Object, String> shown = new HashMap<>();
            RolloutWaiter.Outcome outcome = new RolloutWaiter(session.client()).await(session.application(), limit,
                    progress -> progress.states().forEach(state -> logChange(shown, state)));
            if (outcome.succeeded()) {
                getLog().info("jkompose: rolled out");
                return;
            }
            outcome.notReady().forEach((object, reasons) -> {
                getLog().error(object + (outcome.timedOut() ? " is not ready after " + GoDuration.format(limit)
                        : " failed") + ":");
                reasons.forEach(reason -> getLog().error("  " + reason));
            });
            throw new MojoFailureException("jkompose: " + outcome.notReady().size() + " workloads did not roll out"
                    + (outcome.timedOut() ? " within " + GoDuration.format(limit) : "") + " (see above)");
        }
    }

    /** A line each time a workload's state changes, not on every poll. */
    private void logChange(Map<Object, String> shown, RolloutState state) {
        String line = state.object() + ": " + state.ready() + "/" + state.desired() + " "
                + state.phase().name().toLowerCase(Locale.ROOT) + (state.detail() == null ? "" : " (" + state.detail() + ")");
        if (!line.equals(shown.put(state.object(), line))) {
            getLog().info(line);
        }
    }

    private DryRun dryRun() throws MojoFailureException {
        try {
            return DryRun.valueOf(dryRun.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("jkompose: parameter dryRun must be none, client or server, not '"
                    + dryRun + "'", e);
        }
    }
}
