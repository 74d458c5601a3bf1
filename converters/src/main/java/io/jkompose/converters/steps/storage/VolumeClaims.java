package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.MountPlan;

/**
 * PersistentVolumeClaims as kompose writes them: labelled {@code io.kompose.service: <claim>}, the
 * access mode, the requested size, and an optional storage class and selector, all as the plan
 * decided them.
 */
public final class VolumeClaims {

    private VolumeClaims() {
    }

    /** The claim as an object of its own, shared by the pods that mount it. */
    static PersistentVolumeClaim claim(MountPlan.Claim claim) {
        PersistentVolumeClaimBuilder built = new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName(claim.name())
                .addToLabels(ServiceContext.SELECTOR_LABEL, KubernetesNames.labelValue(claim.name()))
                .endMetadata()
                .withNewSpec()
                .withAccessModes(claim.accessMode())
                .withNewResources()
                .addToRequests("storage", new Quantity(claim.size()))
                .endResources()
                .withStorageClassName(claim.storageClass())
                .endSpec();
        if (claim.selector() != null) {
            built.editSpec().withNewSelector().addToMatchLabels(ServiceContext.SELECTOR_LABEL, claim.selector())
                    .endSelector().endSpec();
        }
        return built.build();
    }

    /**
     * The claim as a StatefulSet's {@code volumeClaimTemplate}: part of the StatefulSet, not an
     * object of its own, so without apiVersion and kind.
     */
    public static PersistentVolumeClaim template(MountPlan.Claim claim) {
        return new PersistentVolumeClaimBuilder(claim(claim)).withApiVersion(null).withKind(null).build();
    }
}
