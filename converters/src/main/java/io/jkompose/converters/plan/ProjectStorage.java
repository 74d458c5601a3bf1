package io.jkompose.converters.plan;

import io.jkompose.converters.options.StorageOptions;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the storage decisions of every service share, worked out once for the project: which named
 * volumes some service writes, the checked claim size of {@code --pvc-request-size}, the labels of
 * each top-level volume, and the project's files. Asking per mount stays linear in the project.
 */
final class ProjectStorage {

    private final Project project;
    private final StorageOptions options;
    private final FileSource files;
    private final Set<String> written = new HashSet<>();
    /** The workloads (a service's own, or its group's) that mount each named volume, in the project's order. */
    private final Map<String, Set<String>> mountedBy = new HashMap<>();
    /** Each top-level volume's labels, read once; several services' plans may ask at the same time. */
    private final Map<String, ReadLabels> volumeLabels = new ConcurrentHashMap<>();

    /** A top-level volume's labels and what reading them found. */
    private record ReadLabels(VolumeLabels.OfVolume labels, Diagnostics found) {
    }

    ProjectStorage(Project project, StorageOptions options, FileSource files, Map<String, ServiceGroup> groups) {
        this.project = project;
        this.options = options;
        this.files = files;
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

    boolean isWrittenBySomeService(String volumeName) {
        return written.contains(volumeName);
    }

    /** The storage request of each claim: {@code --pvc-request-size} (checked by {@link StorageOptions}), or 100Mi. */
    String requestSize() {
        return options.pvcRequestSize();
    }

    /**
     * The claim labels of a top-level volume (none for null), read and checked once. What reading
     * them found is told to every plan that asks, to be said once: the first service in the
     * project's order that mounts the volume says it, whichever thread read the labels.
     */
    VolumeLabels.OfVolume labels(Volume volume, Diagnostics diagnostics) {
        if (volume == null) {
            return VolumeLabels.OfVolume.NONE;
        }
        ReadLabels read = volumeLabels.computeIfAbsent(volume.key(), key -> {
            Diagnostics found = new Diagnostics();
            return new ReadLabels(VolumeLabels.OfVolume.read(volume, found), found);
        });
        List<Diagnostic> found = read.found().all();
        for (int i = 0; i < found.size(); i++) {
            diagnostics.addOnce("volume-labels:" + volume.key() + ":" + i, found.get(i));
        }
        return read.labels();
    }
}
