package io.jkompose.converters.plan;

import io.jkompose.converters.options.StorageOptions;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the storage decisions of every service share, worked out once for the project: which named
 * volumes some service writes, the checked claim size of {@code --pvc-request-size}, the labels of
 * each top-level volume, and the project's files. Asking per mount stays linear in the project.
 */
final class ProjectStorage {

    private final Project project;
    private final StorageOptions options;
    private final FileSource files;
    private final Diagnostics diagnostics;
    private final Set<String> written = new HashSet<>();
    private final Map<String, VolumeLabels.OfVolume> volumeLabels = new HashMap<>();

    ProjectStorage(Project project, StorageOptions options, FileSource files, Diagnostics diagnostics) {
        this.project = project;
        this.options = options;
        this.files = files;
        this.diagnostics = diagnostics;
        for (Service service : project.services().values()) {
            for (ServiceVolume volume : service.storage().volumes()) {
                if (volume.type() == ServiceVolume.Type.VOLUME && !volume.isAnonymous() && !volume.readOnly()) {
                    written.add(volume.source());
                }
            }
        }
    }

    Project project() {
        return project;
    }

    StorageOptions options() {
        return options;
    }

    FileSource files() {
        return files;
    }

    /**
     * Whether some service mounts the named volume read-write. A claim that one service writes
     * must not be created {@code ReadOnlyMany} because another service mounts it read-only.
     */
    boolean isWrittenBySomeService(String volumeName) {
        return written.contains(volumeName);
    }

    /** The storage request of each claim: {@code --pvc-request-size} (checked by {@link StorageOptions}), or 100Mi. */
    String requestSize() {
        return options.pvcRequestSize();
    }

    /** The claim labels of a top-level volume (none for null), read and checked the first time a claim needs them. */
    VolumeLabels.OfVolume labels(Volume volume) {
        if (volume == null) {
            return VolumeLabels.OfVolume.NONE;
        }
        return volumeLabels.computeIfAbsent(volume.key(), key -> VolumeLabels.OfVolume.read(volume, diagnostics));
    }
}
