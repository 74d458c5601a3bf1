package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;

/**
 * {@code deploy.update_config} → how a Deployment or DaemonSet replaces its pods, as kompose maps
 * it: {@code order: stop-first} (Compose's default) stops old pods first — {@code maxSurge: 0},
 * {@code maxUnavailable: <parallelism>}; {@code start-first} starts new ones first —
 * {@code maxSurge: <parallelism>}, {@code maxUnavailable: 0}. A parallelism of 0 means all at once
 * (100%). kompose ignores a parallelism without an order; jkompose applies Compose's default order.
 */
final class RolloutStrategies {

    private RolloutStrategies() {
    }

    /** How many pods may be added and be missing during a rollout. */
    record Rollout(IntOrString maxSurge, IntOrString maxUnavailable, boolean startFirst) {
    }

    /** The rollout the file asks for, or null when it asks for none; reports what has no counterpart. */
    static Rollout of(ServiceContext context) {
        Deploy deploy = context.service().deploy();
        Deploy.UpdateConfig config = deploy == null ? null : deploy.updateConfig();
        if (config == null) {
            return null;
        }
        SourceLocation location = config.location() != null ? config.location() : context.locationOf("deploy");
        reportUnconverted(context, config, location);
        if (config.order() == null && config.parallelism() == null) {
            return null;
        }
        IntOrString count = config.parallelism() == null ? null
                : config.parallelism() == 0 ? new IntOrString("100%") : new IntOrString(config.parallelism());
        IntOrString zero = new IntOrString(0);
        boolean startFirst = "start-first".equals(config.order());
        return startFirst ? new Rollout(count, zero, true) : new Rollout(zero, count, false);
    }

    /** {@code update_config} of a service whose workload does not roll (a Pod, a CronJob, a Job, a StatefulSet). */
    /** A new pod on another node cannot mount a ReadWriteOnce claim while the old pod still runs. */
    static void warnIfStartFirstOnClaim(ServiceContext context, Rollout rollout) {
        if (rollout.startFirst() && context.plan().storage().mountsReadWriteOnceClaim()) {
            context.warn(ConverterCode.ROLLOUT_WITH_CLAIM, context.service().deploy().updateConfig().location(),
                    "service '" + context.service().name() + "' starts new pods before stopping old ones "
                            + "(order: start-first), but mounts a ReadWriteOnce claim, which a new pod on "
                            + "another node cannot mount while the old one runs", "use order: stop-first");
        }
    }

    static void reportUnused(ServiceContext context, WorkloadKind kind) {
        Deploy deploy = context.service().deploy();
        if (deploy != null && deploy.updateConfig() != null) {
            Deploy.UpdateConfig config = deploy.updateConfig();
            context.warn(ConverterCode.UNCONVERTED_VALUE, config.location() != null ? config.location() : context.locationOf("deploy"),
                    "update_config of service '" + context.service().name() + "' is not converted: a " + kind.kind()
                            + " is not rolled out like a Deployment", null);
        }
    }

    private static void reportUnconverted(ServiceContext context, Deploy.UpdateConfig config, SourceLocation location) {
        StringBuilder keys = new StringBuilder();
        append(keys, "delay", config.delay() != null);
        append(keys, "failure_action", config.failureAction() != null);
        append(keys, "monitor", config.monitor() != null);
        append(keys, "max_failure_ratio", config.maxFailureRatio() != null);
        if (!keys.isEmpty()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location, "update_config of service '" + context.service().name()
                    + "': " + keys + " not converted, a Kubernetes rollout has no such setting",
                    "minReadySeconds of the workload holds each new pod back before the rollout goes on");
        }
    }

    private static void append(StringBuilder keys, String key, boolean present) {
        if (present) {
            keys.append(keys.isEmpty() ? "" : ", ").append(key);
        }
    }
}
