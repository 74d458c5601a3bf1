package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Deploy;
import io.jkompose.model.EnvVar;
import io.jkompose.model.ScratchVolume;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * OpenCompose services and volumes → the neutral model.
 * <ul>
 * <li>A service's first container is the model service of the service's name; each further container
 *     is a model service named {@code <service>-<container>} with {@code network_mode:
 *     service:<service>}, which the converters put into the first one's pod. All the service's ports
 *     stay on the first (see {@link ServicePorts}).</li>
 * <li>{@code command} → {@code entrypoint}, {@code args} → {@code command} (Kubernetes' names for
 *     Compose's); {@code replicas} → {@code deploy.replicas}; {@code labels} → {@code deploy.labels},
 *     the labels of the Deployment.</li>
 * <li>A mount of a root volume → a volume mount of that named volume; a mount of one of the service's
 *     {@code emptyDirVolumes} (which hide a root volume of the same name) → a {@link ScratchVolume}.</li>
 * <li>A root volume → a named volume whose labels carry its size ({@code kompose.volume.size}), storage
 *     class ({@code kompose.volume.storage-class-name}) and access mode ({@code jkompose.volume.access-mode}).</li>
 * </ul>
 */
final class ModelMapper {

    static final String SIZE_LABEL = "kompose.volume.size";
    static final String STORAGE_CLASS_LABEL = "kompose.volume.storage-class-name";
    static final String ACCESS_MODE_LABEL = "jkompose.volume.access-mode";

    private final Nodes nodes;
    private final Map<String, OpenComposeSpec.Volume> volumes = new LinkedHashMap<>();
    private final Set<String> mountedVolumes = new HashSet<>();

    ModelMapper(Nodes nodes) {
        this.nodes = nodes;
    }

    record Mapped(SortedMap<String, Service> services, SortedMap<String, Volume> volumes) {
    }

    Mapped map(List<OpenComposeSpec.File> files) {
        for (OpenComposeSpec.File file : files) {
            for (OpenComposeSpec.Volume volume : file.volumes()) {
                OpenComposeSpec.Volume earlier = volumes.putIfAbsent(volume.name(), volume);
                if (earlier != null) {
                    nodes.error(ParserCode.DUPLICATE_NAME, volume.location(), "volume '" + volume.name()
                            + "' is defined twice (first at " + earlier.location() + ")", "give each volume its own name");
                }
            }
        }
        Map<String, OpenComposeSpec.Service> services = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (OpenComposeSpec.File file : files) {
            for (OpenComposeSpec.Service service : file.services()) {
                OpenComposeSpec.Service earlier = services.putIfAbsent(service.name(), service);
                if (earlier != null) {
                    nodes.error(ParserCode.DUPLICATE_NAME, service.location(), "service '" + service.name()
                            + "' is defined twice (first at " + earlier.location() + ")", "give each service its own name");
                }
                taken.add(service.name().toLowerCase(Locale.ROOT));
            }
        }
        int errorsBefore = nodes.errorCount();
        SortedMap<String, Service> model = new TreeMap<>();
        for (OpenComposeSpec.Service service : services.values()) {
            for (Service mapped : service(service, taken)) {
                model.put(mapped.name(), mapped);
            }
        }
        SortedMap<String, Volume> modelVolumes = new TreeMap<>();
        for (OpenComposeSpec.Volume volume : volumes.values()) {
            // after an error (a misspelt volumeRef) an unmounted volume is its echo, not news
            if (!mountedVolumes.contains(volume.name()) && nodes.errorCount() == errorsBefore) {
                nodes.warn(ParserCode.UNUSED_VOLUME, volume.location(), "volume '" + volume.name()
                        + "' is mounted by no container, so no claim is made for it", "mount it, or remove it");
            }
            modelVolumes.put(volume.name(), volume(volume));
        }
        return new Mapped(model, modelVolumes);
    }

    private List<Service> service(OpenComposeSpec.Service service, Set<String> taken) {
        int errorsBefore = nodes.errorCount();
        List<String> names = ContainerNames.assign(service, nodes);
        Map<String, OpenComposeSpec.EmptyDir> emptyDirs = new LinkedHashMap<>();
        service.emptyDirs().forEach(emptyDir -> emptyDirs.put(emptyDir.name(), emptyDir));
        Set<String> usedEmptyDirs = new HashSet<>();

        List<ServicePorts.Declared> declared = new ArrayList<>();
        for (int i = 0; i < service.containers().size(); i++) {
            for (OpenComposeSpec.Port port : service.containers().get(i).ports()) {
                declared.add(new ServicePorts.Declared(port, names.get(i)));
            }
        }
        ServicePorts ports = ServicePorts.of(service.name(), declared, nodes);

        List<Service> result = new ArrayList<>();
        for (int i = 0; i < service.containers().size(); i++) {
            OpenComposeSpec.Container container = service.containers().get(i);
            List<ServiceVolume> mounts = new ArrayList<>();
            List<ScratchVolume> scratch = new ArrayList<>();
            mounts(service, container, names.get(i), emptyDirs, usedEmptyDirs, mounts, scratch);
            Map<String, SourceLocation> keys = containerKeys(container, mounts);
            Service.Builder builder = container(container, names.get(i), mounts, scratch);
            if (i == 0) {
                first(builder, keys, service, container, ports, ServicePorts.labelsLocation(declared));
            } else {
                put(keys, "network_mode", container.location());
                builder.name(ContainerNames.sidecarService(service.name(), names.get(i), taken))
                        .location(container.location())
                        .networkMode("service:" + service.name());
            }
            result.add(builder.keys(keys).build());
        }
        for (OpenComposeSpec.EmptyDir emptyDir : emptyDirs.values()) {
            if (!usedEmptyDirs.contains(emptyDir.name()) && nodes.errorCount() == errorsBefore) {
                nodes.warn(ParserCode.UNUSED_VOLUME, emptyDir.location(), "emptyDir volume '" + emptyDir.name()
                        + "' of service '" + service.name() + "' is mounted by no container; it is left out",
                        "mount it, or remove it");
            }
        }
        return result;
    }

    /** The Compose keys a container's model service has, at the OpenCompose keys they come from. */
    private static Map<String, SourceLocation> containerKeys(OpenComposeSpec.Container container,
            List<ServiceVolume> mounts) {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        put(keys, "container_name", container.keys().get("name"));
        put(keys, "image", container.keys().get("image"));
        if (container.command() != null) {
            put(keys, "entrypoint", container.keys().get("command"));
        }
        if (container.args() != null) {
            put(keys, "command", container.keys().get("args"));
        }
        if (!container.env().isEmpty()) {
            put(keys, "environment", container.keys().get("env"));
        }
        if (!mounts.isEmpty()) {
            put(keys, "volumes", container.keys().get("mounts"));
        }
        return keys;
    }

    /** What every container becomes: its image, command, environment and mounts. */
    private static Service.Builder container(OpenComposeSpec.Container container, String name,
            List<ServiceVolume> mounts, List<ScratchVolume> scratch) {
        SortedMap<String, EnvVar> environment = new TreeMap<>(container.env());
        return Service.builder(name)
                .containerName(name)
                .image(container.image())
                .entrypoint(container.command())
                .command(container.args())
                .environment(environment)
                .volumes(mounts)
                .scratchVolumes(scratch);
    }

    /** The first container carries the service: its name, ports, replicas and labels. */
    private static void first(Service.Builder builder, Map<String, SourceLocation> keys,
            OpenComposeSpec.Service service, OpenComposeSpec.Container container, ServicePorts ports,
            SourceLocation labelsLocation) {
        if (!ports.ports().isEmpty()) {
            SourceLocation portsKey = container.keys().get("ports");
            put(keys, "ports", portsKey != null ? portsKey : ports.ports().get(0).location());
        }
        if (!ports.labels().isEmpty()) {
            put(keys, "labels", labelsLocation);
        }
        Deploy deploy = null;
        if (service.replicas() != null || !service.labels().isEmpty()) {
            SourceLocation at = service.keys().getOrDefault("replicas", service.keys().get("labels"));
            deploy = new Deploy(null, service.replicas(), service.labels(), null, null, null, null, null, null, at);
            put(keys, "deploy", at);
        }
        builder.name(service.name())
                .location(service.location())
                .ports(ports.ports())
                .externalPorts(ports.externalPorts())
                .labels(ports.labels())
                .deploy(deploy);
    }

    private void mounts(OpenComposeSpec.Service service, OpenComposeSpec.Container container, String containerName,
            Map<String, OpenComposeSpec.EmptyDir> emptyDirs, Set<String> usedEmptyDirs, List<ServiceVolume> mounts,
            List<ScratchVolume> scratch) {
        for (OpenComposeSpec.Mount mount : container.mounts()) {
            String ref = mount.volumeRef();
            if (emptyDirs.containsKey(ref)) {
                usedEmptyDirs.add(ref);
                scratch.add(new ScratchVolume(ref, mount.mountPath(), mount.subPath(), mount.readOnly(),
                        mount.location()));
            } else if (volumes.containsKey(ref)) {
                mountedVolumes.add(ref);
                mounts.add(ServiceVolume.builder(ServiceVolume.Type.VOLUME, mount.mountPath()).source(ref)
                        .readOnly(mount.readOnly()).subpath(mount.subPath()).location(mount.location()).build());
            } else {
                List<String> known = new ArrayList<>(emptyDirs.keySet());
                known.addAll(volumes.keySet());
                String closest = Suggestions.closest(ref, known);
                nodes.error(ParserCode.UNKNOWN_VOLUME, mount.refLocation(), "volumeRef '" + ref + "' of container '"
                        + containerName + "' in service '" + service.name() + "' names no volume: neither a root "
                        + "volume nor an emptyDir volume of the service", closest != null
                        ? "did you mean '" + closest + "'?"
                        : known.isEmpty() ? "define it under volumes: (a claim) or under the service's emptyDirVolumes:"
                        : "the volumes it can mount are " + String.join(", ", known));
            }
        }
    }

    private static Volume volume(OpenComposeSpec.Volume volume) {
        SortedMap<String, String> labels = new TreeMap<>();
        labels.put(SIZE_LABEL, volume.size());
        labels.put(ACCESS_MODE_LABEL, volume.accessMode());
        if (volume.storageClass() != null) {
            labels.put(STORAGE_CLASS_LABEL, volume.storageClass());
        }
        return new Volume(volume.name(), null, null, null, false, labels, volume.location());
    }

    private static void put(Map<String, SourceLocation> keys, String key, SourceLocation location) {
        if (location != null) {
            keys.put(key, location);
        }
    }
}
