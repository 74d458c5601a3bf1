package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Deploy;
import io.jkompose.model.EnvVar;
import io.jkompose.model.LifecycleHook;
import io.jkompose.model.Restart;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.units.ByteSizes;
import io.jkompose.parser.units.Cpus;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.syntax.GoDuration;
import io.jkompose.syntax.ShellWords;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@code services} into a {@link Service}: each key the model has is read and checked,
 * every key written is recorded in {@link Service#keys()} with its location, unknown keys are errors.
 */
final class ServiceMapper {

    static final Pattern SERVICE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern PROFILE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern RESTART = Pattern.compile("(no|always|unless-stopped|on-failure)(?::([0-9]+))?");
    private static final Pattern PULL_POLICY = Pattern.compile(
            "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+");
    private static final String SIZE = "a size like 512m, 1gb or a number of bytes";
    private static final String DURATION = "a duration like 10s or 1m30s";

    private final LoadContext context;
    private final Values values;
    private final ServiceLinks links;
    private final BuildMapper builds;
    private final DeployMapper deploys;
    private final HealthcheckMapper healthchecks;

    ServiceMapper(LoadContext context) {
        this.context = context;
        this.values = context.values;
        this.links = new ServiceLinks(values);
        this.builds = new BuildMapper(context);
        this.deploys = new DeployMapper(context);
        this.healthchecks = new HealthcheckMapper(values);
    }

    /** The service, or null when its value is not a mapping (reported). */
    Service map(MappingNode.Entry serviceEntry) {
        String name = serviceEntry.name();
        String path = "services." + name;
        SourceLocation location = serviceEntry.key().location();
        if (!SERVICE_NAME.matcher(name).matches()) {
            values.error(ParserCode.INVALID_VALUE, location, "'" + name + "' is not a valid service name",
                    "use letters, digits, '_', '.' and '-', starting with a letter or a digit");
        }
        YamlNode value = serviceEntry.value();
        MappingNode mapping = value.isNull() ? MappingNode.empty(value.location()) : values.mapping(value, path);
        if (mapping == null) {
            return null;
        }
        values.checkKeys(mapping, KnownKeys.SERVICE, path);
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        KeyRecorder recorder = keys::putIfAbsent;
        Service.Builder builder = Service.builder(name).location(location);
        Integer scale = null;
        SourceLocation scaleLocation = null;
        TreeMap<String, String> labelFiles = new TreeMap<>();
        TreeMap<String, String> labels = null;
        // read first: env_files of the service are interpolated with its own environment in view (as kompose does)
        TreeMap<String, EnvVar> environment = mapping.has("environment")
                ? environment(mapping.get("environment"), path + ".environment") : new TreeMap<>();
        for (MappingNode.Entry entry : mapping.entries()) {
            String key = entry.name();
            if (KnownKeys.isExtension(key) || !KnownKeys.SERVICE.contains(key)) {
                continue;
            }
            keys.put(key, entry.key().location());
            YamlNode node = entry.value();
            String keyPath = path + "." + key;
            switch (key) {
                case "image" -> builder.image(image(node, keyPath));
                case "build" -> builder.build(builds.map(node, keyPath, recorder));
                case "pull_policy" -> builder.pullPolicy(pullPolicy(node, keyPath));
                case "platform" -> builder.platform(values.string(node, keyPath));
                case "command" -> builder.command(command(node, keyPath));
                case "post_start" -> builder.postStart(lifecycleHooks(node, keyPath));
                case "pre_stop" -> builder.preStop(lifecycleHooks(node, keyPath));
                case "entrypoint" -> builder.entrypoint(command(node, keyPath));
                case "working_dir" -> builder.workingDir(values.string(node, keyPath));
                case "user" -> builder.user(values.string(node, keyPath));
                case "group_add" -> builder.groupAdd(values.strings(node, keyPath));
                case "environment" -> builder.environment(environment);
                case "env_file" -> builder.envFiles(context.envFiles.load(node, keyPath, serviceLookup(environment)));
                case "ports" -> builder.ports(context.ports.ports(node, keyPath));
                case "expose" -> builder.expose(context.ports.expose(node, keyPath));
                case "volumes" -> builder.volumes(context.volumes.volumes(node, keyPath, recorder));
                case "tmpfs" -> builder.tmpfs(values.stringOrList(node, keyPath));
                case "configs" -> builder.configs(links.fileReferences(node, keyPath, ""));
                case "secrets" -> builder.secrets(links.fileReferences(node, keyPath, "/run/secrets"));
                case "healthcheck" -> builder.healthcheck(healthchecks.map(node, keyPath));
                case "deploy" -> builder.deploy(deploys.map(node, keyPath, recorder));
                case "restart" -> builder.restart(restart(node, keyPath));
                case "labels" -> labels = labels(node, keyPath, recorder);
                case "label_file" -> labelFiles.putAll(labelFiles(node, keyPath));
                case "annotations" -> builder.annotations(labels(node, keyPath));
                case "hostname" -> builder.hostname(values.string(node, keyPath));
                case "domainname" -> builder.domainname(values.string(node, keyPath));
                case "stdin_open" -> builder.stdinOpen(values.bool(node, keyPath));
                case "tty" -> builder.tty(values.bool(node, keyPath));
                case "init" -> builder.init(values.bool(node, keyPath));
                case "privileged" -> builder.privileged(values.bool(node, keyPath));
                case "read_only" -> builder.readOnly(values.bool(node, keyPath));
                case "cap_add" -> builder.capAdd(values.strings(node, keyPath));
                case "cap_drop" -> builder.capDrop(values.strings(node, keyPath));
                case "security_opt" -> builder.securityOpt(values.strings(node, keyPath));
                case "sysctls" -> builder.sysctls(labels(node, keyPath));
                case "network_mode" -> builder.networkMode(values.string(node, keyPath));
                case "networks" -> builder.networks(links.networks(node, keyPath, recorder));
                case "dns" -> builder.dns(values.stringOrList(node, keyPath));
                case "dns_search" -> builder.dnsSearch(values.stringOrList(node, keyPath));
                case "dns_opt" -> builder.dnsOpt(values.strings(node, keyPath));
                case "extra_hosts" -> builder.extraHosts(links.extraHosts(node, keyPath));
                case "depends_on" -> builder.dependsOn(links.dependsOn(node, keyPath));
                case "profiles" -> builder.profiles(profiles(node, keyPath));
                case "runtime" -> builder.runtime(values.string(node, keyPath));
                case "stop_grace_period" ->
                    builder.stopGracePeriod(values.parse(node, keyPath, GoDuration::parseCompose, DURATION));
                case "stop_signal" -> builder.stopSignal(values.string(node, keyPath));
                case "container_name" -> builder.containerName(containerName(node, keyPath));
                case "mem_limit" -> builder.memLimit(values.parse(node, keyPath, ByteSizes::parse, SIZE));
                case "mem_reservation" -> builder.memReservation(values.parse(node, keyPath, ByteSizes::parse, SIZE));
                case "memswap_limit" -> memswap(node, keyPath);
                case "shm_size" -> builder.shmSize(values.parse(node, keyPath, ByteSizes::parse, SIZE));
                case "cpus" -> builder.cpus(values.parse(node, keyPath, Cpus::parse, "a number of CPUs like 0.5"));
                case "pids_limit" -> builder.pidsLimit(values.longValue(node, keyPath));
                case "scale" -> {
                    scale = replicas(node, keyPath);
                    scaleLocation = node.location();
                }
                case "volumes_from" -> serviceReferences(name, "volumes_from", node, keyPath);
                case "links" -> serviceReferences(name, "links", node, keyPath);
                case "ipc", "pid" -> sharedNamespace(name, node, keyPath);
                case "extends" -> {
                    // left only when it could not be applied (reported): the service is not checked further
                }
                default -> {
                    // a key of the specification the model has no field for: kept in keys() only
                }
            }
        }
        if (labels != null || !labelFiles.isEmpty()) {
            // labels written in the file win over those of label files
            TreeMap<String, String> all = new TreeMap<>(labelFiles);
            if (labels != null) {
                all.putAll(labels);
            }
            builder.labels(all);
        }
        builder.keys(keys);
        Service service = builder.build();
        // an image or build that is written but wrong has been reported already
        if (Values.isAbsent(mapping.get("image")) && Values.isAbsent(mapping.get("build"))
                && !keys.containsKey("extends") && !keys.containsKey("provider")) {
            values.error(ParserCode.INVALID_VALUE, location, "service '" + name + "' has neither an image nor a build",
                    "add image: <image> or build: <folder with a Dockerfile>");
        }
        if (scale != null) {
            service = withScale(service, scale, scaleLocation);
        }
        return service;
    }

    /** A service another service names outside {@code depends_on}, which must exist as well. */
    record ServiceReference(String key, String service, SourceLocation location) {
    }

    private final Map<String, List<ServiceReference>> references = new LinkedHashMap<>();

    /** The services each service names in {@code volumes_from}, {@code links}, {@code ipc} and {@code pid}. */
    Map<String, List<ServiceReference>> references() {
        return references;
    }

    private void reference(String service, String key, String target, SourceLocation location) {
        references.computeIfAbsent(service, k -> new ArrayList<>()).add(new ServiceReference(key, target, location));
    }

    /**
     * {@code links} ({@code service[:alias]}) and {@code volumes_from} ({@code service[:ro|rw]} or
     * {@code container:name[:ro|rw]}, which names no service): each entry's service before the colon.
     */
    private void serviceReferences(String service, String key, YamlNode node, String path) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return;
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            String text = values.scalarItem(item, path + "[" + i + "]");
            if (text != null && !text.isEmpty() && !text.startsWith("container:")) {
                int colon = text.indexOf(':');
                reference(service, key, colon < 0 ? text : text.substring(0, colon), item.location());
            }
        }
    }

    /** {@code ipc} and {@code pid}: {@code service:<name>} shares the namespace of another service. */
    private void sharedNamespace(String service, YamlNode node, String path) {
        String text = values.string(node, path);
        if (text != null && text.startsWith("service:")) {
            reference(service, path.substring(path.lastIndexOf('.') + 1), text.substring("service:".length()),
                    node.location());
        }
    }

    private String image(YamlNode node, String path) {
        String image = values.string(node, path);
        if (image != null && image.isBlank()) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + " is empty", "give an image like nginx:1.27");
            return null;
        }
        return image;
    }

    private String pullPolicy(YamlNode node, String path) {
        String policy = values.string(node, path);
        if (policy == null) {
            return null;
        }
        if (!PULL_POLICY.matcher(policy).matches()) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + policy + "' is not a pull policy",
                    "use always, never, missing, build, if_not_present, daily, weekly or every_<duration>");
            return null;
        }
        // the specification's two names for one policy
        return policy.equals("if_not_present") ? "missing" : policy;
    }

    /** {@code post_start} / {@code pre_stop}: a list of {command, user, privileged, working_dir, environment}. */
    private List<LifecycleHook> lifecycleHooks(YamlNode node, String path) {
        SequenceNode sequence = values.sequence(node, path);
        if (sequence == null) {
            return List.of();
        }
        List<LifecycleHook> hooks = new java.util.ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            String itemPath = path + "[" + i + "]";
            MappingNode hook = values.mapping(sequence.items().get(i), itemPath);
            if (hook == null) {
                continue;
            }
            values.checkKeys(hook, KnownKeys.LIFECYCLE_HOOK, itemPath);
            if (!hook.has("command")) {
                values.error(ParserCode.INVALID_VALUE, hook.location(), itemPath + " has no 'command'",
                        "add the command the hook runs, for example command: [\"/bin/sh\", \"-c\", \"...\"]");
                continue;
            }
            TreeMap<String, String> environment = new TreeMap<>();
            if (hook.has("environment")) {
                context.keyValues.read(hook.get("environment"), itemPath + ".environment")
                        .forEach((name, entry) -> environment.put(name, entry.value()));
            }
            hooks.add(new LifecycleHook(command(hook.get("command"), itemPath + ".command"),
                    values.string(hook.get("user"), itemPath + ".user"),
                    values.bool(hook.get("privileged"), itemPath + ".privileged"),
                    values.string(hook.get("working_dir"), itemPath + ".working_dir"), environment, hook.location()));
        }
        return hooks;
    }

    /** A list stays as written; a string is split into words as a shell would, without running one. */
    private List<String> command(YamlNode node, String path) {
        if (Values.isAbsent(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            ShellWords.Result words = ShellWords.split(scalar.value());
            if (words.error() != null) {
                values.error(ParserCode.INVALID_VALUE, node.location(), path + ": cannot split \"" + scalar.value()
                        + "\" into words: " + words.error(), "close the quote, or write the command as a list");
                return null;
            }
            if (words.operator() != null) {
                values.warn(ParserCode.SHELL_OPERATOR, node.location(), path + " contains the shell operator '"
                        + words.operator() + "', but no shell runs the command: '" + words.operator()
                        + "' is passed as an argument", "write [\"sh\", \"-c\", \"...\"] to run it in a shell");
            }
            return words.words();
        }
        return values.strings(node, path);
    }

    /** The service's own {@code environment} first, then the project's interpolation environment. */
    private Function<String, String> serviceLookup(Map<String, EnvVar> environment) {
        return name -> {
            EnvVar own = environment.get(name);
            return own != null && own.value() != null ? own.value() : context.lookup.apply(name);
        };
    }

    private TreeMap<String, EnvVar> environment(YamlNode node, String path) {
        TreeMap<String, EnvVar> result = new TreeMap<>();
        for (KeyValues.Entry entry : context.keyValues.read(node, path).values()) {
            // a name without a value takes its value from the environment, or stays unset
            String value = entry.value() != null ? entry.value() : context.lookup.apply(entry.key());
            result.put(entry.key(), new EnvVar(entry.key(), value, entry.location()));
        }
        return result;
    }

    private TreeMap<String, String> labels(YamlNode node, String path) {
        return labels(node, path, (key, location) -> { });
    }

    /** Labels, each one's location recorded as {@code labels.<name>}: a bad directive is reported at its line. */
    private TreeMap<String, String> labels(YamlNode node, String path, KeyRecorder keys) {
        TreeMap<String, String> result = new TreeMap<>();
        context.keyValues.read(node, path).forEach((key, entry) -> {
            result.put(key, entry.value() == null ? "" : entry.value());
            keys.record("labels." + key, entry.location());
        });
        return result;
    }

    /** {@code label_file}: one file or a list, each read like an env file; later files win. */
    private Map<String, String> labelFiles(YamlNode node, String path) {
        Map<String, String> result = new TreeMap<>();
        List<YamlNode> items;
        if (node instanceof SequenceNode sequence) {
            items = sequence.items();
        } else if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            items = List.of(scalar);
        } else {
            values.stringOrList(node, path);
            return result;
        }
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String itemPath = node instanceof ScalarNode ? path : path + "[" + i + "]";
            String written = values.scalarItem(item, itemPath);
            if (written == null) {
                continue;
            }
            Path absolute;
            try {
                absolute = context.paths.resolve(written, item.location());
            } catch (InvalidPathException e) {
                values.error(ParserCode.INVALID_VALUE, item.location(), itemPath + ": '" + written
                        + "' is not a valid path", null);
                continue;
            }
            if (!context.envFiles.isRegularFile(absolute)) {
                values.error(ParserCode.FILE_NOT_FOUND, item.location(), itemPath + ": the label file '" + written
                        + "' does not exist (" + absolute + ")", null);
                continue;
            }
            Map<String, String> read = context.envFiles.read(absolute, null, item.location(), itemPath);
            if (read != null) {
                result.putAll(read);
            }
        }
        return result;
    }

    /** {@code "no"}, {@code always}, {@code on-failure[:<max retries>]} or {@code unless-stopped}. */
    private Restart restart(YamlNode node, String path) {
        if (node instanceof ScalarNode scalar && "false".equals(scalar.value())
                && Tags.BOOL.equals(scalar.tag())) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path
                    + " is the boolean false, not a restart policy", "quote it: restart: \"no\"");
            return null;
        }
        String restart = values.string(node, path);
        if (restart == null) {
            return null;
        }
        Matcher matcher = RESTART.matcher(restart);
        Restart.Condition condition = matcher.matches() ? Restart.Condition.fromWritten(matcher.group(1)) : null;
        if (condition == null || (matcher.group(2) != null && condition != Restart.Condition.ON_FAILURE)) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + restart + "' is not a restart policy",
                    "use \"no\", always, on-failure, on-failure:<retries> or unless-stopped");
            return null;
        }
        if (matcher.group(2) == null) {
            return Restart.of(condition);
        }
        try {
            return Restart.onFailure(Integer.parseInt(matcher.group(2)));
        } catch (NumberFormatException e) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + restart
                    + "' asks for more retries than there can be", "write at most on-failure:" + Integer.MAX_VALUE);
            return null;
        }
    }

    private List<String> profiles(YamlNode node, String path) {
        List<String> profiles = values.strings(node, path);
        if (profiles == null) {
            return null;
        }
        for (String profile : profiles) {
            if (!PROFILE_NAME.matcher(profile).matches()) {
                values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + profile
                        + "' is not a valid profile name",
                        "use letters, digits, '_', '.' and '-', starting with a letter or a digit");
            }
        }
        return profiles;
    }

    private String containerName(YamlNode node, String path) {
        String name = values.string(node, path);
        if (name != null && !CONTAINER_NAME.matcher(name).matches()) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + ": '" + name
                    + "' is not a valid container name",
                    "use two or more letters, digits, '_', '.' and '-', starting with a letter or a digit");
            return null;
        }
        return name;
    }

    /** Checked only: the model has no swap limit. -1 means unlimited. */
    private void memswap(YamlNode node, String path) {
        String text = values.string(node, path);
        if (text != null && !text.trim().equals("-1")) {
            values.parse(node, path, ByteSizes::parse, SIZE + ", or -1");
        }
    }

    private Integer replicas(YamlNode node, String path) {
        Integer replicas = values.integer(node, path);
        if (replicas != null && replicas < 0) {
            values.error(ParserCode.INVALID_VALUE, node.location(), path + " must be 0 or more, but it is " + replicas,
                    null);
            return null;
        }
        return replicas;
    }

    /** {@code scale} is the number of replicas: the same as {@code deploy.replicas}, which it must not contradict. */
    private Service withScale(Service service, int scale, SourceLocation location) {
        Deploy deploy = service.deploy();
        if (deploy == null) {
            return service.toBuilder()
                    .deploy(new Deploy(null, scale, null, null, null, null, null, null, null, location)).build();
        }
        if (deploy.replicas() != null && deploy.replicas() != scale) {
            values.error(ParserCode.INVALID_VALUE, location, "services." + service.name() + ".scale (" + scale
                    + ") and deploy.replicas (" + deploy.replicas() + ") disagree", "keep only one of them");
            return service;
        }
        return service.toBuilder().deploy(new Deploy(deploy.mode(), scale, deploy.labels(), deploy.resources(),
                deploy.placement(), deploy.restartPolicy(), deploy.updateConfig(), deploy.rollbackConfig(),
                deploy.endpointMode(), deploy.location())).build();
    }
}
