package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;

/**
 * PersistentVolumeClaims as kompose writes them: labelled {@code io.kompose.service: <claim>},
 * {@code ReadWriteOnce} ({@code ReadOnlyMany} for a read-only one), the requested size, and an
 * optional storage class and selector ({@code kompose.volume.*} labels).
 */
public final class VolumeClaims {

    public static final String READ_WRITE_ONCE = "ReadWriteOnce";
    static final String READ_ONLY_MANY = "ReadOnlyMany";

    private VolumeClaims() {
    }

    /**
     * @param size          a Kubernetes quantity, already checked
     * @param storageClass  null for the cluster's default class
     * @param selectorValue null for none; else the claim binds only volumes labelled {@code io.kompose.service: <value>}
     */
    static PersistentVolumeClaim claim(String name, boolean readOnly, String size, String storageClass,
            String selectorValue) {
        PersistentVolumeClaimBuilder claim = new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(ServiceContext.SELECTOR_LABEL, KubernetesNames.labelValue(name))
                .endMetadata()
                .withNewSpec()
                .withAccessModes(readOnly ? READ_ONLY_MANY : READ_WRITE_ONCE)
                .withNewResources()
                .addToRequests("storage", new Quantity(size))
                .endResources()
                .withStorageClassName(storageClass)
                .endSpec();
        if (selectorValue != null) {
            claim.editSpec().withNewSelector().addToMatchLabels(ServiceContext.SELECTOR_LABEL, selectorValue)
                    .endSelector().endSpec();
        }
        return claim.build();
    }
}
