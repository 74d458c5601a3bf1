package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.units.ByteSizes;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's {@code volumes}: the short syntax {@code [SOURCE:]TARGET[:OPTIONS]} and the long one.
 * A source starting with {@code .}, {@code /} or {@code ~} (or a Windows drive) is a bind mount,
 * made absolute against the project directory; any other source names a volume.
 */
final class VolumeParser {

    private static final Set<String> PROPAGATIONS = Set.of("private", "rprivate", "shared", "rshared", "slave",
            "rslave");
    private static final Set<String> CONSISTENCIES = Set.of("consistent", "cached", "delegated");
    private static final Set<String> SELINUX = Set.of("z", "Z");

    private final Values values;
    private final ProjectPaths paths;

    VolumeParser(Values values, ProjectPaths paths) {
        this.values = values;
        this.paths = paths;
    }

    List<ServiceVolume> volumes(YamlNode node, String path, KeyRecorder keys) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        // one mount per target, the last wins (the specification's merge rule)
        Map<String, ServiceVolume> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            ServiceVolume volume = null;
            if (item instanceof MappingNode mapping) {
                volume = longForm(mapping, itemPath, keys);
            } else if (item instanceof ScalarNode scalar && !scalar.isNull()) {
                volume = shortForm(scalar.value(), scalar.location(), itemPath);
            } else {
                values.error(ParserCode.INVALID_TYPE, item.location(), itemPath
                        + " must be a mount like \"data:/var/lib/data\" or a mapping with 'type' and 'target', but it is "
                        + Values.describe(item), null);
            }
            if (volume != null) {
                byTarget.put(volume.target(), volume);
            }
        }
        return new ArrayList<>(byTarget.values());
    }

    ServiceVolume shortForm(String spec, SourceLocation location, String path) {
        List<String> fields = new ArrayList<>(3);
        String problem = split(spec, fields);
        if (problem != null) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": \"" + spec + "\" is not a valid volume: " + problem,
                    "write [SOURCE:]TARGET[:MODE], for example \"./data:/data:ro\" or \"logs:/var/log\"");
            return null;
        }
        if (fields.size() == 1) {
            // noCopy false, not null: Compose prints the short syntax's volumes with an (empty) volume block
            return ServiceVolume.builder(ServiceVolume.Type.VOLUME, cleanTarget(fields.get(0))).noCopy(Boolean.FALSE)
                    .location(location).build();
        }
        String source = fields.get(0);
        String target = cleanTarget(fields.get(1));
        boolean readOnly = false;
        String consistency = null;
        String propagation = null;
        String selinux = null;
        Boolean noCopy = Boolean.FALSE;
        if (fields.size() == 3) {
            for (String option : fields.get(2).split(",")) {
                if (option.equals("ro")) {
                    readOnly = true;
                } else if (option.equals("rw")) {
                    readOnly = false;
                } else if (option.equals("nocopy")) {
                    noCopy = Boolean.TRUE;
                } else if (PROPAGATIONS.contains(option)) {
                    propagation = option;
                } else if (SELINUX.contains(option)) {
                    selinux = option;
                } else if (CONSISTENCIES.contains(option)) {
                    consistency = option;
                } else {
                    values.warn(ParserCode.IGNORED, location, path + ": the volume option '" + option
                            + "' is unknown and ignored",
                            "use ro, rw, nocopy, z, Z, a propagation (shared, slave, private, r...) or a consistency");
                }
            }
        }
        if (isHostPath(source)) {
            String absolute = hostPath(source, location, path);
            if (absolute == null) {
                return null;
            }
            return ServiceVolume.builder(ServiceVolume.Type.BIND, target).source(absolute).written(source)
                    .readOnly(readOnly).consistency(consistency).bindPropagation(propagation).createHostPath(Boolean.TRUE)
                    .selinux(selinux).location(location).build();
        }
        if (propagation != null || selinux != null) {
            values.warn(ParserCode.IGNORED, location, path + ": the bind options of \"" + spec
                    + "\" are ignored: '" + source + "' names a volume, not a host path",
                    "write ./" + source + " for a folder of the project");
        }
        return ServiceVolume.builder(ServiceVolume.Type.VOLUME, target).source(source).readOnly(readOnly)
                .consistency(consistency).noCopy(noCopy).location(location).build();
    }

    /** Splits on colons, except the one of a Windows drive letter and those inside {@code ${...}}. */
    private static String split(String spec, List<String> fields) {
        if (spec.isEmpty()) {
            return "it is empty";
        }
        StringBuilder field = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= spec.length(); i++) {
            char c = i < spec.length() ? spec.charAt(i) : 0;
            boolean end = i == spec.length();
            if (!end && c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                depth++;
            } else if (!end && c == '}' && depth > 0) {
                depth--;
            } else if (!end && c == ':' && field.length() == 1 && Character.isLetter(field.charAt(0))
                    && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/')) {
                field.append(c);
                continue;
            } else if (end || (c == ':' && depth == 0)) {
                if (field.length() == 0) {
                    return "a part between colons is empty";
                }
                if (fields.size() == 3) {
                    return "it has too many colons";
                }
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            field.append(c);
        }
        return null;
    }

    private static boolean isHostPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~")
                || ProjectPaths.isWindowsAbsolute(source);
    }

    private String hostPath(String written, SourceLocation location, String path) {
        if (ProjectPaths.startsWithHome(written) && !paths.canExpandHome()) {
            values.warn(ParserCode.UNSET_VARIABLE, location, path + ": cannot expand '~' in '" + written
                    + "': HOME is not set in the environment; the path is kept as written", null);
            return written;
        }
        try {
            return paths.resolveHostPath(written, location);
        } catch (InvalidPathException e) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": '" + written + "' is not a valid path: "
                    + e.getReason(), null);
            return null;
        }
    }

    private ServiceVolume longForm(MappingNode mapping, String path, KeyRecorder keys) {
        values.checkKeys(mapping, KnownKeys.VOLUME_MOUNT, path);
        String writtenType = values.string(mapping.get("type"), path + ".type");
        if (writtenType == null) {
            values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " has no 'type'",
                    "add type: bind, volume or tmpfs");
            return null;
        }
        ServiceVolume.Type type = ServiceVolume.Type.fromWritten(writtenType);
        if (type == null) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("type").location(), path + ".type: '" + writtenType
                    + "' is not a mount type", "use bind, volume, tmpfs, npipe, cluster or image");
            return null;
        }
        String target = values.string(mapping.get("target"), path + ".target");
        if (target == null || target.isEmpty()) {
            values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " has no 'target' (the path in the container)",
                    "add target: /path/in/container");
            return null;
        }
        target = cleanTarget(target);
        YamlNode sourceNode = mapping.get("source");
        String written = values.string(sourceNode, path + ".source");
        if (written != null && written.isEmpty()) {
            written = null;
        }
        String source = written;
        if (type == ServiceVolume.Type.BIND) {
            if (written == null) {
                values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " is a bind mount without 'source'",
                        "add source: ./host/path");
                return null;
            }
            source = hostPath(written, sourceNode.location(), path + ".source");
            if (source == null) {
                return null;
            }
        } else if (type == ServiceVolume.Type.TMPFS && written != null) {
            values.error(ParserCode.INVALID_VALUE, sourceNode.location(), path + ": a tmpfs mount takes no 'source'",
                    "remove source");
        }
        boolean readOnly = Boolean.TRUE.equals(values.bool(mapping.get("read_only"), path + ".read_only"));
        String consistency = values.string(mapping.get("consistency"), path + ".consistency");

        String propagation = null;
        Boolean createHostPath = null;
        String selinux = null;
        MappingNode bind = values.mapping(mapping.get("bind"), path + ".bind");
        if (bind != null) {
            values.checkKeys(bind, KnownKeys.VOLUME_MOUNT_BIND, path + ".bind");
            propagation = values.string(bind.get("propagation"), path + ".bind.propagation");
            if (propagation != null && !PROPAGATIONS.contains(propagation)) {
                values.error(ParserCode.INVALID_VALUE, bind.get("propagation").location(), path + ".bind.propagation: '"
                        + propagation + "' is not a bind propagation",
                        "use private, rprivate, shared, rshared, slave or rslave");
            }
            createHostPath = values.bool(bind.get("create_host_path"), path + ".bind.create_host_path");
            selinux = values.string(bind.get("selinux"), path + ".bind.selinux");
            if (selinux != null && !SELINUX.contains(selinux)) {
                values.error(ParserCode.INVALID_VALUE, bind.get("selinux").location(),
                        path + ".bind.selinux: '" + selinux + "' is not an SELinux label option", "use z or Z");
            }
            recordUnmodelled(bind, "volumes.bind", Set.of("recursive"), keys);
        }
        Boolean noCopy = null;
        String subpath = null;
        MappingNode volume = values.mapping(mapping.get("volume"), path + ".volume");
        if (volume != null) {
            values.checkKeys(volume, KnownKeys.VOLUME_MOUNT_VOLUME, path + ".volume");
            noCopy = values.bool(volume.get("nocopy"), path + ".volume.nocopy");
            subpath = values.string(volume.get("subpath"), path + ".volume.subpath");
            recordUnmodelled(volume, "volumes.volume", Set.of("labels"), keys);
        }
        Long tmpfsSize = null;
        Integer tmpfsMode = null;
        MappingNode tmpfs = values.mapping(mapping.get("tmpfs"), path + ".tmpfs");
        if (tmpfs != null) {
            values.checkKeys(tmpfs, KnownKeys.VOLUME_MOUNT_TMPFS, path + ".tmpfs");
            tmpfsSize = values.parse(tmpfs.get("size"), path + ".tmpfs.size", ByteSizes::parse,
                    "a size like 64m or a number of bytes");
            YamlNode modeNode = tmpfs.get("mode");
            if (!Values.isAbsent(modeNode)) {
                tmpfsMode = mode(modeNode, path + ".tmpfs.mode");
            }
        }
        MappingNode image = values.mapping(mapping.get("image"), path + ".image");
        if (image != null) {
            values.checkKeys(image, KnownKeys.VOLUME_MOUNT_IMAGE, path + ".image");
            recordUnmodelled(image, "volumes.image", Set.of("subpath"), keys);
        }
        return ServiceVolume.builder(type, target).source(source).written(written).readOnly(readOnly)
                .consistency(consistency).bindPropagation(propagation).createHostPath(createHostPath).selinux(selinux)
                .noCopy(noCopy).subpath(subpath).tmpfsSize(tmpfsSize).tmpfsMode(tmpfsMode).location(mapping.location())
                .build();
    }

    Integer mode(YamlNode node, String path) {
        Integer mode = node instanceof ScalarNode scalar ? FileModes.parse(scalar) : null;
        if (mode == null) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + " must be a file mode like 0440, but it is "
                    + Values.describe(node), null);
        }
        return mode;
    }

    private static void recordUnmodelled(MappingNode mapping, String prefix, Set<String> unmodelled,
            KeyRecorder keys) {
        for (MappingNode.Entry entry : mapping.entries()) {
            if (unmodelled.contains(entry.name())) {
                keys.record(prefix + "." + entry.name(), entry.key().location());
            }
        }
    }

    /** Removes doubled and trailing slashes and {@code .} parts, as Compose does with mount targets. */
    static String cleanTarget(String target) {
        if (!target.startsWith("/")) {
            return target;
        }
        StringBuilder clean = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        for (String part : parts) {
            clean.append('/').append(part);
        }
        return clean.length() == 0 ? "/" : clean.toString();
    }
}
