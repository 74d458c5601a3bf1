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
import java.util.LinkedHashSet;
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
    /** The workloads (a service's own, or its group's) that mount each named volume, in the project's order. */
    private final Map<String, Set<String>> mountedBy = new HashMap<>();
    private final Set<String> sharingReported = new HashSet<>();
    private final Map<String, VolumeLabels.OfVolume> volumeLabels = new HashMap<>();

    ProjectStorage(Project project, StorageOptions options, FileSource files, Map<String, ServiceGroup> groups,
            Diagnostics diagnostics) {
        this.project = project;
        this.options = options;
        this.files = files;
        this.diagnostics = diagnostics;
        for (Service service : project.services().values()) {
            for (ServiceVolume volume : service.storage().volumes()) {
                if (volume.type() == ServiceVolume.Type.VOLUME && !volume.isAnonymous() && !volume.readOnly()) {
                    written.add(volume.source());
                }
                if (volume.type() == ServiceVolume.Type.VOLUME && !volume.isAnonymous()) {
                    ServiceGroup group = groups.get(service.name());
                    mountedBy.computeIfAbsent(volume.source(), name -> new LinkedHashSet<>())
                            .add(group != null ? group.name() : service.name());
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
    /** The workloads that mount a named volume (more than one: their pods may run on different nodes). */
    Set<String> mountedBy(String volumeName) {
        return mountedBy.getOrDefault(volumeName, Set.of());
    }

    /** True the first time it is asked for a volume: a shared volume is reported once, not per service. */
    boolean firstReportOfSharing(String volumeName) {
        return sharingReported.add(volumeName);
    }

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
