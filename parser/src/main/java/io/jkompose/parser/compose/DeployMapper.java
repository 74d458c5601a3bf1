package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Deploy;
import io.jkompose.parser.units.ByteSizes;
import io.jkompose.parser.units.Cpus;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A service's {@code deploy} section, every part the model has. */
final class DeployMapper {

    private static final Set<String> MODES = Set.of("replicated", "global", "replicated-job", "global-job");
    private static final Set<String> ENDPOINT_MODES = Set.of("vip", "dnsrr");
    private static final Set<String> RESTART_CONDITIONS = Arrays.stream(Deploy.RestartPolicy.Condition.values())
            .map(Deploy.RestartPolicy.Condition::written).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> UPDATE_FAILURE_ACTIONS = Set.of("continue", "pause", "rollback");
    private static final Set<String> ROLLBACK_FAILURE_ACTIONS = Set.of("continue", "pause");
    private static final Set<String> ORDERS = Set.of("start-first", "stop-first");
    private static final String DURATION = "a duration like 5s or 1m30s";

    private final LoadContext context;
    private final Values values;

    DeployMapper(LoadContext context) {
        this.context = context;
        this.values = context.values;
    }

    Deploy map(YamlNode node, String path, KeyRecorder keys) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.DEPLOY, path);
        String mode = oneOf(mapping.get("mode"), path + ".mode", MODES);
        Integer replicas = values.integer(mapping.get("replicas"), path + ".replicas");
        if (replicas != null && replicas < 0) {
            values.error(ParserCode.INVALID_VALUE, mapping.get("replicas").location(), path
                    + ".replicas must be 0 or more, but it is " + replicas, null);
            replicas = null;
        }
        TreeMap<String, String> labels = new TreeMap<>();
        context.keyValues.read(mapping.get("labels"), path + ".labels")
                .forEach((key, entry) -> labels.put(key, entry.value() == null ? "" : entry.value()));
        return new Deploy(mode, replicas, labels, resources(mapping.get("resources"), path + ".resources", keys),
                placement(mapping.get("placement"), path + ".placement"),
                restartPolicy(mapping.get("restart_policy"), path + ".restart_policy"),
                updateConfig(mapping.get("update_config"), path + ".update_config", UPDATE_FAILURE_ACTIONS),
                updateConfig(mapping.get("rollback_config"), path + ".rollback_config", ROLLBACK_FAILURE_ACTIONS),
                oneOf(mapping.get("endpoint_mode"), path + ".endpoint_mode", ENDPOINT_MODES), mapping.location());
    }

    private Deploy.Resources resources(YamlNode node, String path, KeyRecorder keys) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.DEPLOY_RESOURCES, path);
        Deploy.ResourceSpec limits = null;
        MappingNode limitsNode = values.mapping(mapping.get("limits"), path + ".limits");
        if (limitsNode != null) {
            values.checkKeys(limitsNode, KnownKeys.DEPLOY_LIMITS, path + ".limits");
            limits = spec(limitsNode, path + ".limits");
        }
        Deploy.ResourceSpec reservations = null;
        MappingNode reservationsNode = values.mapping(mapping.get("reservations"), path + ".reservations");
        if (reservationsNode != null) {
            values.checkKeys(reservationsNode, KnownKeys.DEPLOY_RESERVATIONS, path + ".reservations");
            reservations = spec(reservationsNode, path + ".reservations");
            for (String unmodelled : List.of("devices", "generic_resources")) {
                MappingNode.Entry entry = reservationsNode.entry(unmodelled);
                if (entry != null) {
                    keys.record("deploy.resources.reservations." + unmodelled, entry.key().location());
                }
            }
        }
        return new Deploy.Resources(limits, reservations);
    }

    private Deploy.ResourceSpec spec(MappingNode mapping, String path) {
        Double cpus = values.parse(mapping.get("cpus"), path + ".cpus", Cpus::parse, "a number of CPUs like 0.5");
        Long memory = values.parse(mapping.get("memory"), path + ".memory", ByteSizes::parse,
                "a size like 512m or 1gb");
        Long pids = values.longValue(mapping.get("pids"), path + ".pids");
        return new Deploy.ResourceSpec(cpus, memory, pids, mapping.location());
    }

    private Deploy.Placement placement(YamlNode node, String path) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.DEPLOY_PLACEMENT, path);
        List<String> constraints = values.strings(mapping.get("constraints"), path + ".constraints");
        List<String> preferences = new ArrayList<>();
        SequenceNode preferenceList = values.sequence(mapping.get("preferences"), path + ".preferences");
        if (preferenceList != null) {
            for (int i = 0; i < preferenceList.items().size(); i++) {
                String itemPath = path + ".preferences[" + i + "]";
                MappingNode preference = values.mapping(preferenceList.items().get(i), itemPath);
                if (preference != null) {
                    values.checkKeys(preference, KnownKeys.DEPLOY_PREFERENCE, itemPath);
                    String spread = values.string(preference.get("spread"), itemPath + ".spread");
                    if (spread != null) {
                        preferences.add(spread);
                    }
                }
            }
        }
        Integer max = values.integer(mapping.get("max_replicas_per_node"), path + ".max_replicas_per_node");
        return new Deploy.Placement(constraints, preferences, max, mapping.location());
    }

    private Deploy.RestartPolicy restartPolicy(YamlNode node, String path) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.DEPLOY_RESTART_POLICY, path);
        Deploy.RestartPolicy.Condition condition = Deploy.RestartPolicy.Condition.fromWritten(
                oneOf(mapping.get("condition"), path + ".condition", RESTART_CONDITIONS));
        Duration delay = values.parse(mapping.get("delay"), path + ".delay", GoDuration::parseCompose, DURATION);
        Integer maxAttempts = values.integer(mapping.get("max_attempts"), path + ".max_attempts");
        Duration window = values.parse(mapping.get("window"), path + ".window", GoDuration::parseCompose, DURATION);
        return new Deploy.RestartPolicy(condition, delay, maxAttempts, window, mapping.location());
    }

    private Deploy.UpdateConfig updateConfig(YamlNode node, String path, Set<String> failureActions) {
        MappingNode mapping = values.mapping(node, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.DEPLOY_UPDATE_CONFIG, path);
        Integer parallelism = values.integer(mapping.get("parallelism"), path + ".parallelism");
        Duration delay = values.parse(mapping.get("delay"), path + ".delay", GoDuration::parseCompose, DURATION);
        String failureAction = oneOf(mapping.get("failure_action"), path + ".failure_action", failureActions);
        Duration monitor = values.parse(mapping.get("monitor"), path + ".monitor", GoDuration::parseCompose, DURATION);
        Double ratio = values.number(mapping.get("max_failure_ratio"), path + ".max_failure_ratio");
        String order = oneOf(mapping.get("order"), path + ".order", ORDERS);
        return new Deploy.UpdateConfig(parallelism, delay, failureAction, monitor, ratio, order, mapping.location());
    }

    private String oneOf(YamlNode node, String path, Set<String> allowed) {
        String value = values.string(node, path);
        if (value != null && !allowed.contains(value)) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + value + "' is not one of "
                    + String.join(", ", new TreeSet<>(allowed)), null);
            return null;
        }
        return value;
    }
}
