package io.jkompose.model;

import java.util.List;

/**
 * What is mounted into a service's container: volumes, tmpfs, configs and secrets. Each is empty when unset.
 *
 * @param volumes        {@code volumes}, each in long form
 * @param tmpfs          the {@code tmpfs} key: paths, optionally with {@code :options}
 * @param configs        {@code configs}
 * @param secrets        {@code secrets}
 * @param scratchVolumes mounts of volumes that live as long as one instance of the service ({@link ScratchVolume})
 */
public record ServiceStorage(List<ServiceVolume> volumes, List<String> tmpfs, List<FileReference> configs,
        List<FileReference> secrets, List<ScratchVolume> scratchVolumes) {

    /** Nothing mounted. */
    public static final ServiceStorage EMPTY = new ServiceStorage(null, null, null, null, null);

    public ServiceStorage {
        volumes = Copies.list(volumes);
        tmpfs = Copies.list(tmpfs);
        configs = Copies.list(configs);
        secrets = Copies.list(secrets);
        scratchVolumes = Copies.list(scratchVolumes);
    }
}
