package io.jkompose.converters.options;

import io.jkompose.syntax.QuantitySyntax;
import java.util.List;
import java.util.Locale;

/**
 * What volumes become.
 *
 * <p>Values are checked here, as in {@link RuntimeOptions}, so that every caller gets the same
 * rules; a bad value is an {@link IllegalArgumentException} whose message says what is wrong.
 *
 * @param pvcRequestSize {@code --pvc-request-size}: storage request of each PVC (kompose: 100Mi), a
 *                       Kubernetes quantity above zero, as the API server requires of a claim
 * @param volumes        {@code --volumes} (and {@code --emptyvols}): what a service's volumes become
 *                       unless its {@code kompose.volume.type} label says otherwise
 * @param sharedVolumeAccessMode {@code --shared-volume-access-mode}: the access mode of a claim that
 *                       pods of several workloads mount ({@code ReadWriteMany}, or {@code ReadWriteOnce}
 *                       to keep kompose's without a warning); null: ReadWriteOnce, with a warning
 */
public record StorageOptions(String pvcRequestSize, VolumeType volumes, String sharedVolumeAccessMode) {

    /** The access modes {@code --shared-volume-access-mode} takes. */
    public static final List<String> SHARED_ACCESS_MODES = List.of("ReadWriteMany", "ReadWriteOnce");

    public static final String DEFAULT_PVC_REQUEST_SIZE = "100Mi";

    public StorageOptions {
        pvcRequestSize = pvcRequestSize == null || pvcRequestSize.isBlank() ? DEFAULT_PVC_REQUEST_SIZE : pvcRequestSize;
        if (!isValidPvcRequestSize(pvcRequestSize)) {
            throw new IllegalArgumentException("the PVC request size must be a Kubernetes quantity above zero, such as "
                    + "100Mi or 1Gi, not '" + pvcRequestSize + "'");
        }
        volumes = volumes == null ? VolumeType.PERSISTENT_VOLUME_CLAIM : volumes;
        if (sharedVolumeAccessMode != null && !SHARED_ACCESS_MODES.contains(sharedVolumeAccessMode)) {
            throw new IllegalArgumentException("the access mode of shared volumes must be ReadWriteMany or "
                    + "ReadWriteOnce, not '" + sharedVolumeAccessMode + "'");
        }
    }

    /** Whether a size can be the PVC request size: a Kubernetes quantity above zero ({@code 100Mi}, {@code 1Gi}). */
    public static boolean isValidPvcRequestSize(String size) {
        return QuantitySyntax.isPositive(size);
    }

    public static StorageOptions defaults() {
        return new StorageOptions(DEFAULT_PVC_REQUEST_SIZE, VolumeType.PERSISTENT_VOLUME_CLAIM, null);
    }

    public StorageOptions withPvcRequestSize(String value) {
        return new StorageOptions(value, volumes, sharedVolumeAccessMode);
    }

    public StorageOptions withVolumes(VolumeType value) {
        return new StorageOptions(pvcRequestSize, value, sharedVolumeAccessMode);
    }

    public StorageOptions withSharedVolumeAccessMode(String value) {
        return new StorageOptions(pvcRequestSize, volumes, value);
    }

    /** kompose's volume types, for {@code --volumes} and the {@code kompose.volume.type} label. */
    public enum VolumeType {
        /** Named volumes and bind mounts become claims; bind mounts of project files become ConfigMaps. */
        PERSISTENT_VOLUME_CLAIM("persistentVolumeClaim"),
        /** Every volume and bind mount becomes an emptyDir. */
        EMPTY_DIR("emptyDir"),
        /** Bind mounts mount the node's folder (hostPath). */
        HOST_PATH("hostPath"),
        /** As the default; kompose's name for it. */
        CONFIG_MAP("configMap");

        private final String written;

        VolumeType(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        /** kompose's names, in any case; null for an unknown one. */
        public static VolumeType parse(String text) {
            if (text == null) {
                return null;
            }
            String lower = text.trim().toLowerCase(Locale.ROOT);
            for (VolumeType type : values()) {
                if (type.written.toLowerCase(Locale.ROOT).equals(lower)) {
                    return type;
                }
            }
            return null;
        }

        /** The names, for messages. */
        public static String choices() {
            return "persistentVolumeClaim, emptyDir, hostPath or configMap";
        }
    }
}
