package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * A named volume's {@code jkompose.volume.access-mode} label → the access mode of the claim made for
 * it, instead of the one the mounts imply ({@code ReadWriteOnce}, {@code ReadOnlyMany} when every
 * mount is read-only). OpenCompose volumes say their access mode; Compose has no word for it. The
 * claim is found through the container's mount at the volume's path, whatever name it was given.
 */
public final class VolumeAccessModeStep implements ServiceConversionStep {

    public static final String LABEL = "jkompose.volume.access-mode";
    private static final Set<String> MODES = Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany",
            "ReadWriteOncePod");

    @Override
    public void apply(ServiceContext context) {
        for (ServiceVolume volume : context.service().volumes()) {
            if (!ServiceVolume.VOLUME.equals(volume.type()) || volume.isAnonymous()) {
                continue;
            }
            io.jkompose.model.Volume definition = context.project().volumes().get(volume.source());
            String mode = definition == null ? null : definition.labels().get(LABEL);
            if (mode == null) {
                continue;
            }
            mode = mode.strip();
            if (!MODES.contains(mode)) {
                SourceLocation at = definition.location() != null ? definition.location() : SourceLocation.NONE;
                context.warn("invalid-label-value", at, "label '" + LABEL + "' of volume '" + volume.source() + "' is '"
                        + mode + "', which is not an access mode; the claim's is kept",
                        "write ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod");
                continue;
            }
            PersistentVolumeClaim claim = claim(context, volume.target());
            if (claim != null) {
                claim.getSpec().setAccessModes(List.of(mode));
            }
        }
    }

    /** The claim this service made for the mount at {@code target}, or null (an emptyDir, an external claim). */
    private static PersistentVolumeClaim claim(ServiceContext context, String target) {
        String podVolume = null;
        for (VolumeMount mount : context.container().buildVolumeMounts() == null ? List.<VolumeMount>of()
                : context.container().buildVolumeMounts()) {
            if (target.equals(mount.getMountPath())) {
                podVolume = mount.getName();
            }
        }
        String claimName = null;
        for (Volume volume : context.podSpec().buildVolumes() == null ? List.<Volume>of()
                : context.podSpec().buildVolumes()) {
            if (volume.getName().equals(podVolume) && volume.getPersistentVolumeClaim() != null) {
                claimName = volume.getPersistentVolumeClaim().getClaimName();
            }
        }
        for (HasMetadata object : context.objects()) {
            if (object instanceof PersistentVolumeClaim claim && claim.getMetadata().getName().equals(claimName)) {
                return claim;
            }
        }
        return null;
    }
}
