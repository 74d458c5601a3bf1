package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges Compose documents in order, following the specification's merge rules: mappings merge
 * key by key with the later file winning, sequences append, and these exceptions:
 * <ul>
 * <li>{@code command}, {@code entrypoint}, {@code healthcheck.test}: the later value replaces;</li>
 * <li>{@code environment}, {@code labels}, {@code annotations}, {@code sysctls}, {@code build.args}...:
 *     merged as maps by key, whichever form (list or mapping) each side uses;</li>
 * <li>{@code dns}, {@code dns_search}, {@code tmpfs}, {@code cap_add}, {@code profiles}...: a string or a
 *     list, appended without duplicates;</li>
 * <li>{@code extra_hosts}: host/address pairs, appended without duplicates;</li>
 * <li>{@code build}: a string is its context; {@code depends_on}, {@code networks}: a list is a mapping of
 *     names.</li>
 * </ul>
 * {@code ports}, {@code volumes}, {@code secrets}, {@code configs}, {@code expose} and {@code env_file}
 * are appended here; the service mapper keeps one entry per unique key (target, port...), the last.
 *
 * <p>Every node keeps the location of the file that wrote it, so a diagnostic after the merge
 * still points at the right file and line.
 *
 * <p>{@code !reset} and {@code !override} ({@link OverrideTags}) are decided before any rule: a
 * {@code !reset} key is removed from the result, an {@code !override} value replaces the earlier one
 * without merging, a {@code !reset} list item is dropped. When files are merged the result is plain
 * YAML. When a layer is assembled ({@code extends}, {@code include}) before it is merged onto the
 * earlier files, the markers stay in the result ({@link #keepingMarkers}), because Compose applies
 * them to the earlier files as well.
 */
final class TreeMerger {

    private enum Rule { REPLACE, KEY_VALUE, UNIQUE_LIST, TO_LIST, EXTRA_HOSTS, BUILD, NAMES_TO_MAP, LOGGING }

    private record Pattern(String[] segments, Rule rule) {
    }

    private static final List<Pattern> RULES = new ArrayList<>();

    static {
        rule(Rule.REPLACE, "services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
                "services.*.ulimits.*", "services.*.gpus", "volumes.*.external", "networks.*.external",
                "secrets.*.external", "configs.*.external");
        rule(Rule.KEY_VALUE, "services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.sysctls", "services.*.build.args", "services.*.build.labels",
                "services.*.build.additional_contexts", "services.*.deploy.labels", "volumes.*.labels",
                "networks.*.labels", "secrets.*.labels", "configs.*.labels");
        rule(Rule.UNIQUE_LIST, "services.*.dns", "services.*.dns_search", "services.*.dns_opt", "services.*.tmpfs",
                "services.*.cap_add", "services.*.cap_drop", "services.*.profiles");
        rule(Rule.TO_LIST, "services.*.env_file", "services.*.label_file");
        rule(Rule.EXTRA_HOSTS, "services.*.extra_hosts", "services.*.build.extra_hosts");
        rule(Rule.BUILD, "services.*.build");
        rule(Rule.NAMES_TO_MAP, "services.*.depends_on", "services.*.networks", "services.*.models");
        rule(Rule.LOGGING, "services.*.logging");
    }

    private static void rule(Rule rule, String... patterns) {
        for (String pattern : patterns) {
            RULES.add(new Pattern(pattern.split("\\."), rule));
        }
    }

    private final Values values;
    private final boolean keepMarkers;

    private TreeMerger(Values values, boolean keepMarkers) {
        this.values = values;
        this.keepMarkers = keepMarkers;
    }

    /** Merges files: the result holds no {@code !reset}/{@code !override} markers (the base must hold none). */
    TreeMerger(Values values) {
        this(values, false);
    }

    /** Merges the parts of one layer: markers of the later side stay in the result. */
    static TreeMerger keepingMarkers(Values values) {
        return new TreeMerger(values, true);
    }

    /** {@code override} merged onto {@code base}: the result of loading base, then override. */
    MappingNode merge(MappingNode base, MappingNode override) {
        return mergeMappings(base, override, new ArrayList<>());
    }

    /** The same, for a part of a document at {@code path} (a service, a volume...), so the rules of that path apply. */
    MappingNode merge(MappingNode base, MappingNode override, List<String> path) {
        return mergeMappings(base, override, new ArrayList<>(path));
    }

    private YamlNode plain(YamlNode node) {
        return keepMarkers ? node : OverrideTags.strip(node);
    }

    private YamlNode merge(YamlNode base, YamlNode over, List<String> path) {
        if (OverrideTags.isOverride(over) || OverrideTags.isReset(over)) {
            return plain(over);
        }
        Rule rule = ruleFor(path);
        if (rule == Rule.REPLACE) {
            return plain(over);
        }
        if (over.isNull()) {
            return base;
        }
        if (base.isNull()) {
            return plain(over);
        }
        if (rule != null) {
            switch (rule) {
                case KEY_VALUE:
                    return keyValues(base, over, path);
                case UNIQUE_LIST:
                    return uniqueList(base, over, path);
                case TO_LIST:
                    return append(asList(base), asList(OverrideTags.strip(over)), base.location());
                case EXTRA_HOSTS:
                    return extraHosts(base, over, path);
                case BUILD:
                    return mergeOrReplace(asBuild(base), asBuild(over), path);
                case NAMES_TO_MAP:
                    return mergeOrReplace(namesToMap(base), namesToMap(over), path);
                case LOGGING:
                    return logging(base, over, path);
                default:
                    break;
            }
        }
        if (base instanceof MappingNode baseMap && over instanceof MappingNode overMap) {
            return mergeMappings(baseMap, overMap, path);
        }
        if (base instanceof SequenceNode baseList && over instanceof SequenceNode overList) {
            return append(baseList.items(), ((SequenceNode) OverrideTags.strip(overList)).items(),
                    baseList.location());
        }
        if (base instanceof ScalarNode && over instanceof ScalarNode) {
            return over;
        }
        return mismatch(base, over, path);
    }

    private MappingNode mergeMappings(MappingNode base, MappingNode over, List<String> path) {
        Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        for (MappingNode.Entry entry : base.entries()) {
            entries.put(entry.name(), entry);
        }
        for (MappingNode.Entry entry : over.entries()) {
            MappingNode.Entry existing = entries.get(entry.name());
            YamlNode value = entry.value();
            if (OverrideTags.isReset(value)) {
                if (keepMarkers) {
                    entries.put(entry.name(), entry);
                } else {
                    entries.remove(entry.name());
                }
                continue;
            }
            if (existing == null || KnownKeys.isExtension(entry.name()) || OverrideTags.isOverride(value)
                    || OverrideTags.isReset(existing.value())) {
                entries.put(entry.name(), keepMarkers ? entry : new MappingNode.Entry(entry.key(), plain(value)));
                continue;
            }
            path.add(entry.name());
            YamlNode merged = merge(existing.value(), entry.value(), path);
            path.remove(path.size() - 1);
            // the later file's key: that is where the value now comes from
            entries.put(entry.name(), new MappingNode.Entry(entry.key(), merged));
        }
        return base.withEntries(new ArrayList<>(entries.values()));
    }

    private YamlNode mergeOrReplace(YamlNode base, YamlNode over, List<String> path) {
        if (base instanceof MappingNode baseMap && over instanceof MappingNode overMap) {
            return mergeMappings(baseMap, overMap, path);
        }
        return mismatch(base, over, path);
    }

    private YamlNode mismatch(YamlNode base, YamlNode over, List<String> path) {
        values.error(ParserCode.INVALID_TYPE, over.location(), "cannot merge " + String.join(".", path) + ": it is "
                + base.kind() + " at " + base.location() + " but " + over.kind() + " here",
                "write it in the same form in both files");
        return over;
    }

    private static SequenceNode append(List<YamlNode> base, List<YamlNode> over, SourceLocation location) {
        List<YamlNode> items = new ArrayList<>(base.size() + over.size());
        items.addAll(base);
        items.addAll(over);
        return new SequenceNode(items, Tags.SEQ, location);
    }

    private static List<YamlNode> asList(YamlNode node) {
        return node instanceof SequenceNode sequence ? sequence.items() : List.of(node);
    }

    /** Both sides as {@code KEY -> value} entries; the later value of a key wins, in the earlier place. */
    private YamlNode keyValues(YamlNode base, YamlNode over, List<String> path) {
        Map<String, MappingNode.Entry> entries = new LinkedHashMap<>();
        if (!addKeyValues(base, entries, path) | !addKeyValues(over, entries, path)) {
            return over;
        }
        return new MappingNode(new ArrayList<>(entries.values()), Tags.MAP, base.location());
    }

    private boolean addKeyValues(YamlNode node, Map<String, MappingNode.Entry> entries, List<String> path) {
        if (node instanceof MappingNode mapping) {
            for (MappingNode.Entry entry : mapping.entries()) {
                putKeyValue(entries, entry.name(), entry);
            }
            return true;
        }
        if (!(node instanceof SequenceNode sequence)) {
            values.error(ParserCode.INVALID_TYPE, node.location(), String.join(".", path)
                    + " must be a mapping (KEY: value) or a list of KEY=value strings, but it is "
                    + Values.describe(node), null);
            return false;
        }
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof ScalarNode scalar) || scalar.isNull()) {
                values.error(ParserCode.INVALID_TYPE, item.location(), String.join(".", path)
                        + " items must be KEY=value strings, but one is " + Values.describe(item), null);
                continue;
            }
            String text = scalar.value();
            int equals = text.indexOf('=');
            String key = equals < 0 ? text : text.substring(0, equals);
            YamlNode value = equals < 0 ? new ScalarNode("", Tags.NULL, true, scalar.location())
                    : ScalarNode.string(text.substring(equals + 1), scalar.location());
            if (OverrideTags.isReset(scalar)) {
                value = scalar;
            }
            putKeyValue(entries, key, new MappingNode.Entry(ScalarNode.string(key, scalar.location()), value));
        }
        return true;
    }

    /** A {@code !reset} entry removes the key (or stays as a marker for the earlier files). */
    private void putKeyValue(Map<String, MappingNode.Entry> entries, String key, MappingNode.Entry entry) {
        if (OverrideTags.isReset(entry.value()) && !keepMarkers) {
            entries.remove(key);
        } else {
            entries.put(key, entry);
        }
    }

    private YamlNode uniqueList(YamlNode base, YamlNode over, List<String> path) {
        if (base instanceof MappingNode || over instanceof MappingNode) {
            return mismatch(base, over, path);
        }
        boolean byKey = path.get(path.size() - 1).equals("dns_opt");
        Map<Object, YamlNode> unique = new LinkedHashMap<>();
        for (YamlNode item : append(asList(base), asList(OverrideTags.strip(over)), base.location()).items()) {
            Object key = item;
            if (item instanceof ScalarNode scalar && !scalar.isNull()) {
                String text = scalar.value();
                int equals = byKey ? text.indexOf('=') : -1;
                key = equals < 0 ? text : text.substring(0, equals);
            }
            unique.put(key, item);
        }
        return new SequenceNode(new ArrayList<>(unique.values()), Tags.SEQ, base.location());
    }

    /** Host/address pairs from both sides (list of {@code host:ip}/{@code host=ip}, or a mapping), without repeats. */
    private YamlNode extraHosts(YamlNode base, YamlNode over, List<String> path) {
        Map<Object, YamlNode> unique = new LinkedHashMap<>();
        for (YamlNode side : List.of(base, OverrideTags.strip(over))) {
            if (side instanceof MappingNode mapping) {
                for (MappingNode.Entry entry : mapping.entries()) {
                    for (YamlNode address : asList(entry.value())) {
                        String ip = address instanceof ScalarNode scalar && !scalar.isNull() ? scalar.value() : "";
                        ScalarNode pair = ScalarNode.string(entry.name() + "=" + ip, address.location());
                        unique.put(pair.value(), pair);
                    }
                }
            } else if (side instanceof SequenceNode sequence) {
                for (YamlNode item : sequence.items()) {
                    Object key = item instanceof ScalarNode scalar && !scalar.isNull()
                            ? normalizeHost(scalar.value()) : item;
                    unique.put(key, item);
                }
            } else {
                return mismatch(base, over, path);
            }
        }
        return new SequenceNode(new ArrayList<>(unique.values()), Tags.SEQ, base.location());
    }

    /** {@code host:ip} and {@code host=ip} are the same entry. */
    private static String normalizeHost(String entry) {
        int equals = entry.indexOf('=');
        int colon = entry.indexOf(':');
        int separator = equals >= 0 ? equals : colon;
        return separator < 0 ? entry : entry.substring(0, separator) + "=" + entry.substring(separator + 1);
    }

    private static YamlNode asBuild(YamlNode node) {
        if (node instanceof ScalarNode scalar) {
            return new MappingNode(List.of(new MappingNode.Entry(ScalarNode.string("context", scalar.location()),
                    scalar)), Tags.MAP, scalar.location());
        }
        return node;
    }

    private static YamlNode namesToMap(YamlNode node) {
        if (!(node instanceof SequenceNode list)) {
            return node;
        }
        SequenceNode sequence = (SequenceNode) OverrideTags.strip(list);
        List<MappingNode.Entry> entries = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof ScalarNode scalar) || scalar.isNull()) {
                return node;
            }
            if (seen.put(scalar.value(), Boolean.TRUE) == null) {
                entries.add(new MappingNode.Entry(ScalarNode.string(scalar.value(), scalar.location()),
                        new ScalarNode("", Tags.NULL, true, scalar.location())));
            }
        }
        return new MappingNode(entries, Tags.MAP, sequence.location());
    }

    /** Logging options merge only when both sides use the same driver (or one names none). */
    private YamlNode logging(YamlNode base, YamlNode over, List<String> path) {
        if (base instanceof MappingNode baseMap && over instanceof MappingNode overMap) {
            YamlNode baseDriver = baseMap.get("driver");
            YamlNode overDriver = overMap.get("driver");
            if (baseDriver instanceof ScalarNode b && overDriver instanceof ScalarNode o
                    && !b.value().equals(o.value())) {
                return over;
            }
            return mergeMappings(baseMap, overMap, path);
        }
        return mismatch(base, over, path);
    }

    private static Rule ruleFor(List<String> path) {
        for (Pattern pattern : RULES) {
            if (matches(pattern.segments(), path)) {
                return pattern.rule();
            }
        }
        return null;
    }

    private static boolean matches(String[] pattern, List<String> path) {
        if (pattern.length != path.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }
}
