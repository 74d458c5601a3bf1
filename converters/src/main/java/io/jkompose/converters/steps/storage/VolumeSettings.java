package io.jkompose.converters.steps.storage;

import io.jkompose.converters.StorageOptions.VolumeType;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.KomposeLabels;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import io.jkompose.syntax.QuantitySyntax;
import java.util.Map;

/**
 * How a service's volumes are converted: {@code --volumes} unless its {@code kompose.volume.type}
 * label says otherwise, and the claim settings of its {@code kompose.volume.*} labels. Invalid
 * values are errors at the labels.
 *
 * @param type         what volumes become
 * @param subpath      {@code kompose.volume.subpath}: the subPath of every mount of the service's volumes, or null
 * @param size         {@code kompose.volume.size} of the service, or null
 * @param storageClass {@code kompose.volume.storage-class-name} of the service, or null
 */
public record VolumeSettings(VolumeType type, String subpath, String size, String storageClass) {

    static VolumeSettings of(ServiceContext context) {
        VolumeType type = context.options().storage().volumes();
        String typeLabel = KomposeLabels.value(context.service(), KomposeLabels.VOLUME_TYPE);
        if (typeLabel != null) {
            VolumeType labelled = VolumeType.parse(typeLabel);
            if (labelled == null) {
                KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.VOLUME_TYPE, typeLabel, VolumeType.choices());
            } else {
                type = labelled;
            }
        }
        String subpath = KomposeLabels.value(context.service(), KomposeLabels.VOLUME_SUBPATH);
        if (subpath != null && !isRelativePath(subpath)) {
            KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.VOLUME_SUBPATH, subpath,
                    "a relative path without '..' (a folder inside the volume)");
            subpath = null;
        }
        String size = KomposeLabels.value(context.service(), KomposeLabels.VOLUME_SIZE);
        if (size != null && !QuantitySyntax.isPositive(size)) {
            KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.VOLUME_SIZE, size,
                    "a Kubernetes quantity above zero such as 1Gi");
            size = null;
        }
        String storageClass = KomposeLabels.value(context.service(), KomposeLabels.VOLUME_STORAGE_CLASS);
        if (storageClass != null && !KubernetesNames.isSubdomain(storageClass)) {
            KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.VOLUME_STORAGE_CLASS, storageClass,
                    "a storage class name (lower-case letters, digits, '-' and '.')");
            storageClass = null;
        }
        return new VolumeSettings(type, subpath, size, storageClass);
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

    /**
     * The {@code kompose.volume.*} labels of a top-level volume, checked once per project.
     *
     * @param size         {@code kompose.volume.size}, or null
     * @param storageClass {@code kompose.volume.storage-class-name}, or null
     * @param selector     {@code kompose.volume.selector}: the claim binds only volumes labelled
     *                     {@code io.kompose.service: <selector>}; or null
     */
    record OfVolume(String size, String storageClass, String selector) {

        static final OfVolume NONE = new OfVolume(null, null, null);

        private record Key(String volume) {
        }

        static OfVolume of(ServiceContext context, Volume volume) {
            if (volume == null) {
                return NONE;
            }
            return context.projectContext().shared(new Key(volume.key()), () -> read(context, volume));
        }

        private static OfVolume read(ServiceContext context, Volume volume) {
            Map<String, String> labels = volume.labels();
            SourceLocation location = volume.location() != null ? volume.location() : SourceLocation.NONE;
            String size = strip(labels.get(KomposeLabels.VOLUME_SIZE));
            if (size != null && !QuantitySyntax.isPositive(size)) {
                invalid(context, volume, location, KomposeLabels.VOLUME_SIZE, size,
                        "a Kubernetes quantity above zero such as 1Gi");
                size = null;
            }
            String storageClass = strip(labels.get(KomposeLabels.VOLUME_STORAGE_CLASS));
            if (storageClass != null && !KubernetesNames.isSubdomain(storageClass)) {
                invalid(context, volume, location, KomposeLabels.VOLUME_STORAGE_CLASS, storageClass,
                        "a storage class name (lower-case letters, digits, '-' and '.')");
                storageClass = null;
            }
            String selector = strip(labels.get(KomposeLabels.VOLUME_SELECTOR));
            if (selector != null && (selector.isEmpty() || !KubernetesNames.isLabelValue(selector))) {
                invalid(context, volume, location, KomposeLabels.VOLUME_SELECTOR, selector,
                        "a label value (at most 63 letters, digits, '-', '_' and '.')");
                selector = null;
            }
            return new OfVolume(size, storageClass, selector);
        }

        private static String strip(String value) {
            return value == null ? null : value.strip();
        }

        private static void invalid(ServiceContext context, Volume volume, SourceLocation location, String label,
                String value, String expected) {
            context.error("invalid-label-value", location, "label '" + label + "' of volume '" + volume.key()
                    + "' is '" + value + "'; it must be " + expected, "correct the label's value, or remove the label");
        }
    }
}
