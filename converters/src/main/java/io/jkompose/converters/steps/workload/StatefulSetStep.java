package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service that runs as a StatefulSet (apps/v1), for {@code --controller statefulset} or the
 * {@code kompose.controller.type: statefulset} label. The claims made for its volumes become
 * {@code volumeClaimTemplates}, one claim per replica, instead of shared claims (external volumes
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
        List<PersistentVolumeClaim> claimTemplates = claimTemplates(context, template);
        context.setWorkload(new StatefulSetBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withReplicas(context.replicas())
                .withNewSelector().withMatchLabels(context.selectorLabels()).endSelector()
                .withServiceName(governingService(context))
                .withTemplate(template)
                .withVolumeClaimTemplates(claimTemplates.isEmpty() ? null : claimTemplates)
                .endSpec()
                .build());
    }

    /** Moves the claims made for this service out of its objects and its pod's volumes into templates. */
    private static List<PersistentVolumeClaim> claimTemplates(ServiceContext context, PodTemplateSpec template) {
        Map<String, PersistentVolumeClaim> made = new HashMap<>();
        for (HasMetadata object : context.objects()) {
            if (object instanceof PersistentVolumeClaim claim) {
                made.putIfAbsent(claim.getMetadata().getName(), claim);
            }
        }
        List<PersistentVolumeClaim> templates = new ArrayList<>();
        List<Volume> kept = new ArrayList<>();
        List<Volume> volumes = template.getSpec().getVolumes() == null ? List.of() : template.getSpec().getVolumes();
        for (Volume volume : volumes) {
            PersistentVolumeClaim claim = volume.getPersistentVolumeClaim() == null ? null
                    : made.get(volume.getPersistentVolumeClaim().getClaimName());
            if (claim == null) {
                kept.add(volume);
                continue;
            }
            context.removeObject(claim);
            // A template is part of the StatefulSet, not an object of its own: no apiVersion or kind.
            templates.add(new PersistentVolumeClaimBuilder(claim).withApiVersion(null).withKind(null).build());
        }
        template.getSpec().setVolumes(kept.isEmpty() ? null : kept);
        return templates;
    }

    /** The name of the headless Service that gives the pods their DNS names, as the plan decided it. */
    private static String governingService(ServiceContext context) {
        return context.plan().network().governingService();
    }
}
