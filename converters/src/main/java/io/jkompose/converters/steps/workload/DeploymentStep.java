package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import java.util.Set;

/**
 * A service that runs as a Deployment (apps/v1), selecting its pods by {@code io.kompose.service}.
 * Its pods restart always. {@code deploy.update_config} sets the rolling update
 * ({@link RolloutStrategies}); without it, a service with volumes is recreated rather than rolled,
 * as kompose does: a ReadWriteOnce claim cannot be mounted by the old and the new pod at once.
 * (kompose writes both, which an API server rejects.)
 */
public final class DeploymentStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("deploy.update_config");
    }

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.DEPLOYMENT) {
            return;
        }
        DeploymentBuilder deployment = new DeploymentBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withReplicas(context.replicas())
                .withNewSelector().withMatchLabels(context.selectorLabels()).endSelector()
                .withStrategy(strategy(context))
                .endSpec();
        Deployment built = deployment.build();
        built.getSpec().setTemplate(PodTemplateAssembler.assemble(context, "Always"));
        context.setWorkload(built);
    }

    private static DeploymentStrategy strategy(ServiceContext context) {
        RolloutStrategies.Rollout rollout = RolloutStrategies.of(context);
        if (rollout != null) {
            RolloutStrategies.warnIfStartFirstOnClaim(context, rollout);
            return new DeploymentStrategyBuilder()
                    .withType("RollingUpdate")
                    .withNewRollingUpdate()
                    .withMaxSurge(rollout.maxSurge())
                    .withMaxUnavailable(rollout.maxUnavailable())
                    .endRollingUpdate()
                    .build();
        }
        if (!context.service().storage().volumes().isEmpty()) {
            return new DeploymentStrategyBuilder().withType("Recreate").build();
        }
        return null;
    }
}
