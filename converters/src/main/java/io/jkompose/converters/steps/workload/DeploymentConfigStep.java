package io.jkompose.converters.steps.workload;

import io.fabric8.openshift.api.model.DeploymentConfigBuilder;
import io.fabric8.openshift.api.model.DeploymentStrategy;
import io.fabric8.openshift.api.model.DeploymentStrategyBuilder;
import io.fabric8.openshift.api.model.DeploymentTriggerPolicyBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import java.util.Set;
import java.util.TreeMap;

/**
 * A service that runs as an OpenShift DeploymentConfig (apps.openshift.io/v1; {@code --provider
 * openshift}), as kompose writes it: selecting its pods by {@code io.kompose.service}, its pods
 * restarting always, redeployed on a change of its configuration ({@code ConfigChange} trigger).
 * The {@code ImageChange} trigger that takes its image from the service's ImageStream is added once
 * the pods are final ({@code ImageTriggersStep}), since grouped services share one DeploymentConfig.
 * {@code deploy.update_config} sets the rolling parameters as for a Deployment; without it, a
 * service with volumes is recreated rather than rolled, as kompose does (a ReadWriteOnce claim
 * cannot be mounted by the old and the new pod at once).
 */
public final class DeploymentConfigStep implements ServiceConversionStep {

    /** The trigger that redeploys on a change of the DeploymentConfig itself. */
    public static final String CONFIG_CHANGE = "ConfigChange";

    @Override
    public Set<String> handledKeys() {
        return Set.of("deploy.update_config");
    }

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.DEPLOYMENT_CONFIG) {
            return;
        }
        DeploymentConfigBuilder deploymentConfig = new DeploymentConfigBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withReplicas(context.replicas())
                .withSelector(new TreeMap<>(context.selectorLabels()))
                .withStrategy(strategy(context))
                .withTemplate(PodTemplateAssembler.assemble(context, "Always"))
                .withTest(false)
                .withTriggers(new DeploymentTriggerPolicyBuilder().withType(CONFIG_CHANGE).build())
                .endSpec();
        context.setWorkload(deploymentConfig.build());
    }

    private static DeploymentStrategy strategy(ServiceContext context) {
        RolloutStrategies.Rollout rollout = RolloutStrategies.of(context);
        if (rollout != null) {
            RolloutStrategies.warnIfStartFirstOnClaim(context, rollout);
            return new DeploymentStrategyBuilder()
                    .withType("Rolling")
                    .withNewRollingParams()
                    .withMaxSurge(rollout.maxSurge())
                    .withMaxUnavailable(rollout.maxUnavailable())
                    .endRollingParams()
                    .build();
        }
        if (!context.service().storage().volumes().isEmpty()) {
            return new DeploymentStrategyBuilder().withType("Recreate").build();
        }
        return null;
    }
}
