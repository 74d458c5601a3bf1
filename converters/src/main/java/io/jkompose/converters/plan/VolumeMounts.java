package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides what each entry of a service's {@code volumes} becomes (tmpfs ones are the tmpfs step's),
 * as kompose converts them:
 * <ul>
 *   <li>by default ({@code --volumes persistentVolumeClaim} or {@code configMap}): a named or
 *       anonymous volume → a PersistentVolumeClaim; a bind mount of a file, or of a folder with
 *       files, of the project → a ConfigMap of those files ({@code <service>-cm<n>}; a single file
 *       is mounted with {@code subPath}); a bind mount of something the project does not have →
 *       an empty claim, with a warning;</li>
 *   <li>{@code --volumes emptyDir} (or {@code --emptyvols}): every one → an emptyDir;</li>
 *   <li>{@code --volumes hostPath}: a bind mount → the node's folder (hostPath);</li>
 *   <li>a service's {@code kompose.volume.type} label chooses for its own volumes.</li>
 * </ul>
 * Host sockets (docker.sock) are left out, as kompose leaves them out. A read-only bind mount of
 * a host folder outside the project (/tmp, /etc/localtime) is left out too, with a warning:
 * kompose drops it as well, and neither a ConfigMap of this machine's files nor an empty claim
 * gives the container what it reads. Claims are named after a named volume, else
 * {@code <service>-claim<n>}, n being the entry's position in {@code volumes}; the services of a
 * {@code volume} service group name them after the group, so that the pod mounts each once. A
 * StatefulSet's claims (not external ones) are made per replica.
 */
final class VolumeMounts {

    static final Set<String> KEYS = Set.of("volumes");
    static final Set<String> LABELS = Set.of(KomposeLabels.VOLUME_TYPE, KomposeLabels.VOLUME_SIZE,
            KomposeLabels.VOLUME_STORAGE_CLASS, KomposeLabels.VOLUME_SUBPATH);

    /** What one decision reads: the service, its name and group, its workload's kind, the project's storage. */
    record Input(Service service, String name, ServiceGroup group, WorkloadKind kind, int replicas,
            ProjectStorage project, Diagnostics diagnostics) {

        void warn(ConverterCode code, SourceLocation location, String message, String hint) {
            diagnostics.warn(code, location, message, hint);
        }

        /** What a service's generated volume names start with: its own name, or a volume group's. */
        String nameBase() {
            return group != null && group.sharesVolumes() ? group.name() : name;
        }
    }

    private VolumeMounts() {
    }

    static StoragePlan decide(Input in) {
        VolumeLabels.OfService settings = VolumeLabels.OfService.read(in.service(), in.project().options().volumes(),
                in.diagnostics());
        List<ServiceVolume> volumes = in.service().storage().volumes();
        List<MountPlan> mounts = new ArrayList<>(volumes.size());
        for (int index = 0; index < volumes.size(); index++) {
            ServiceVolume volume = volumes.get(index);
            String type = volume.type().written();
            switch (volume.type()) {
                case TMPFS -> {
                    // the tmpfs step's
                }
                case VOLUME -> mounts.add(volume(in, settings, volume, index));
                case BIND -> mounts.add(bind(in, settings, volume, index));
                default -> {
                    in.warn(ConverterCode.UNCONVERTED_VALUE, location(in, volume), "volume of type '" + type + "' at '"
                            + volume.target() + "' of service '" + in.service().name() + "' is not converted", null);
                    mounts.add(new MountPlan.Skipped("a volume of type '" + type + "'"));
                }
            }
        }
        return new StoragePlan(mounts);
    }

    private static MountPlan volume(Input in, VolumeLabels.OfService settings, ServiceVolume volume, int index) {
        boolean named = !volume.isAnonymous();
        if (settings.type() == VolumeType.EMPTY_DIR || settings.type() == VolumeType.HOST_PATH) {
            String name = named ? KubernetesNames.label(volume.source())
                    : KubernetesNames.label(in.nameBase() + "-empty" + index);
            if (settings.type() == VolumeType.HOST_PATH) {
                in.warn(ConverterCode.VOLUME_AS_EMPTYDIR, location(in, volume), (named ? "named volume '"
                        + volume.source() + "'" : "an anonymous volume") + " at '" + volume.target() + "' of service '"
                        + in.service().name() + "' has no folder on the node; it becomes an emptyDir, "
                        + "whose data lives as long as the pod", "bind-mount a folder of the node to keep the data");
            }
            return new MountPlan.EmptyDir(name, mount(settings, volume, volume.subpath()));
        }
        Volume definition = named ? in.project().project().volumes().get(volume.source()) : null;
        if (definition != null && definition.external()) {
            String claim = KubernetesNames.label(definition.name() != null ? definition.name() : volume.source());
            in.warn(ConverterCode.EXTERNAL_VOLUME, location(in, volume), "external volume '" + volume.source()
                    + "' of service '" + in.service().name() + "' is used as the PersistentVolumeClaim '"
                    + claim + "', which is not created", "create that claim in the namespace before deploying");
            return new MountPlan.Claim(claim, null, null, null, null, volume.readOnly(), false, true,
                    mount(settings, volume, volume.subpath()));
        }
        String claim = named ? KubernetesNames.label(volume.source())
                : KubernetesNames.label(in.nameBase() + "-claim" + index);
        VolumeLabels.OfVolume labels = in.project().labels(definition, in.diagnostics());
        boolean readOnlyClaim = volume.readOnly() && !(named && in.project().isWrittenBySomeService(volume.source()));
        String size = first(labels.size(), settings.size(), in.project().requestSize());
        String accessMode = labels.accessMode() != null ? labels.accessMode()
                : readOnlyClaim ? MountPlan.Claim.READ_ONLY_MANY : MountPlan.Claim.READ_WRITE_ONCE;
        boolean perReplica = perReplica(in);
        if (labels.accessMode() == null && !readOnlyClaim && !perReplica) {
            accessMode = sharedAccessMode(in, volume, named, claim, accessMode);
        }
        return new MountPlan.Claim(claim, size, first(labels.storageClass(), settings.storageClass()),
                labels.selector(), accessMode, volume.readOnly(), perReplica, false,
                mount(settings, volume, volume.subpath()));
    }

    /**
     * A ReadWriteOnce claim is mounted on one node at a time: pods of several workloads, of a
     * DaemonSet, or several replicas may be placed on other nodes and then cannot start. The
     * shared-volume option chooses the access mode; without it this is reported, once per volume.
     */
    private static String sharedAccessMode(Input in, ServiceVolume volume, boolean named, String claim,
            String accessMode) {
        Set<String> workloads = named ? in.project().mountedBy(volume.source()) : Set.of();
        boolean severalPods = in.kind() == WorkloadKind.DAEMON_SET || in.replicas() > 1;
        if (workloads.size() < 2 && !severalPods) {
            return accessMode;
        }
        String chosen = in.project().options().sharedVolumeAccessMode();
        if (chosen != null) {
            return chosen;
        }
        if (workloads.size() >= 2) {
            // once per volume, at the first service in the project's order that mounts it
            in.diagnostics().warnOnce(ConverterCode.SHARED_VOLUME.id() + ":" + volume.source(),
                    ConverterCode.SHARED_VOLUME, location(in, volume), "volume '" + volume.source()
                            + "' is mounted by the pods of " + workloads.size() + " workloads ("
                            + String.join(", ", workloads) + "); its claim '" + claim + "' is ReadWriteOnce, which one "
                            + "node mounts at a time, so pods placed on other nodes cannot start",
                    "run them in one pod (--service-group-mode volume), use --shared-volume-access-mode "
                            + "ReadWriteMany with a storage class that offers it, or choose another volume type with "
                            + "the kompose.volume.type label");
        } else {
            in.warn(ConverterCode.SHARED_VOLUME, location(in, volume), "the claim '" + claim + "' of service '"
                    + in.service().name() + "' is ReadWriteOnce, which one node mounts at a time, but "
                    + (in.kind() == WorkloadKind.DAEMON_SET ? "its DaemonSet runs a pod on every node"
                            : "it runs " + in.replicas() + " replicas")
                    + ": pods placed on other nodes cannot start", "use --shared-volume-access-mode ReadWriteMany "
                    + "with a storage class that offers it, or one replica");
        }
        return accessMode;
    }

    private static MountPlan bind(Input in, VolumeLabels.OfService settings, ServiceVolume volume, int index) {
        String source = volume.source() != null ? volume.source() : volume.written();
        String shown = volume.written() != null ? volume.written() : source;
        if (source == null || source.isBlank() || source.endsWith(".sock")) {
            // A host's socket (docker.sock) has no counterpart in a cluster; kompose skips these too.
            in.warn(ConverterCode.VOLUME_SKIPPED, location(in, volume), "bind mount of '" + shown + "' at '"
                    + volume.target() + "' of service '" + in.service().name()
                    + "' is left out: a socket of the host has no counterpart in a cluster", null);
            return new MountPlan.Skipped("a socket of the host");
        }
        reportBindOptions(in, volume);
        String base = in.nameBase();
        if (settings.type() == VolumeType.EMPTY_DIR) {
            return new MountPlan.EmptyDir(KubernetesNames.label(base + "-empty" + index),
                    mount(settings, volume, volume.subpath()));
        }
        if (settings.type() == VolumeType.HOST_PATH) {
            return new MountPlan.HostPath(KubernetesNames.label(base + "-hostpath" + index), source,
                    mount(settings, volume, null));
        }
        BindSources.Source files = BindSources.inspect(in.project().project(), in.project().files(), source);
        return switch (files.kind()) {
            case FILE, FOLDER -> projectFiles(in, settings, volume, KubernetesNames.label(base + "-cm" + index), files);
            case OUTSIDE -> {
                if (volume.readOnly()) {
                    in.warn(ConverterCode.VOLUME_SKIPPED, location(in, volume), "read-only bind mount of '" + shown
                            + "' at '" + volume.target() + "' of service '" + in.service().name()
                            + "' is left out: it gives the container files of this machine, outside the project",
                            "put the files into the project and mount them from there (a ConfigMap), "
                                    + "or use --volumes hostPath to mount the node's own");
                    yield new MountPlan.Skipped("host files outside the project, read-only");
                }
                if (isHostFile(source)) {
                    // an empty claim would be an empty folder where the container expects a file
                    in.warn(ConverterCode.VOLUME_SKIPPED, location(in, volume), "bind mount of the host file '" + shown
                            + "' at '" + volume.target() + "' of service '" + in.service().name() + "' is left out: "
                            + "a claim is a folder, and an empty one where the container expects a file breaks it",
                            "put the file into the project and mount it from there (a ConfigMap), or use --volumes "
                                    + "hostPath to mount the node's own");
                    yield new MountPlan.Skipped("a host file outside the project");
                }
                yield claimForBind(in, settings, volume, base, index, shown);
            }
            case UNREADABLE -> {
                in.diagnostics().error(ConverterCode.VOLUME_UNREADABLE, location(in, volume), "cannot read '" + shown
                        + "', mounted at '" + volume.target() + "' by service '" + in.service().name() + "': "
                        + files.problem(), "check its permissions");
                yield new MountPlan.Skipped("files that cannot be read");
            }
            case NOTHING -> claimForBind(in, settings, volume, base, index, shown);
        };
    }

    /** Host files that are well known to be files, or whose name has an extension (/etc/hostname, /srv/app.conf). */
    private static final Set<String> HOST_FILES = Set.of("hostname", "hosts", "localtime", "timezone", "resolv.conf",
            "machine-id", "passwd", "group", "shadow", "fstab", "os-release");

    /** Whether a bind mount's source outside the project names a file rather than a folder (it is not read). */
    static boolean isHostFile(String source) {
        String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return HOST_FILES.contains(name) || dot > 0 && dot < name.length() - 1 && !source.endsWith("/");
    }

    private static MountPlan claimForBind(Input in, VolumeLabels.OfService settings, ServiceVolume volume,
            String base, int index, String shown) {
        String claim = KubernetesNames.label(base + "-claim" + index);
        in.warn(ConverterCode.BIND_MOUNT_AS_CLAIM, location(in, volume), "bind mount of '" + shown + "' at '"
                + volume.target() + "' of service '" + in.service().name()
                + "' becomes an empty PersistentVolumeClaim: the project has no files there to copy",
                "copy the data into the volume after the first deployment");
        return new MountPlan.Claim(claim, first(settings.size(), in.project().requestSize()), settings.storageClass(),
                null, volume.readOnly() ? MountPlan.Claim.READ_ONLY_MANY : MountPlan.Claim.READ_WRITE_ONCE,
                volume.readOnly(), perReplica(in), false, mount(settings, volume, volume.subpath()));
    }

    private static MountPlan projectFiles(Input in, VolumeLabels.OfService settings, ServiceVolume volume,
            String name, BindSources.Source source) {
        List<MountPlan.ProjectFile> files = new ArrayList<>(source.files().size());
        long size = 0;
        for (Path file : source.files()) {
            try {
                byte[] content = in.project().files().read(file);
                files.add(new MountPlan.ProjectFile(file.getFileName().toString(), content));
                size += content.length;
            } catch (IOException e) {
                in.diagnostics().error(ConverterCode.VOLUME_UNREADABLE, location(in, volume), "cannot read '" + file
                        + "', mounted at '" + volume.target() + "' by service '" + in.service().name() + "': "
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                                        ? fs.getReason() : "it cannot be read"), "check its permissions");
                return new MountPlan.Skipped("files that cannot be read");
            }
        }
        String singleFile = null;
        if (source.kind() == BindSources.Kind.FILE) {
            // One file mounted where Compose puts it, beside what the image has in that folder.
            singleFile = fileName(volume.target());
        } else if (!source.subfolders().isEmpty()) {
            in.warn(ConverterCode.SUBFOLDERS_LEFT_OUT, location(in, volume), "the ConfigMap '" + name
                    + "' of service '" + in.service().name() + "' holds the files of '"
                    + (volume.written() != null ? volume.written() : volume.source())
                    + "' but not its folders " + source.subfolders() + ": a ConfigMap is flat",
                    "mount each folder on its own");
        }
        if (size > MAX_CONFIG_MAP_BYTES) {
            in.warn(ConverterCode.CONFIGMAP_TOO_LARGE, location(in, volume), "the ConfigMap '" + name + "' of service '"
                    + in.service().name() + "' holds " + size
                    + " bytes; an API server rejects more than 1 MiB", "use a volume for large files");
        }
        return new MountPlan.ProjectFiles(name, files, singleFile, mount(settings, volume, singleFile));
    }

    /** What an API server accepts in one ConfigMap, all data together. */
    static final int MAX_CONFIG_MAP_BYTES = 1024 * 1024;

    /** A StatefulSet makes its claims per replica; external claims stay shared. */
    private static boolean perReplica(Input in) {
        return in.kind() == WorkloadKind.STATEFUL_SET;
    }

    /** The mount; the {@code kompose.volume.subpath} label wins over the entry's own sub-path. */
    private static MountPlan.Mount mount(VolumeLabels.OfService settings, ServiceVolume volume, String subPath) {
        String path = settings.subpath() != null ? settings.subpath() : subPath;
        return new MountPlan.Mount(volume.target(), volume.readOnly(), path == null || path.isBlank() ? null : path);
    }

    private static void reportBindOptions(Input in, ServiceVolume volume) {
        if (volume.selinux() != null && !volume.selinux().isBlank()) {
            in.warn(ConverterCode.UNCONVERTED_VALUE, location(in, volume), "SELinux relabelling ('" + volume.selinux()
                    + "') of the bind mount at '" + volume.target() + "' of service '" + in.service().name()
                    + "' is not converted", "set the pod's securityContext.seLinuxOptions if the cluster needs it");
        }
        if (volume.bindPropagation() != null && !volume.bindPropagation().isBlank()) {
            in.warn(ConverterCode.UNCONVERTED_VALUE, location(in, volume), "bind propagation '"
                    + volume.bindPropagation() + "' of the mount at '" + volume.target() + "' of service '"
                    + in.service().name() + "' is not converted", "set the mount's mountPropagation");
        }
    }

    /** The last part of a path: a file's name. */
    static String fileName(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static SourceLocation location(Input in, ServiceVolume volume) {
        return volume.location() != null ? volume.location() : in.service().locationOf("volumes");
    }
}
