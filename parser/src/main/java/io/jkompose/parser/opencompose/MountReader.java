package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's {@code mounts}: which volume ({@code volumeRef}) at which absolute path, optionally a
 * path inside the volume and read-only. Which volume a name refers to is resolved later, once
 * every file's volumes are known.
 */
final class MountReader {

    private static final List<String> KEYS = List.of("volumeRef", "mountPath", "volumeSubPath", "readOnly");
    /** The name files written before the specification renamed it (opencompose #136) give volumeRef. */
    static final String OLD_VOLUME_REF = "volumeName";

    private final Nodes nodes;

    MountReader(Nodes nodes) {
        this.nodes = nodes;
    }

    private static List<String> withOldName() {
        List<String> keys = new ArrayList<>(KEYS);
        keys.add(OLD_VOLUME_REF);
        return keys;
    }

    List<OpenComposeSpec.Mount> readAll(YamlNode node, String container) {
        List<OpenComposeSpec.Mount> mounts = new ArrayList<>();
        List<YamlNode> items = nodes.list(node, "the mounts of " + container);
        Map<String, SourceLocation> paths = new HashMap<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            OpenComposeSpec.Mount mount = read(items.get(i), "mounts[" + i + "] of " + container);
            if (mount == null) {
                continue;
            }
            SourceLocation earlier = paths.putIfAbsent(mount.mountPath(), mount.location());
            if (earlier != null) {
                nodes.error(ParserCode.DUPLICATE_NAME, mount.location(), "mountPath '" + mount.mountPath() + "' of "
                        + container + " is mounted twice (first at " + earlier + ")", "mount one volume per path");
            } else {
                mounts.add(mount);
            }
        }
        return mounts;
    }

    private OpenComposeSpec.Mount read(YamlNode item, String what) {
        MappingNode mapping = nodes.mapping(item, what);
        if (mapping == null) {
            return null;
        }
        int errorsBefore = nodes.errorCount();
        YamlNode oldRef = mapping.get(OLD_VOLUME_REF);
        nodes.onlyKnownKeys(mapping, oldRef == null ? KEYS : withOldName(), what);
        YamlNode refNode;
        if (oldRef != null && mapping.get("volumeRef") == null) {
            nodes.warn(ParserCode.VALUE_NORMALIZED, mapping.entry(OLD_VOLUME_REF).key().location(), OLD_VOLUME_REF + " of " + what
                    + " is the name the OpenCompose specification used before it renamed it volumeRef; it is read as "
                    + "volumeRef", "rename it volumeRef");
            refNode = oldRef;
        } else {
            if (oldRef != null) {
                nodes.error(ParserCode.DUPLICATE_NAME, mapping.entry(OLD_VOLUME_REF).key().location(), what + " gives both volumeRef "
                        + "and " + OLD_VOLUME_REF + ", its old name", "keep volumeRef only");
            }
            refNode = nodes.required(mapping, "volumeRef", what);
        }
        String ref = refNode == null ? null : nodes.name(refNode, "the volumeRef of " + what);
        YamlNode pathNode = nodes.required(mapping, "mountPath", what);
        String path = pathNode == null ? null : nodes.name(pathNode, "the mountPath of " + what);
        if (path != null && (!path.startsWith("/") || path.contains(":"))) {
            nodes.error(ParserCode.INVALID_VALUE, pathNode.location(), "mountPath '" + path + "' of " + what
                    + " is not an absolute path without ':'", "write a path such as /var/lib/data");
        }
        String subPath = null;
        YamlNode subPathNode = mapping.get("volumeSubPath");
        if (subPathNode != null && !subPathNode.isNull()) {
            subPath = nodes.text(subPathNode, "the volumeSubPath of " + what);
            if (subPath != null && (subPath.startsWith("/") || List.of(subPath.split("/")).contains(".."))) {
                nodes.error(ParserCode.INVALID_VALUE, subPathNode.location(), "volumeSubPath '" + subPath + "' of " + what
                        + " must be a relative path inside the volume", "leave out a leading '/' and '..'");
            }
            subPath = subPath == null || subPath.isEmpty() ? null : subPath;
        }
        boolean readOnly = false;
        YamlNode readOnlyNode = mapping.get("readOnly");
        if (readOnlyNode != null && !readOnlyNode.isNull()) {
            Boolean value = nodes.bool(readOnlyNode, "the readOnly of " + what);
            readOnly = Boolean.TRUE.equals(value);
        }
        if (nodes.errorCount() > errorsBefore) {
            return null;
        }
        return new OpenComposeSpec.Mount(ref, refNode.location(), path, subPath, readOnly, mapping.location());
    }
}
