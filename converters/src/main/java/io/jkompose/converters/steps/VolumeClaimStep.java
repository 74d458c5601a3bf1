package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.util.List;
import java.util.Set;

/**
 * Named volumes, anonymous volumes and bind mounts → PersistentVolumeClaims, mounted through a
 * pod volume of the same name, as kompose does by default. A named volume's claim is named after
 * the volume (and shared by the services that mount it); the others are named
 * {@code <service>-claim<n>}, n being the entry's position in {@code volumes}. A read-only mount
 * gets a read-only claim ({@code ReadOnlyMany}) unless another service writes the volume.
 * tmpfs entries belong to {@link TmpfsStep}.
 */
public final class VolumeClaimStep implements ServiceConversionStep {

    static final String READ_WRITE_ONCE = "ReadWriteOnce";
    static final String READ_ONLY_MANY = "ReadOnlyMany";

    @Override
    public Set<String> handledKeys() {
        return Set.of("volumes");
    }

    @Override
    public void apply(ServiceContext context) {
        List<ServiceVolume> volumes = context.service().volumes();
        for (int index = 0; index < volumes.size(); index++) {
            ServiceVolume volume = volumes.get(index);
            String type = volume.type() == null ? ServiceVolume.VOLUME : volume.type();
            switch (type) {
                case ServiceVolume.TMPFS -> {
                    // TmpfsStep
                }
                case ServiceVolume.VOLUME -> mount(context, volume, index);
                case ServiceVolume.BIND -> bind(context, volume, index);
                default -> context.warn("unconverted-value", location(context, volume),
                        "volume of type '" + type + "' at '" + volume.target() + "' of service '"
                                + context.service().name() + "' is not converted", null);
            }
        }
    }

    private static void bind(ServiceContext context, ServiceVolume volume, int index) {
        String hostPath = volume.written() != null ? volume.written() : volume.source();
        if (hostPath == null || hostPath.isBlank() || hostPath.endsWith(".sock")) {
            // A host's socket (docker.sock) has no counterpart in a cluster; kompose skips these too.
            context.warn("volume-skipped", location(context, volume),
                    "bind mount of '" + hostPath + "' at '" + volume.target() + "' of service '"
                            + context.service().name() + "' is left out: a socket of the host cannot be claimed", null);
            return;
        }
        context.warn("bind-mount-as-claim", location(context, volume),
                "bind mount of '" + hostPath + "' at '" + volume.target() + "' of service '" + context.service().name()
                        + "' becomes an empty PersistentVolumeClaim; the host's files are not copied into it",
                "copy the data into the volume after the first deployment, or put configuration files into a ConfigMap");
        mount(context, volume, index);
    }

    private static void mount(ServiceContext context, ServiceVolume volume, int index) {
        Service service = context.service();
        boolean named = !volume.isAnonymous() && ServiceVolume.VOLUME.equals(volume.type());
        Volume definition = named ? context.project().volumes().get(volume.source()) : null;
        boolean external = definition != null && definition.external();
        String claim;
        if (external) {
            claim = KubernetesNames.label(definition.name() != null ? definition.name() : volume.source());
            context.warn("external-volume", location(context, volume),
                    "external volume '" + volume.source() + "' of service '" + service.name()
                            + "' is used as the PersistentVolumeClaim '" + claim + "', which is not created",
                    "create that claim in the namespace before deploying");
        } else {
            claim = named ? KubernetesNames.label(volume.source())
                    : KubernetesNames.label(context.name() + "-claim" + index);
        }

        VolumeMountBuilder mount = new VolumeMountBuilder()
                .withName(claim)
                .withMountPath(volume.target());
        if (volume.readOnly()) {
            mount.withReadOnly(true);
        }
        if (volume.subpath() != null && !volume.subpath().isBlank()) {
            mount.withSubPath(volume.subpath());
        }
        context.container().addToVolumeMounts(mount.build());
        context.addPodVolume(new VolumeBuilder()
                .withName(claim)
                .withNewPersistentVolumeClaim()
                .withClaimName(claim)
                .withReadOnly(volume.readOnly() ? Boolean.TRUE : null)
                .endPersistentVolumeClaim()
                .build());

        if (!external) {
            boolean readOnlyClaim = volume.readOnly()
                    && !(named && context.projectContext().isWrittenBySomeService(volume.source()));
            context.addObject(claim(context, claim, readOnlyClaim));
        }
    }

    static PersistentVolumeClaim claim(ServiceContext context, String name, boolean readOnly) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(ServiceContext.SELECTOR_LABEL, KubernetesNames.labelValue(name))
                .endMetadata()
                .withNewSpec()
                .withAccessModes(readOnly ? READ_ONLY_MANY : READ_WRITE_ONCE)
                .withNewResources()
                .addToRequests("storage", new Quantity(context.projectContext().pvcRequestSize()))
                .endResources()
                .endSpec()
                .build();
    }

    private static io.jkompose.model.SourceLocation location(ServiceContext context, ServiceVolume volume) {
        return volume.location() != null ? volume.location() : context.locationOf("volumes");
    }
}
