package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The final step: the service's workload, a Deployment (apps/v1) selecting its pods by
 * {@code io.kompose.service}. Its pods restart always, which is what {@code restart: always}
 * and {@code unless-stopped} mean; other restart values need other workload kinds (a later
 * step), so they are reported. With volumes the Deployment is recreated rather than rolled, as
 * kompose does: a ReadWriteOnce claim cannot be mounted by the old and the new pod at once.
 */
public final class DeploymentStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("restart");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        String restart = service.restart();
        if (restart != null && !Set.of("always", "unless-stopped").contains(restart)) {
            context.warn("unconverted-value", context.locationOf("restart"), "restart '" + restart + "' of service '"
                    + service.name() + "' is not converted (yet): the Deployment's pods restart always", null);
        }
        Map<String, String> labels = new TreeMap<>(context.workloadLabels());
        labels.putAll(context.selectorLabels());
        DeploymentBuilder deployment = new DeploymentBuilder()
                .withNewMetadata()
                .withName(context.name())
                .withLabels(labels)
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withReplicas(context.replicas() == null ? 1 : context.replicas())
                .withNewSelector().withMatchLabels(context.selectorLabels()).endSelector()
                .withTemplate(PodTemplateAssembler.assemble(context, "Always"))
                .endSpec();
        if (!service.volumes().isEmpty()) {
            deployment.editSpec().withNewStrategy().withType("Recreate").endStrategy().endSpec();
        }
        context.setWorkload(deployment.build());
    }
}
