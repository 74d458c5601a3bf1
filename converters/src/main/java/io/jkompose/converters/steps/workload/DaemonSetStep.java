package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetUpdateStrategy;
import io.fabric8.kubernetes.api.model.apps.DaemonSetUpdateStrategyBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;

/**
 * A service that runs as a DaemonSet (apps/v1): one pod on each node, for {@code deploy.mode: global},
 * {@code --controller daemonSet} or the {@code kompose.controller.type: daemonset} label.
 * {@code deploy.update_config} sets its rolling update as for a Deployment.
 */
public final class DaemonSetStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.DAEMON_SET) {
            return;
        }
        context.setWorkload(new DaemonSetBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withNewSelector().withMatchLabels(context.selectorLabels()).endSelector()
                .withUpdateStrategy(strategy(context))
                .withTemplate(PodTemplateAssembler.assemble(context, "Always"))
                .endSpec()
                .build());
    }

    private static DaemonSetUpdateStrategy strategy(ServiceContext context) {
        RolloutStrategies.Rollout rollout = RolloutStrategies.of(context);
        if (rollout == null) {
            return null;
        }
        return new DaemonSetUpdateStrategyBuilder()
                .withType("RollingUpdate")
                .withNewRollingUpdate()
                .withMaxSurge(rollout.maxSurge())
                .withMaxUnavailable(rollout.maxUnavailable())
                .endRollingUpdate()
                .build();
    }
}
