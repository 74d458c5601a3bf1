package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.EnvVar;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.DnsNames;
import io.jkompose.syntax.LabelSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One entry of {@code services}, with its containers and emptyDirVolumes. */
final class ServiceReader {

    private static final List<String> SERVICE_KEYS = List.of("name", "replicas", "labels", "containers",
            "emptyDirVolumes");
    private static final List<String> CONTAINER_KEYS = List.of("name", "image", "env", "command", "args", "ports",
            "mounts");
    private static final List<String> EMPTY_DIR_KEYS = List.of("name");

    private final Nodes nodes;
    private final EnvReader env;
    private final PortReader ports;
    private final MountReader mounts;

    ServiceReader(Nodes nodes) {
        this.nodes = nodes;
        this.env = new EnvReader(nodes);
        this.ports = new PortReader(nodes);
        this.mounts = new MountReader(nodes);
    }

    /** The service; null when something in it is wrong (reported). */
    OpenComposeSpec.Service read(YamlNode item, int index) {
        MappingNode mapping = nodes.mapping(item, "services[" + index + "]");
        if (mapping == null) {
            return null;
        }
        int errorsBefore = errors();
        String name = mapping.get("name") == null ? null : nodes.name(mapping.get("name"), "the name of services[" + index + "]");
        String where = name == null ? "services[" + index + "]" : "service '" + name + "'";
        nodes.onlyKnownKeys(mapping, SERVICE_KEYS, where);
        if (mapping.get("name") == null) {
            nodes.required(mapping, "name", where);
        }
        Integer replicas = replicas(mapping.get("replicas"), where);
        SortedMap<String, String> labels = labels(mapping.get("labels"), where);
        List<OpenComposeSpec.EmptyDir> emptyDirs = emptyDirs(mapping.get("emptyDirVolumes"), where);
        List<OpenComposeSpec.Container> containers = new ArrayList<>();
        YamlNode containersNode = nodes.required(mapping, "containers", where);
        List<YamlNode> items = containersNode == null ? null : nodes.list(containersNode, "the containers of " + where);
        if (items != null && items.isEmpty()) {
            nodes.error(ParserCode.MISSING_KEY, containersNode.location(), where + " lists no container",
                    "add one: - image: ...");
        }
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                OpenComposeSpec.Container container = container(items.get(i), i, where);
                if (container != null) {
                    containers.add(container);
                }
            }
        }
        if (errors() > errorsBefore) {
            return null;
        }
        return new OpenComposeSpec.Service(name, mapping.location(), keys(mapping), replicas, labels, containers,
                emptyDirs);
    }

    private OpenComposeSpec.Container container(YamlNode item, int index, String service) {
        String numbered = "container " + (index + 1) + " of " + service;
        MappingNode mapping = nodes.mapping(item, numbered);
        if (mapping == null) {
            return null;
        }
        int errorsBefore = errors();
        String name = mapping.get("name") == null ? null : nodes.name(mapping.get("name"), "the name of " + numbered);
        String where = name == null ? numbered : "container '" + name + "' of " + service;
        nodes.onlyKnownKeys(mapping, CONTAINER_KEYS, where);
        YamlNode imageNode = nodes.required(mapping, "image", where);
        String image = imageNode == null ? null : nodes.name(imageNode, "the image of " + where);
        SortedMap<String, EnvVar> variables = env.read(mapping.get("env"), where);
        List<String> command = command(mapping.get("command"), "the command of " + where);
        List<String> args = command(mapping.get("args"), "the args of " + where);
        List<OpenComposeSpec.Port> portList = new ArrayList<>();
        List<YamlNode> portItems = nodes.list(mapping.get("ports"), "the ports of " + where);
        for (int i = 0; portItems != null && i < portItems.size(); i++) {
            OpenComposeSpec.Port port = ports.read(portItems.get(i), i, where);
            if (port != null) {
                portList.add(port);
            }
        }
        List<OpenComposeSpec.Mount> mountList = mounts.readAll(mapping.get("mounts"), where);
        if (errors() > errorsBefore) {
            return null;
        }
        return new OpenComposeSpec.Container(name, index, mapping.location(), keys(mapping), image, variables,
                command, args, portList, mountList);
    }

    /** command and args: lists of strings; an empty list means the image's own, as in Kubernetes. */
    private List<String> command(YamlNode node, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!(node instanceof SequenceNode)) {
            nodes.error(ParserCode.INVALID_TYPE, node.location(), what + " must be a list of strings, not "
                    + node.kind(), "write each word as an item, for example [\"nginx\", \"-g\", \"daemon off;\"]");
            return null;
        }
        List<String> words = nodes.strings(node, what);
        return words == null || words.isEmpty() ? null : words;
    }

    private Integer replicas(YamlNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        Integer replicas = nodes.integer(node, "the replicas of " + where);
        if (replicas != null && replicas < 0) {
            nodes.error(ParserCode.INVALID_VALUE, node.location(), "the replicas of " + where
                    + " is negative (" + replicas + ")", "write 0 or more");
            return null;
        }
        return replicas;
    }

    /** Labels of the Kubernetes objects made for the service, so they follow Kubernetes' label syntax. */
    private SortedMap<String, String> labels(YamlNode node, String where) {
        SortedMap<String, String> labels = new TreeMap<>();
        if (node == null || node.isNull()) {
            return labels;
        }
        MappingNode mapping = nodes.mapping(node, "the labels of " + where);
        if (mapping == null) {
            return labels;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String value = nodes.text(entry.value(), "label '" + entry.name() + "' of " + where);
            if (value == null) {
                continue;
            }
            if (!LabelSyntax.isKey(entry.name())) {
                nodes.error(ParserCode.INVALID_VALUE, entry.key().location(), "label key '" + entry.name()
                        + "' of " + where + " is not a valid label key",
                        "use [prefix/]name: at most 63 letters, digits, '-', '_' or '.', starting and ending with a "
                                + "letter or digit");
            } else if (!LabelSyntax.isValue(value)) {
                nodes.error(ParserCode.INVALID_VALUE, entry.value().location(), "value '" + value
                        + "' of label '" + entry.name() + "' of " + where + " is not a valid label value",
                        "at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
            } else {
                labels.put(entry.name(), value);
            }
        }
        return labels;
    }

    private List<OpenComposeSpec.EmptyDir> emptyDirs(YamlNode node, String where) {
        List<OpenComposeSpec.EmptyDir> result = new ArrayList<>();
        List<YamlNode> items = nodes.list(node, "the emptyDirVolumes of " + where);
        Map<String, SourceLocation> seen = new HashMap<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String what = "emptyDirVolumes[" + i + "] of " + where;
            MappingNode mapping = nodes.mapping(items.get(i), what);
            if (mapping == null || !nodes.onlyKnownKeys(mapping, EMPTY_DIR_KEYS, what)) {
                continue;
            }
            YamlNode nameNode = nodes.required(mapping, "name", what);
            String name = nameNode == null ? null : nodes.name(nameNode, "the name of " + what);
            if (name == null) {
                continue;
            }
            if (!DnsNames.isSubdomain(name)) {
                nodes.error(ParserCode.INVALID_VALUE, nameNode.location(), "emptyDir volume name '" + name
                        + "' of " + where + " is not a DNS subdomain, as OpenCompose requires",
                        "use lowercase letters, digits, '-' and '.'");
            } else if (seen.putIfAbsent(name, nameNode.location()) != null) {
                nodes.error(ParserCode.DUPLICATE_NAME, nameNode.location(), "emptyDir volume '" + name
                        + "' is defined twice in " + where + " (first at " + seen.get(name) + ")", null);
            } else {
                result.add(new OpenComposeSpec.EmptyDir(name, mapping.location()));
            }
        }
        return result;
    }

    private static Map<String, SourceLocation> keys(MappingNode mapping) {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        mapping.entries().forEach(entry -> keys.put(entry.name(), entry.key().location()));
        return keys;
    }

    private int errors() {
        return nodes.errorCount();
    }
}
