package io.jkompose.parser.canonical;

import io.jkompose.model.Deploy;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code deploy} section, keys in the order of compose-go's {@code DeployConfig}:
 * {@code mode, replicas, labels, update_config, rollback_config, resources, restart_policy,
 * placement, endpoint_mode}.
 */
final class DeployForm {

    private DeployForm() {
    }

    static Node of(Deploy deploy, Context context) {
        if (deploy == null) {
            return null;
        }
        // Compose prints a deploy section that was written, even when nothing in it survives.
        return new Node()
                .text("mode", deploy.mode())
                .put("replicas", deploy.replicas())
                .map("labels", context.keyOrder().sorted(deploy.labels()))
                .node("update_config", update(deploy.updateConfig()))
                .node("rollback_config", update(deploy.rollbackConfig()))
                .node("resources", resources(deploy.resources()))
                .node("restart_policy", restartPolicy(deploy.restartPolicy()))
                .node("placement", placement(deploy.placement()))
                .text("endpoint_mode", deploy.endpointMode());
    }

    /** {@code parallelism, delay, failure_action, monitor, max_failure_ratio, order}. */
    private static Node update(Deploy.UpdateConfig update) {
        if (update == null) {
            return null;
        }
        // delay and monitor are plain (not pointer) durations in compose-go: zero is left out.
        return new Node()
                .put("parallelism", update.parallelism())
                .text("delay", nonZeroDuration(update.delay()))
                .text("failure_action", update.failureAction())
                .text("monitor", nonZeroDuration(update.monitor()))
                .number("max_failure_ratio", GoValues.float32(update.maxFailureRatio()))
                .text("order", update.order());
    }

    /** {@code limits, reservations}, each {@code cpus, memory, pids}. */
    private static Node resources(Deploy.Resources resources) {
        if (resources == null) {
            return null;
        }
        return new Node()
                .nodeEvenEmpty("limits", resource(resources.limits()))
                .nodeEvenEmpty("reservations", resource(resources.reservations()));
    }

    private static Node resource(Deploy.ResourceSpec spec) {
        if (spec == null) {
            return null;
        }
        return new Node()
                .number("cpus", GoValues.float32(spec.cpus()))
                .text("memory", GoValues.bytes(spec.memoryBytes()))
                .number("pids", spec.pids());
    }

    /** {@code condition, delay, max_attempts, window}; the durations are pointers, so zero is printed. */
    private static Node restartPolicy(Deploy.RestartPolicy policy) {
        if (policy == null) {
            return null;
        }
        return new Node()
                .text("condition", policy.condition() == null ? null : policy.condition().written())
                .put("delay", duration(policy.delay()))
                .put("max_attempts", policy.maxAttempts())
                .put("window", duration(policy.window()));
    }

    /** {@code constraints, preferences} (each {@code {spread: …}}), {@code max_replicas_per_node}. */
    private static Node placement(Deploy.Placement placement) {
        if (placement == null) {
            return null;
        }
        List<Map<String, Object>> preferences = new ArrayList<>();
        for (String spread : placement.preferences()) {
            preferences.add(new Node().text("spread", spread).build());
        }
        return new Node()
                .list("constraints", placement.constraints())
                .list("preferences", preferences)
                .number("max_replicas_per_node", placement.maxReplicasPerNode());
    }

    static String duration(Duration duration) {
        return duration == null ? null : GoDuration.format(duration);
    }

    private static String nonZeroDuration(Duration duration) {
        return duration == null || duration.isZero() ? null : GoDuration.format(duration);
    }
}
