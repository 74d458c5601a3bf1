package io.jkompose.parser.compose;

import io.jkompose.syntax.IpAddresses;
import io.jkompose.parser.ParserCode;
import io.jkompose.model.Dependency;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.FileReference;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys by which a service points at other things: {@code depends_on}, {@code networks},
 * {@code configs}, {@code secrets}, and at host names ({@code extra_hosts}). Whether what they name
 * exists is checked once every service is read ({@link ConsistencyChecker}).
 */
final class ServiceLinks {

    private static final Set<String> CONDITIONS = Set.of(Dependency.STARTED, Dependency.HEALTHY,
            Dependency.COMPLETED);

    private final Values values;

    ServiceLinks(Values values) {
        this.values = values;
    }

    TreeMap<String, Dependency> dependsOn(YamlNode node, String path) {
        TreeMap<String, Dependency> result = new TreeMap<>();
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                String name = values.scalarItem(item, path + "[" + i + "]");
                if (name != null) {
                    result.put(name, new Dependency(Dependency.STARTED, false, true, item.location()));
                }
            }
            return result;
        }
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String entryPath = path + "." + entry.name();
            String condition = Dependency.STARTED;
            boolean restart = false;
            boolean required = true;
            MappingNode options = values.mapping(entry.value(), entryPath);
            if (options != null) {
                values.checkKeys(options, KnownKeys.DEPENDS_ON, entryPath);
                String written = values.string(options.get("condition"), entryPath + ".condition");
                if (written != null && !CONDITIONS.contains(written)) {
                    values.error(ParserCode.INVALID_VALUE, options.get("condition").location(), entryPath
                            + ".condition: '" + written + "' is not a dependency condition",
                            "use service_started, service_healthy or service_completed_successfully");
                } else if (written != null) {
                    condition = written;
                }
                restart = Boolean.TRUE.equals(values.bool(options.get("restart"), entryPath + ".restart"));
                Boolean req = values.bool(options.get("required"), entryPath + ".required");
                required = req == null || req;
            }
            result.put(entry.name(), new Dependency(condition, restart, required, entry.key().location()));
        }
        return result;
    }

    TreeMap<String, ServiceNetwork> networks(YamlNode node, String path, KeyRecorder keys) {
        TreeMap<String, ServiceNetwork> result = new TreeMap<>();
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                YamlNode item = sequence.items().get(i);
                String name = values.scalarItem(item, path + "[" + i + "]");
                if (name != null) {
                    result.put(name, new ServiceNetwork(null, null, null, null, item.location()));
                }
            }
            return result;
        }
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return result;
        }
        for (MappingNode.Entry entry : mapping.entries()) {
            String entryPath = path + "." + entry.name();
            MappingNode options = values.mapping(entry.value(), entryPath);
            if (options == null) {
                result.put(entry.name(), new ServiceNetwork(null, null, null, null, entry.key().location()));
                continue;
            }
            values.checkKeys(options, KnownKeys.SERVICE_NETWORK, entryPath);
            for (MappingNode.Entry option : options.entries()) {
                if (KnownKeys.SERVICE_NETWORK.contains(option.name())
                        && !KnownKeys.SERVICE_NETWORK_MODELLED.contains(option.name())) {
                    keys.record("networks." + option.name(), option.key().location());
                }
            }
            List<String> aliases = values.strings(options.get("aliases"), entryPath + ".aliases");
            String ipv4 = values.string(options.get("ipv4_address"), entryPath + ".ipv4_address");
            if (ipv4 != null && !IpAddresses.isIpv4(ipv4)) {
                values.error(ParserCode.INVALID_VALUE, options.get("ipv4_address").location(), entryPath
                        + ".ipv4_address: '" + ipv4 + "' is not an IPv4 address", null);
            }
            String ipv6 = values.string(options.get("ipv6_address"), entryPath + ".ipv6_address");
            if (ipv6 != null && !IpAddresses.isIpv6WithZone(ipv6)) {
                values.error(ParserCode.INVALID_VALUE, options.get("ipv6_address").location(), entryPath
                        + ".ipv6_address: '" + ipv6 + "' is not an IPv6 address", null);
            }
            Integer priority = values.integer(options.get("priority"), entryPath + ".priority");
            result.put(entry.name(), new ServiceNetwork(aliases, ipv4, ipv6, priority, entry.key().location()));
        }
        return result;
    }

    /**
     * {@code configs} or {@code secrets} of a service: names, or {@code {source, target, uid, gid, mode}}.
     * One entry per target, the last wins.
     */
    List<FileReference> fileReferences(YamlNode node, String path, String defaultFolder) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        Map<String, FileReference> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            FileReference reference = null;
            if (item instanceof ScalarNode scalar && !scalar.isNull()) {
                reference = new FileReference(scalar.value(), null, null, null, null, scalar.location());
            } else if (item instanceof MappingNode mapping) {
                reference = longReference(mapping, itemPath);
            } else {
                values.error(ParserCode.INVALID_TYPE, item.location(), itemPath
                        + " must be a name or a mapping with 'source', but it is " + Values.describe(item), null);
            }
            if (reference != null) {
                String target = reference.target() != null ? reference.target()
                        : defaultFolder + "/" + reference.source();
                byTarget.put(target, reference);
            }
        }
        return new ArrayList<>(byTarget.values());
    }

    private FileReference longReference(MappingNode mapping, String path) {
        values.checkKeys(mapping, KnownKeys.FILE_REFERENCE, path);
        String source = values.string(mapping.get("source"), path + ".source");
        if (source == null || source.isEmpty()) {
            values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " has no 'source'",
                    "add source: <name of a top-level entry>");
            return null;
        }
        String target = values.string(mapping.get("target"), path + ".target");
        String uid = values.string(mapping.get("uid"), path + ".uid");
        String gid = values.string(mapping.get("gid"), path + ".gid");
        Integer mode = null;
        YamlNode modeNode = mapping.get("mode");
        if (!Values.isAbsent(modeNode)) {
            mode = modeNode instanceof ScalarNode scalar ? FileModes.parse(scalar) : null;
            if (mode == null) {
                values.error(ParserCode.INVALID_VALUE, modeNode.location(), path
                        + ".mode must be a file mode like 0440, but it is " + Values.describe(modeNode), null);
            }
        }
        return new FileReference(source, target == null || target.isEmpty() ? null : target, uid, gid, mode,
                mapping.location());
    }

    /** {@code host:ip} / {@code host=ip} items, or a mapping of host to an address or a list of addresses. */
    List<ExtraHost> extraHosts(YamlNode node, String path) {
        Map<String, ExtraHost> unique = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (MappingNode.Entry entry : mapping.entries()) {
                List<YamlNode> addresses = entry.value() instanceof SequenceNode sequence ? sequence.items()
                        : List.of(entry.value());
                for (YamlNode address : addresses) {
                    String ip = values.string(address, path + "." + entry.name());
                    add(unique, entry.name(), ip == null ? "" : ip, address.location(), path);
                }
            }
            return new ArrayList<>(unique.values());
        }
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String text = values.scalarItem(item, path + "[" + i + "]");
            if (text == null) {
                continue;
            }
            int equals = text.indexOf('=');
            int separator = equals >= 0 ? equals : text.indexOf(':');
            if (separator < 0) {
                values.error(ParserCode.INVALID_VALUE, item.location(), path + "[" + i + "]: \"" + text
                        + "\" has no address", "write host=address, for example \"db=10.0.0.5\"");
                continue;
            }
            for (String ip : text.substring(separator + 1).split(",")) {
                add(unique, text.substring(0, separator), ip, item.location(), path + "[" + i + "]");
            }
        }
        return new ArrayList<>(unique.values());
    }

    private void add(Map<String, ExtraHost> unique, String host, String ip, SourceLocation location, String path) {
        String address = ip.trim();
        if (address.length() > 2 && address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (host.isEmpty() || host.contains(":") || host.contains("=")) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": '" + host + "' is not a host name", null);
            return;
        }
        if (!address.equals("host-gateway") && !isAddress(address)) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": '" + address + "' (for " + host
                    + ") is not an IP address", "write host=address with an IPv4 or IPv6 address, or host-gateway");
            return;
        }
        unique.putIfAbsent(host + "=" + address, new ExtraHost(host, address, location));
    }

    /** An IPv4 or IPv6 address (with a zone, as Compose takes it). */
    private static boolean isAddress(String text) {
        return IpAddresses.isIpv4(text) || IpAddresses.isIpv6WithZone(text);
    }
}
