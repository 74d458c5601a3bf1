package io.jkompose.converters.steps.storage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jkompose.converters.StorageOptions.VolumeType;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.ServiceGroup;
import io.jkompose.converters.plan.KomposeLabels;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's {@code volumes} (tmpfs ones are {@link TmpfsStep}'s), as kompose converts them:
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
 * {@code volume} service group name them after the group, so that the pod mounts each once.
 */
public final class VolumesStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("volumes");
    }

    @Override
    public Set<String> handledLabels() {
        return Set.of(KomposeLabels.VOLUME_TYPE, KomposeLabels.VOLUME_SIZE, KomposeLabels.VOLUME_STORAGE_CLASS,
                KomposeLabels.VOLUME_SUBPATH);
    }

    @Override
    public void apply(ServiceContext context) {
        VolumeSettings settings = VolumeSettings.of(context);
        List<ServiceVolume> volumes = context.service().volumes();
        for (int index = 0; index < volumes.size(); index++) {
            ServiceVolume volume = volumes.get(index);
            String type = volume.type() == null ? ServiceVolume.VOLUME : volume.type();
            switch (type) {
                case ServiceVolume.TMPFS -> {
                    // TmpfsStep
                }
                case ServiceVolume.VOLUME -> volume(context, settings, volume, index);
                case ServiceVolume.BIND -> bind(context, settings, volume, index);
                default -> context.warn("unconverted-value", location(context, volume),
                        "volume of type '" + type + "' at '" + volume.target() + "' of service '"
                                + context.service().name() + "' is not converted", null);
            }
        }
    }

    /** What a service's generated volume names start with: its own name, or a volume group's. */
    static String nameBase(ServiceContext context) {
        ServiceGroup group = context.group();
        return group != null && group.sharesVolumes() ? group.name() : context.name();
    }

    private static void volume(ServiceContext context, VolumeSettings settings, ServiceVolume volume, int index) {
        boolean named = !volume.isAnonymous();
        if (settings.type() == VolumeType.EMPTY_DIR || settings.type() == VolumeType.HOST_PATH) {
            String name = named ? KubernetesNames.label(volume.source())
                    : KubernetesNames.label(nameBase(context) + "-empty" + index);
            if (settings.type() == VolumeType.HOST_PATH) {
                context.warn("volume-as-emptydir", location(context, volume), (named ? "named volume '"
                        + volume.source() + "'" : "an anonymous volume") + " at '" + volume.target() + "' of service '"
                        + context.service().name() + "' has no folder on the node; it becomes an emptyDir, "
                        + "whose data lives as long as the pod", "bind-mount a folder of the node to keep the data");
            }
            emptyDir(context, settings, volume, name);
            return;
        }
        Volume definition = named ? context.project().volumes().get(volume.source()) : null;
        if (definition != null && definition.external()) {
            String claim = KubernetesNames.label(definition.name() != null ? definition.name() : volume.source());
            context.warn("external-volume", location(context, volume), "external volume '" + volume.source()
                    + "' of service '" + context.service().name() + "' is used as the PersistentVolumeClaim '"
                    + claim + "', which is not created", "create that claim in the namespace before deploying");
            claimMount(context, settings, volume, claim);
            return;
        }
        String claim = named ? KubernetesNames.label(volume.source())
                : KubernetesNames.label(nameBase(context) + "-claim" + index);
        claimMount(context, settings, volume, claim);
        VolumeSettings.OfVolume labels = VolumeSettings.OfVolume.of(context, definition);
        boolean readOnlyClaim = volume.readOnly()
                && !(named && context.projectContext().isWrittenBySomeService(volume.source()));
        context.addObject(VolumeClaims.claim(claim, readOnlyClaim, first(labels.size(), settings.size(),
                context.projectContext().pvcRequestSize()), first(labels.storageClass(), settings.storageClass()),
                labels.selector()));
    }

    private static void bind(ServiceContext context, VolumeSettings settings, ServiceVolume volume, int index) {
        String source = volume.source() != null ? volume.source() : volume.written();
        String shown = volume.written() != null ? volume.written() : source;
        if (source == null || source.isBlank() || source.endsWith(".sock")) {
            // A host's socket (docker.sock) has no counterpart in a cluster; kompose skips these too.
            context.warn("volume-skipped", location(context, volume), "bind mount of '" + shown + "' at '"
                    + volume.target() + "' of service '" + context.service().name()
                    + "' is left out: a socket of the host has no counterpart in a cluster", null);
            return;
        }
        reportBindOptions(context, volume);
        String base = nameBase(context);
        if (settings.type() == VolumeType.EMPTY_DIR) {
            emptyDir(context, settings, volume, KubernetesNames.label(base + "-empty" + index));
            return;
        }
        if (settings.type() == VolumeType.HOST_PATH) {
            hostPath(context, settings, volume, KubernetesNames.label(base + "-hostpath" + index), source);
            return;
        }
        ProjectFiles.Source files = ProjectFiles.inspect(context.project(), context.projectContext().files(),
                source);
        switch (files.kind()) {
            case FILE, FOLDER -> configMap(context, settings, volume, KubernetesNames.label(base + "-cm" + index), files);
            case OUTSIDE -> {
                if (volume.readOnly()) {
                    context.warn("volume-skipped", location(context, volume), "read-only bind mount of '" + shown
                            + "' at '" + volume.target() + "' of service '" + context.service().name()
                            + "' is left out: it gives the container files of this machine, outside the project",
                            "put the files into the project and mount them from there (a ConfigMap), "
                                    + "or use --volumes hostPath to mount the node's own");
                    return;
                }
                claimForBind(context, settings, volume, base, index, shown);
            }
            case UNREADABLE -> {
                context.error("volume-unreadable", location(context, volume), "cannot read '" + shown
                        + "', mounted at '" + volume.target() + "' by service '" + context.service().name() + "': "
                        + files.problem(), "check its permissions");
            }
            default -> claimForBind(context, settings, volume, base, index, shown);
        }
    }

    private static void claimForBind(ServiceContext context, VolumeSettings settings, ServiceVolume volume,
            String base, int index, String shown) {
        String claim = KubernetesNames.label(base + "-claim" + index);
        context.warn("bind-mount-as-claim", location(context, volume), "bind mount of '" + shown + "' at '"
                + volume.target() + "' of service '" + context.service().name()
                + "' becomes an empty PersistentVolumeClaim: the project has no files there to copy",
                "copy the data into the volume after the first deployment");
        claimMount(context, settings, volume, claim);
        context.addObject(VolumeClaims.claim(claim, volume.readOnly(), first(settings.size(),
                context.projectContext().pvcRequestSize()), settings.storageClass(), null));
    }

    private static void claimMount(ServiceContext context, VolumeSettings settings, ServiceVolume volume,
            String claim) {
        mount(context, settings, volume, claim, volume.subpath());
        context.addPodVolume(new VolumeBuilder()
                .withName(claim)
                .withNewPersistentVolumeClaim()
                .withClaimName(claim)
                .withReadOnly(volume.readOnly() ? Boolean.TRUE : null)
                .endPersistentVolumeClaim()
                .build());
    }

    private static void emptyDir(ServiceContext context, VolumeSettings settings, ServiceVolume volume, String name) {
        mount(context, settings, volume, name, volume.subpath());
        context.addPodVolume(new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build());
    }

    private static void hostPath(ServiceContext context, VolumeSettings settings, ServiceVolume volume, String name,
            String path) {
        mount(context, settings, volume, name, null);
        context.addPodVolume(new VolumeBuilder().withName(name).withNewHostPath().withPath(path).endHostPath().build());
    }

    private static void configMap(ServiceContext context, VolumeSettings settings, ServiceVolume volume, String name,
            ProjectFiles.Source source) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path file : source.files()) {
            try {
                contents.add(context.projectContext().files().read(file));
                names.add(file.getFileName().toString());
            } catch (IOException e) {
                context.error("volume-unreadable", location(context, volume), "cannot read '" + file
                        + "', mounted at '" + volume.target() + "' by service '" + context.service().name() + "': "
                        + e.getClass().getSimpleName(), "check its permissions");
                return;
            }
        }
        List<ConfigMapData.Entry> entries = ConfigMapData.entries(names, contents);
        ConfigMapBuilder configMap = new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(ServiceContext.SELECTOR_LABEL, context.workloadName())
                .endMetadata();
        String subPath;
        List<KeyToPath> items;
        if (source.kind() == ProjectFiles.Kind.FILE) {
            // One file mounted where Compose puts it, beside what the image has in that folder.
            subPath = fileName(volume.target());
            items = List.of(new KeyToPathBuilder().withKey(entries.get(0).key()).withPath(subPath).build());
            configMap.editMetadata().withAnnotations(Map.of("use-subpath", "true")).endMetadata();
        } else {
            subPath = null;
            items = ConfigMapData.items(entries);
            if (!source.subfolders().isEmpty()) {
                context.warn("subfolders-left-out", location(context, volume), "the ConfigMap '" + name
                        + "' of service '" + context.service().name() + "' holds the files of '"
                        + (volume.written() != null ? volume.written() : volume.source())
                        + "' but not its folders " + source.subfolders() + ": a ConfigMap is flat",
                        "mount each folder on its own");
            }
        }
        if (ConfigMapData.size(entries) > ConfigMapData.MAX_BYTES) {
            context.warn("configmap-too-large", location(context, volume), "the ConfigMap '" + name + "' of service '"
                    + context.service().name() + "' holds " + ConfigMapData.size(entries)
                    + " bytes; an API server rejects more than 1 MiB", "use a volume for large files");
        }
        ConfigMap built = ConfigMapData.fill(configMap, entries).build();
        context.addObject(built);
        mount(context, settings, volume, name, subPath);
        context.addPodVolume(new VolumeBuilder()
                .withName(name)
                .withNewConfigMap().withName(name).withItems(items).endConfigMap()
                .build());
    }

    /** The mount; the {@code kompose.volume.subpath} label wins over the entry's own sub-path. */
    private static void mount(ServiceContext context, VolumeSettings settings, ServiceVolume volume, String name,
            String subPath) {
        String path = settings.subpath() != null ? settings.subpath() : subPath;
        context.container().addToVolumeMounts(new VolumeMountBuilder()
                .withName(name)
                .withMountPath(volume.target())
                .withReadOnly(volume.readOnly() ? Boolean.TRUE : null)
                .withSubPath(path == null || path.isBlank() ? null : path)
                .build());
    }

    private static void reportBindOptions(ServiceContext context, ServiceVolume volume) {
        if (volume.selinux() != null && !volume.selinux().isBlank()) {
            context.warn("unconverted-value", location(context, volume), "SELinux relabelling ('" + volume.selinux()
                    + "') of the bind mount at '" + volume.target() + "' of service '" + context.service().name()
                    + "' is not converted", "set the pod's securityContext.seLinuxOptions if the cluster needs it");
        }
        if (volume.bindPropagation() != null && !volume.bindPropagation().isBlank()) {
            context.warn("unconverted-value", location(context, volume), "bind propagation '"
                    + volume.bindPropagation() + "' of the mount at '" + volume.target() + "' of service '"
                    + context.service().name() + "' is not converted", "set the mount's mountPropagation");
        }
    }

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

    private static SourceLocation location(ServiceContext context, ServiceVolume volume) {
        return volume.location() != null ? volume.location() : context.locationOf("volumes");
    }
}
