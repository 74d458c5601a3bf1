package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import io.jkompose.syntax.QuantitySyntax;
import java.util.Set;

/**
 * The {@code kompose.volume.*} labels of a service and of a top-level volume, read once into typed
 * values. A value that is not valid is reported at its label (a top-level volume's labels at the
 * volume: the model keeps no line per volume label) and counts as not given.
 */
final class VolumeLabels {

    /** jkompose's own: the access mode of a named volume's claim (OpenCompose volumes say it). */
    static final String ACCESS_MODE = "jkompose.volume.access-mode";
    static final Set<String> ACCESS_MODES = Set.of(MountPlan.Claim.READ_WRITE_ONCE, MountPlan.Claim.READ_ONLY_MANY,
            "ReadWriteMany", "ReadWriteOncePod");

    private VolumeLabels() {
    }

    /**
     * How a service's volumes are converted: {@code --volumes} unless its {@code kompose.volume.type}
     * label says otherwise, and the settings of its other {@code kompose.volume.*} labels.
     *
     * @param type         what volumes become
     * @param subpath      {@code kompose.volume.subpath}: the subPath of every mount of the service's volumes, or null
     * @param size         {@code kompose.volume.size} of the service's claims, or null
     * @param storageClass {@code kompose.volume.storage-class-name} of the service's claims, or null
     */
    record OfService(VolumeType type, String subpath, String size, String storageClass) {

        static OfService read(Service service, VolumeType option, Diagnostics diagnostics) {
            VolumeType type = option;
            String typeLabel = KomposeLabels.value(service, KomposeLabels.VOLUME_TYPE);
            if (typeLabel != null) {
                VolumeType labelled = VolumeType.parse(typeLabel);
                if (labelled == null) {
                    KomposeLabels.invalid(diagnostics, service, KomposeLabels.VOLUME_TYPE, typeLabel,
                            VolumeType.choices());
                } else {
                    type = labelled;
                }
            }
            String subpath = KomposeLabels.value(service, KomposeLabels.VOLUME_SUBPATH);
            if (subpath != null && !isRelativePath(subpath)) {
                KomposeLabels.invalid(diagnostics, service, KomposeLabels.VOLUME_SUBPATH, subpath,
                        "a relative path without '..' (a folder inside the volume)");
                subpath = null;
            }
            String size = KomposeLabels.value(service, KomposeLabels.VOLUME_SIZE);
            if (size != null && !QuantitySyntax.isPositive(size)) {
                KomposeLabels.invalid(diagnostics, service, KomposeLabels.VOLUME_SIZE, size,
                        "a Kubernetes quantity above zero such as 1Gi");
                size = null;
            }
            String storageClass = KomposeLabels.value(service, KomposeLabels.VOLUME_STORAGE_CLASS);
            if (storageClass != null && !KubernetesNames.isSubdomain(storageClass)) {
                KomposeLabels.invalid(diagnostics, service, KomposeLabels.VOLUME_STORAGE_CLASS, storageClass,
                        "a storage class name (lower-case letters, digits, '-' and '.')");
                storageClass = null;
            }
            return new OfService(type, subpath, size, storageClass);
        }
    }

    /**
     * The labels of a top-level volume that set its claim.
     *
     * @param size         {@code kompose.volume.size}, or null
     * @param storageClass {@code kompose.volume.storage-class-name}, or null
     * @param selector     {@code kompose.volume.selector}: the claim binds only volumes labelled
     *                     {@code io.kompose.service: <selector>}; or null
     * @param accessMode   {@code jkompose.volume.access-mode}, or null
     */
    record OfVolume(String size, String storageClass, String selector, String accessMode) {

        static final OfVolume NONE = new OfVolume(null, null, null, null);

        static OfVolume read(Volume volume, Diagnostics diagnostics) {
            if (volume == null) {
                return NONE;
            }
            String size = value(volume, KomposeLabels.VOLUME_SIZE);
            if (size != null && !QuantitySyntax.isPositive(size)) {
                invalid(diagnostics, volume, KomposeLabels.VOLUME_SIZE, size,
                        "a Kubernetes quantity above zero such as 1Gi");
                size = null;
            }
            String storageClass = value(volume, KomposeLabels.VOLUME_STORAGE_CLASS);
            if (storageClass != null && !KubernetesNames.isSubdomain(storageClass)) {
                invalid(diagnostics, volume, KomposeLabels.VOLUME_STORAGE_CLASS, storageClass,
                        "a storage class name (lower-case letters, digits, '-' and '.')");
                storageClass = null;
            }
            String selector = value(volume, KomposeLabels.VOLUME_SELECTOR);
            if (selector != null && (selector.isEmpty() || !KubernetesNames.isLabelValue(selector))) {
                invalid(diagnostics, volume, KomposeLabels.VOLUME_SELECTOR, selector,
                        "a label value (at most 63 letters, digits, '-', '_' and '.')");
                selector = null;
            }
            String accessMode = value(volume, ACCESS_MODE);
            if (accessMode != null && !ACCESS_MODES.contains(accessMode)) {
                diagnostics.warn(ConverterCode.INVALID_LABEL_VALUE, location(volume, ACCESS_MODE), "label '" + ACCESS_MODE
                        + "' of volume '" + volume.key() + "' is '" + accessMode
                        + "', which is not an access mode; the claim's is kept",
                        "write ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod");
                accessMode = null;
            }
            return new OfVolume(size, storageClass, selector, accessMode);
        }
    }


    static boolean isRelativePath(String path) {
        if (path.isEmpty() || path.startsWith("/")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String value(Volume volume, String label) {
        String value = volume.labels().get(label);
        return value == null ? null : value.strip();
    }

    /** Where a top-level volume's label is written: the volume (the model keeps no line per volume label). */
    static SourceLocation location(Volume volume, String label) {
        return volume.location() != null ? volume.location() : SourceLocation.NONE;
    }

    private static void invalid(Diagnostics diagnostics, Volume volume, String label, String value, String expected) {
        diagnostics.error(ConverterCode.INVALID_LABEL_VALUE, location(volume, label), "label '" + label + "' of volume '"
                + volume.key() + "' is '" + value + "'; it must be " + expected,
                "correct the label's value, or remove the label");
    }
}
