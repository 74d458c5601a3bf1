package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.DnsNames;
import java.util.ArrayList;
import java.util.List;

/** The top level of an OpenCompose file: {@code version}, {@code services}, {@code volumes}. */
final class DocumentReader {

    private static final List<String> KEYS = List.of("version", "services", "volumes");
    private static final List<String> VOLUME_KEYS = List.of("name", "size", "accessMode", "storageClass");
    private static final List<String> ACCESS_MODES = List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany");

    private final Nodes nodes;
    private final ServiceReader services;

    DocumentReader(Nodes nodes) {
        this.nodes = nodes;
        this.services = new ServiceReader(nodes);
    }

    /** The file's content; null when its top level is unusable (reported). */
    OpenComposeSpec.File read(YamlNode document, InputText input) {
        if (!(document instanceof MappingNode root)) {
            nodes.error(ParserCode.INVALID_TYPE, document.location(), "the top level of an OpenCompose "
                    + "file must be a mapping (version:, services:, volumes:), not " + document.kind(), null);
            return null;
        }
        if (root.get("services") instanceof MappingNode compose) {
            nodes.error(ParserCode.NOT_OPENCOMPOSE, compose.location(), "services is a mapping, as in a "
                    + "Compose file; OpenCompose lists its services (- name: ...)",
                    "to read a Compose file, leave out --input-format opencompose");
            return null;
        }
        boolean known = nodes.onlyKnownKeys(root, KEYS, "the top level");
        boolean versionKnown = version(root, input);
        List<OpenComposeSpec.Service> serviceList = new ArrayList<>();
        YamlNode servicesNode = nodes.required(root, "services", "the OpenCompose file");
        List<YamlNode> items = servicesNode == null ? null : nodes.list(servicesNode, "services");
        if (items != null && items.isEmpty()) {
            nodes.error(ParserCode.MISSING_KEY, servicesNode.location(), "services lists no service",
                    "add a service: - name: ... containers: ...");
        }
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                OpenComposeSpec.Service service = services.read(items.get(i), i);
                if (service != null) {
                    serviceList.add(service);
                }
            }
        }
        List<OpenComposeSpec.Volume> volumes = volumes(root.get("volumes"));
        if (!known || !versionKnown) {
            return null;
        }
        return new OpenComposeSpec.File(input.display(), input.path(), serviceList, volumes);
    }

    /** True when the version is one jkompose knows; else reported at the version line. */
    private boolean version(MappingNode root, InputText input) {
        MappingNode.Entry entry = root.entry("version");
        if (entry == null || entry.value().isNull()) {
            nodes.error(ParserCode.UNKNOWN_VERSION, entry == null ? SourceLocation.of(input.display(), 1, 1)
                    : entry.key().location(), "the OpenCompose file has no version",
                    "add version: \"" + Versions.CURRENT + "\" (the version jkompose knows)");
            return false;
        }
        if (!(entry.value() instanceof ScalarNode scalar)) {
            nodes.error(ParserCode.INVALID_TYPE, entry.value().location(),
                    "version must be a string, not " + entry.value().kind(), "write version: \"" + Versions.CURRENT + "\"");
            return false;
        }
        if (!Versions.KNOWN.contains(scalar.value())) {
            nodes.error(ParserCode.UNKNOWN_VERSION, scalar.location(), "OpenCompose version '" + scalar.value()
                    + "' is not one jkompose knows; it reads version " + String.join(", ", Versions.KNOWN),
                    "write version: \"" + Versions.CURRENT + "\" if the file follows that file reference");
            return false;
        }
        return true;
    }

    private List<OpenComposeSpec.Volume> volumes(YamlNode node) {
        List<YamlNode> items = nodes.list(node, "volumes");
        List<OpenComposeSpec.Volume> volumes = new ArrayList<>();
        if (items == null) {
            return volumes;
        }
        for (int i = 0; i < items.size(); i++) {
            OpenComposeSpec.Volume volume = volume(items.get(i), i);
            if (volume != null) {
                volumes.add(volume);
            }
        }
        return volumes;
    }

    private OpenComposeSpec.Volume volume(YamlNode item, int index) {
        MappingNode mapping = nodes.mapping(item, "volumes[" + index + "]");
        if (mapping == null) {
            return null;
        }
        String name = mapping.get("name") == null ? null : nodes.name(mapping.get("name"), "the name of volumes[" + index + "]");
        String where = name == null ? "volumes[" + index + "]" : "volume '" + name + "'";
        boolean clean = nodes.onlyKnownKeys(mapping, VOLUME_KEYS, where);
        if (mapping.get("name") == null) {
            nodes.required(mapping, "name", where);
        } else if (name != null && !DnsNames.isSubdomain(name)) {
            nodes.error(ParserCode.INVALID_VALUE, mapping.get("name").location(), "volume name '" + name
                    + "' is not a DNS subdomain, as OpenCompose requires",
                    "use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit");
            name = null;
        }
        String size = size(mapping, where);
        String accessMode = accessMode(mapping, where);
        String storageClass = null;
        if (mapping.get("storageClass") != null && !mapping.get("storageClass").isNull()) {
            storageClass = nodes.name(mapping.get("storageClass"), "the storageClass of " + where);
            if (storageClass != null && !DnsNames.isSubdomain(storageClass)) {
                nodes.error(ParserCode.INVALID_VALUE, mapping.get("storageClass").location(),
                        "storageClass '" + storageClass + "' of " + where + " is not a StorageClass name",
                        "use lowercase letters, digits, '-' and '.'");
                storageClass = null;
            }
        }
        if (!clean || name == null || size == null || accessMode == null) {
            return null;
        }
        return new OpenComposeSpec.Volume(name, size, accessMode, storageClass, mapping.location());
    }

    private String size(MappingNode mapping, String where) {
        YamlNode node = nodes.required(mapping, "size", where);
        String written = node == null ? null : nodes.text(node, "the size of " + where);
        if (written == null) {
            return null;
        }
        String size = Quantities.normalize(written);
        if (size == null) {
            nodes.error(ParserCode.INVALID_VALUE, node.location(), "size '" + written + "' of " + where
                    + " is not a storage size", "write a positive quantity such as 500Mi, 5Gi or 1T");
        } else if (!size.equals(written.strip())) {
            nodes.warn(ParserCode.VALUE_NORMALIZED, node.location(), "size '" + written + "' of " + where
                    + " is read as " + size, "write " + size + ": sizes are Kubernetes quantities");
        }
        return size;
    }

    private String accessMode(MappingNode mapping, String where) {
        YamlNode node = nodes.required(mapping, "accessMode", where);
        String mode = node == null ? null : nodes.text(node, "the accessMode of " + where);
        if (mode != null && !ACCESS_MODES.contains(mode)) {
            nodes.error(ParserCode.INVALID_VALUE, node.location(), "accessMode '" + mode + "' of " + where
                    + " is not one of " + String.join(", ", ACCESS_MODES), null);
            return null;
        }
        return mode;
    }
}
