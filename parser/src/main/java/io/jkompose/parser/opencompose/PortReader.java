package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.DnsNames;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a container's {@code ports}: {@code port: ContainerPort[:ServicePort]}, {@code type:
 * internal|external}, and {@code host} / {@code path} for an Ingress.
 */
final class PortReader {

    private static final List<String> KEYS = List.of("port", "type", "host", "path");
    private static final String PORT_HINT = "write ContainerPort[:ServicePort], for example 8080 or \"8080:80\"";

    private final Nodes nodes;

    PortReader(Nodes nodes) {
        this.nodes = nodes;
    }

    OpenComposeSpec.Port read(YamlNode item, int index, String container) {
        String what = "ports[" + index + "] of " + container;
        MappingNode mapping = nodes.mapping(item, what);
        if (mapping == null) {
            return null;
        }
        int errorsBefore = nodes.errorCount();
        nodes.onlyKnownKeys(mapping, KEYS, what);
        YamlNode portNode = nodes.required(mapping, "port", what);
        int[] numbers = portNode == null ? null : numbers(portNode, container);
        boolean external = type(mapping.get("type"), what);
        String host = host(mapping.get("host"), what);
        String path = path(mapping, host, what);
        if (numbers == null || nodes.errorCount() > errorsBefore) {
            return null;
        }
        SourceLocation hostLocation = host == null ? null : mapping.get("host").location();
        return new OpenComposeSpec.Port(numbers[0], numbers[1], external, host, path, mapping.location(), hostLocation);
    }

    /** {ContainerPort, ServicePort}; null after reporting. */
    private int[] numbers(YamlNode node, String container) {
        String written = nodes.text(node, "the port of " + container);
        if (written == null) {
            return null;
        }
        String[] parts = written.split(":", -1);
        if (parts.length > 2) {
            nodes.error(ParserCode.INVALID_PORT, node.location(), "port '" + written + "' of " + container
                    + " is not valid: it has more than one ':'", PORT_HINT);
            return null;
        }
        int containerPort = number(parts[0], written, node, container);
        int servicePort = parts.length == 2 ? number(parts[1], written, node, container) : containerPort;
        return containerPort < 0 || servicePort < 0 ? null : new int[] {containerPort, servicePort};
    }

    private int number(String part, String written, YamlNode node, String container) {
        if (part.matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(part);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        nodes.error(ParserCode.INVALID_PORT, node.location(), "port '" + written + "' of " + container + " is not valid: '"
                + part + "' is not a port number between 1 and 65535", PORT_HINT);
        return -1;
    }

    /** True for external; internal is the default. */
    private boolean type(YamlNode node, String what) {
        if (node == null || node.isNull()) {
            return false;
        }
        String type = nodes.text(node, "the type of " + what);
        if (type == null) {
            return false;
        }
        switch (type) {
            case "internal":
                return false;
            case "external":
                return true;
            default:
                nodes.error(ParserCode.INVALID_VALUE, node.location(), "port type '" + type + "' of " + what
                        + " is neither internal nor external", "internal: reachable inside the cluster only; "
                        + "external: from outside it too");
                return false;
        }
    }

    private String host(YamlNode node, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        String written = nodes.name(node, "the host of " + what);
        if (written == null) {
            return null;
        }
        String host = written.toLowerCase(Locale.ROOT);
        if (!DnsNames.isIngressHost(host)) {
            nodes.error(ParserCode.INVALID_VALUE, node.location(), "host '" + written + "' of " + what
                    + " is not a domain name an Ingress can route", "write a name such as app.example.com "
                    + "(an IP address is not allowed; app.127.0.0.1.nip.io is)");
            return null;
        }
        return host;
    }

    private String path(MappingNode mapping, String host, String what) {
        YamlNode node = mapping.get("path");
        if (node == null || node.isNull()) {
            return null;
        }
        String path = nodes.text(node, "the path of " + what);
        if (path == null) {
            return null;
        }
        if (!mapping.has("host")) {
            nodes.error(ParserCode.MISSING_KEY, mapping.entry("path").key().location(), what
                    + " has a path but no host: setting path requires setting host", "add host: <domain name>, "
                    + "or remove path");
            return null;
        }
        if (!path.startsWith("/") || path.contains(",") || path.chars().anyMatch(Character::isWhitespace)) {
            nodes.error(ParserCode.INVALID_VALUE, node.location(), "path '" + path + "' of " + what
                    + " is not an HTTP path jkompose can route", "start it with '/', without spaces or commas");
            return null;
        }
        return host == null ? null : path;
    }
}
