package io.jkompose.cli;

import io.jkompose.converters.options.StorageOptions;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for storage: what volumes and secrets become. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class StorageFlags {

    /** The options of this group, for the "Storage" section of the help. */
    static final String[] OPTIONS = {"--volumes", "--emptyvols", "--pvc-request-size", "--shared-volume-access-mode",
        "--secrets-as-files"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String pvcRequestSize;
    private VolumeType volumes;

    @Option(names = "--pvc-request-size", paramLabel = "SIZE",
            description = "Storage request of each PersistentVolumeClaim, a Kubernetes quantity (default "
                    + StorageOptions.DEFAULT_PVC_REQUEST_SIZE + ").")
    void pvcRequestSize(String value) {
        if (!StorageOptions.isValidPvcRequestSize(value)) {
            throw new ParameterException(spec.commandLine(), "--pvc-request-size must be a Kubernetes quantity "
                    + "above zero, such as 100Mi or 1Gi, not '" + value + "'");
        }
        pvcRequestSize = value;
    }

    @Option(names = "--volumes", paramLabel = "TYPE",
            description = "What volumes become: persistentVolumeClaim (default; bind mounts of project files "
                    + "become ConfigMaps), emptyDir, hostPath (bind mounts mount the node's folder) or configMap "
                    + "(as the default). A service's kompose.volume.type label wins.")
    void volumes(String value) {
        volumes = VolumeType.parse(value);
        if (volumes == null) {
            throw new ParameterException(spec.commandLine(),
                    "--volumes must be " + VolumeType.choices() + ", not '" + value + "'");
        }
    }

    private String sharedVolumeAccessMode;

    @Option(names = "--shared-volume-access-mode", paramLabel = "MODE",
            description = "Access mode of a claim that pods of several workloads (or replicas, or a DaemonSet) "
                    + "mount: ReadWriteMany (needs a storage class that offers it) or ReadWriteOnce (kompose's, "
                    + "without the warning). By default ReadWriteOnce, with a warning.")
    void sharedVolumeAccessMode(String value) {
        if (!StorageOptions.SHARED_ACCESS_MODES.contains(value)) {
            throw new ParameterException(spec.commandLine(), "--shared-volume-access-mode must be "
                    + String.join(" or ", StorageOptions.SHARED_ACCESS_MODES) + ", not '" + value + "'");
        }
        sharedVolumeAccessMode = value;
    }

    @Option(names = "--emptyvols", description = "The same as --volumes emptyDir (kompose's older flag).")
    boolean emptyVolumes;

    // jkompose always mounts a secret as a file where Compose puts it, which is what this flag asks kompose for.
    @Option(names = "--secrets-as-files",
            description = "Accepted for kompose compatibility: secrets are always mounted as files at "
                    + "/run/secrets/<target> (or the absolute target), as Compose mounts them.")
    boolean secretsAsFiles;

    StorageOptions toOptions() {
        VolumeType type = volumes;
        if (emptyVolumes) {
            if (volumes != null && volumes != VolumeType.EMPTY_DIR) {
                throw new ParameterException(spec.commandLine(),
                        "--emptyvols contradicts --volumes " + volumes.written() + "; give one of them");
            }
            type = VolumeType.EMPTY_DIR;
        }
        return StorageOptions.defaults().withPvcRequestSize(pvcRequestSize).withVolumes(type)
                .withSharedVolumeAccessMode(sharedVolumeAccessMode);
    }
}
