package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import java.util.Set;

/**
 * {@code shm_size} → a memory-backed emptyDir of that size mounted at {@code /dev/shm}: a
 * container runtime gives every pod a 64 MiB {@code /dev/shm}, and this is how a pod gets a
 * larger one. When the service mounts something at {@code /dev/shm} itself, that mount wins.
 */
public final class ShmSizeStep implements ServiceConversionStep {

    static final String PATH = "/dev/shm";

    @Override
    public Set<String> handledKeys() {
        return Set.of("shm_size");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Long size = service.resources().shmSize();
        if (size == null || size <= 0) {
            return;
        }
        if (mountsShm(service)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("shm_size"), "shm_size of service '" + service.name()
                    + "' is not converted: the service mounts " + PATH + " itself", "give that mount the size instead");
            return;
        }
        String name = KubernetesNames.label(context.name() + "-shm");
        context.container().addToVolumeMounts(new VolumeMountBuilder().withName(name).withMountPath(PATH).build());
        context.addPodVolume(new VolumeBuilder()
                .withName(name)
                .withNewEmptyDir().withMedium("Memory").withSizeLimit(new Quantity(Quantities.bytes(size))).endEmptyDir()
                .build());
    }

    private static boolean mountsShm(Service service) {
        return service.storage().tmpfs().stream().anyMatch(entry -> entry.split(":", 2)[0].strip().equals(PATH))
                || service.storage().volumes().stream().map(ServiceVolume::target).anyMatch(PATH::equals);
    }
}
