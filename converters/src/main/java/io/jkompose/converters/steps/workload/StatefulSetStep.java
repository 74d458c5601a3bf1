package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.MountPlan;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.converters.steps.storage.VolumeClaims;
import java.util.ArrayList;
import java.util.List;

/**
 * A service that runs as a StatefulSet (apps/v1), for {@code --controller statefulset} or the
 * {@code kompose.controller.type: statefulset} label. The claims its storage plan makes per replica
 * are its {@code volumeClaimTemplates}, instead of shared claims (external volumes
 * stay shared). Its governing Service is headless ({@code clusterIP: None}), as kompose makes it
 * for {@code --controller statefulset}; when the service has no Service, or one that cannot be
 * headless (NodePort, LoadBalancer), a headless {@code <name>-headless} one is added.
 */
public final class StatefulSetStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.STATEFUL_SET) {
            return;
        }
        RolloutStrategies.reportUnused(context, WorkloadKind.STATEFUL_SET);
        PodTemplateSpec template = PodTemplateAssembler.assemble(context, "Always");
        List<PersistentVolumeClaim> claimTemplates = claimTemplates(context);
        StatefulSet statefulSet = new StatefulSetBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withReplicas(context.replicas())
                .withNewSelector().withMatchLabels(context.selectorLabels()).endSelector()
                .withServiceName(governingService(context))
                .withVolumeClaimTemplates(claimTemplates.isEmpty() ? null : claimTemplates)
                .endSpec()
                .build();
        statefulSet.getSpec().setTemplate(template);   // not through the builder, which copies it
        context.setWorkload(statefulSet);
    }

    /** The claims the plan makes per replica, as the StatefulSet's templates. */
    private static List<PersistentVolumeClaim> claimTemplates(ServiceContext context) {
        List<PersistentVolumeClaim> templates = new ArrayList<>();
        for (MountPlan.Claim claim : context.plan().storage().claimTemplates()) {
            templates.add(VolumeClaims.template(claim));
        }
        return templates;
    }

    /** The name of the headless Service that gives the pods their DNS names, as the plan decided it. */
    private static String governingService(ServiceContext context) {
        return context.plan().network().governingService();
    }
}
