package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ScratchVolume;

/**
 * Scratch volumes ({@code Service.scratchVolumes}, OpenCompose's {@code emptyDirVolumes}) → an
 * {@code emptyDir} pod volume of the volume's name, mounted into the container. The containers of
 * one pod that mount the same name share it: when services join one pod, pod volumes of the same
 * name are one.
 */
public final class ScratchVolumeStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        for (ScratchVolume volume : context.service().storage().scratchVolumes()) {
            String name = KubernetesNames.label(volume.name());
            context.container().addToVolumeMounts(new VolumeMountBuilder()
                    .withName(name)
                    .withMountPath(volume.target())
                    .withReadOnly(volume.readOnly() ? Boolean.TRUE : null)
                    .withSubPath(volume.subpath() == null || volume.subpath().isBlank() ? null : volume.subpath())
                    .build());
            context.addPodVolume(new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build());
        }
    }
}
