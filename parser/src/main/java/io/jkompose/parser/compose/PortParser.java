package io.jkompose.parser.compose;

import io.jkompose.syntax.IpAddresses;
import io.jkompose.parser.ParserCode;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code ports} and {@code expose}: the short syntax {@code [[IP:]HOST:]CONTAINER[/PROTOCOL]} with
 * port ranges, plain numbers, and the long syntax. A container port range becomes one mapping per
 * port; a host range with a single container port stays a range (the host picks a port from it).
 */
final class PortParser {

    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
    private static final Set<String> MODES = Set.of("host", "ingress");

    private final Values values;

    PortParser(Values values) {
        this.values = values;
    }

    /** A closed range of port numbers; a single port has {@code first == last}. */
    record Range(int first, int last) {

        int size() {
            return last - first + 1;
        }

        boolean single() {
            return first == last;
        }
    }

    List<PortMapping> ports(YamlNode node, String path) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        // the merge rule of the specification: one entry per {ip, published, target, protocol}, the last wins
        Map<List<Object>, PortMapping> unique = new LinkedHashMap<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            List<PortMapping> parsed;
            if (item instanceof MappingNode mapping) {
                PortMapping port = longForm(mapping, itemPath);
                parsed = port == null ? List.of() : List.of(port);
            } else if (item instanceof ScalarNode scalar && !scalar.isNull()) {
                parsed = shortForm(scalar.value(), scalar.location(), itemPath);
            } else {
                values.error(ParserCode.INVALID_TYPE, item.location(), itemPath
                        + " must be a port like \"8080:80\" or a mapping with 'target', but it is "
                        + Values.describe(item), null);
                parsed = List.of();
            }
            for (PortMapping port : parsed) {
                unique.put(List.of(Objects.toString(port.hostIp(), ""), Objects.toString(port.published(), ""),
                        port.target(), port.protocol()), port);
            }
        }
        return new ArrayList<>(unique.values());
    }

    List<PortMapping> shortForm(String written, SourceLocation location, String path) {
        String spec = written.trim();
        String[] parts = spec.split(":", -1);
        int n = parts.length;
        String container = parts[n - 1];
        String host = n >= 2 ? parts[n - 2] : "";
        String ip = n >= 3 ? String.join(":", Arrays.copyOf(parts, n - 2)) : "";
        String protocol = "tcp";
        int slash = container.indexOf('/');
        if (slash >= 0) {
            protocol = container.substring(slash + 1).toLowerCase(Locale.ROOT);
            container = container.substring(0, slash);
        }
        String problem = null;
        if (!PROTOCOLS.contains(protocol)) {
            problem = "'" + protocol + "' is not a protocol (use tcp, udp or sctp)";
        }
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (problem == null && !ip.isEmpty() && !isAddress(ip)) {
            problem = "'" + ip + "' is not an IP address";
        }
        Range target = problem == null ? range(container, 1) : null;
        if (problem == null && target == null) {
            problem = container.isEmpty() ? "the container port is missing"
                    : "'" + container + "' is not a container port or port range (1-65535)";
        }
        Range published = null;
        if (problem == null && !host.isEmpty()) {
            published = range(host, 0);
            if (published == null) {
                problem = "'" + host + "' is not a host port or port range (0-65535)";
            } else if (!target.single() && published.size() != target.size()) {
                problem = "the container range " + container + " and the host range " + host
                        + " have different lengths";
            }
        }
        if (problem != null) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": \"" + written + "\" is not a valid port: " + problem,
                    "write [[IP:]HOST:]CONTAINER[/PROTOCOL], for example \"8080:80\" or \"127.0.0.1:53:53/udp\"");
            return List.of();
        }
        String hostIp = ip.isEmpty() ? null : ip;
        List<PortMapping> result = new ArrayList<>(target.size());
        for (int i = 0; i < target.size(); i++) {
            String hostPort = null;
            if (published != null) {
                hostPort = target.single() && !published.single() ? published.first() + "-" + published.last()
                        : String.valueOf(published.first() + i);
            }
            result.add(new PortMapping(null, target.first() + i, hostPort, hostIp, protocol, null, null, location));
        }
        return result;
    }

    private PortMapping longForm(MappingNode mapping, String path) {
        values.checkKeys(mapping, KnownKeys.PORT, path);
        YamlNode targetNode = mapping.get("target");
        Integer target = null;
        if (Values.isAbsent(targetNode)) {
            values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " has no 'target' (the container port)",
                    "add target: <port>");
        } else {
            target = values.integer(targetNode, path + ".target");
            if (target != null && (target < 1 || target > 65535)) {
                values.error(ParserCode.INVALID_VALUE, targetNode.location(),
                        path + ".target must be a port between 1 and 65535, but it is " + target, null);
                target = null;
            }
        }
        String published = values.string(mapping.get("published"), path + ".published");
        if (published != null) {
            published = published.trim();
            if (published.isEmpty()) {
                published = null;
            } else if (range(published, 0) == null) {
                values.error(ParserCode.INVALID_VALUE, mapping.get("published").location(), path + ".published: '"
                        + published + "' is not a port or port range (0-65535)", null);
            }
        }
        String hostIp = values.string(mapping.get("host_ip"), path + ".host_ip");
        if (hostIp != null && !hostIp.isEmpty() && !isAddress(hostIp)) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("host_ip").location(),
                    path + ".host_ip: '" + hostIp + "' is not an IP address", null);
        }
        String protocol = values.string(mapping.get("protocol"), path + ".protocol");
        if (protocol != null) {
            protocol = protocol.toLowerCase(Locale.ROOT);
            if (!PROTOCOLS.contains(protocol)) {
                values.error(ParserCode.INVALID_VALUE, mapping.get("protocol").location(),
                        path + ".protocol: '" + protocol + "' is not a protocol", "use tcp, udp or sctp");
            }
        }
        String mode = values.string(mapping.get("mode"), path + ".mode");
        if (mode != null && !MODES.contains(mode)) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("mode").location(),
                    path + ".mode: '" + mode + "' is not a port mode", "use host or ingress");
        }
        if (target == null) {
            return null;
        }
        return new PortMapping(values.string(mapping.get("name"), path + ".name"), target, published,
                hostIp == null || hostIp.isEmpty() ? null : hostIp, protocol,
                values.string(mapping.get("app_protocol"), path + ".app_protocol"), mode, mapping.location());
    }

    List<ExposedPort> expose(YamlNode node, String path) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        Map<List<Object>, ExposedPort> unique = new LinkedHashMap<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            String text = values.scalarItem(item, itemPath);
            if (text == null) {
                continue;
            }
            String spec = text.trim();
            String protocol = "tcp";
            int slash = spec.indexOf('/');
            if (slash >= 0) {
                protocol = spec.substring(slash + 1).toLowerCase(Locale.ROOT);
                spec = spec.substring(0, slash);
            }
            Range range = range(spec, 1);
            if (range == null || !PROTOCOLS.contains(protocol)) {
                values.error(ParserCode.INVALID_VALUE, item.location(), itemPath + ": \"" + text
                        + "\" is not a port to expose", "write PORT[/PROTOCOL] or a range, for example \"3000-3005\"");
                continue;
            }
            for (int port = range.first(); port <= range.last(); port++) {
                unique.put(List.of(port, protocol), new ExposedPort(port, protocol, item.location()));
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** {@code 80} or {@code 8000-8010} within [min, 65535]; null when it is neither. */
    static Range range(String text, int min) {
        int dash = text.indexOf('-');
        Integer first = port(dash < 0 ? text : text.substring(0, dash), min);
        Integer last = dash < 0 ? first : port(text.substring(dash + 1), min);
        if (first == null || last == null || first > last) {
            return null;
        }
        return new Range(first, last);
    }

    private static Integer port(String text, int min) {
        if (text.isEmpty() || text.length() > 5) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        int value = Integer.parseInt(text);
        return value < min || value > 65535 ? null : value;
    }

    /** An IPv4 or IPv6 address (with a zone, as Compose takes it). */
    private static boolean isAddress(String text) {
        return IpAddresses.isIpv4(text) || IpAddresses.isIpv6WithZone(text);
    }
}
