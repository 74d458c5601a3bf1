package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostics;
import io.jkompose.model.PortMapping;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.SharedFolder;
import io.jkompose.parser.canonical.CanonicalForm;
import io.jkompose.parser.units.ByteSizes;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import io.jkompose.syntax.GoDuration;
import io.jkompose.syntax.ShellWords;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code jkompose config} agrees with {@code docker-compose config} (Debian's docker-compose 1.29) on
 * the values of every file both understand: the corpus files docker-compose 1.29 reads (it rejects
 * {@code name:}, {@code include} and the newer syntax) and the cases under
 * {@code src/test/resources/compose/agreement/}. Both outputs are brought to the same plain values
 * (a port is {@code ip|published|target|protocol}, a command a list of words, a duration a
 * {@link java.time.Duration}...), which leaves out the differences of form listed in
 * docs/compose-support.md ("jkompose config and docker-compose config").
 */
class ComposeAgreementTest {

    private static final Path COMPOSE_GO = SharedFolder.resolve("corpus/compose-go");
    private static final Path CASES = Path.of("src/test/resources/compose/agreement");

    /** Corpus files docker-compose 1.29 understands (the others use name:, include or !reset). */
    private static final List<String> CORPUS = List.of(
            "cli/testdata/simple/compose.yaml",
            "cli/testdata/simple/compose-with-overrides.yaml",
            "cli/testdata/simple/compose-with-variables.yaml",
            "cli/testdata/env-file/compose-with-env-file.yaml",
            "cli/testdata/env-file/compose-with-env-files.yaml",
            "loader/testdata/combined/dir/included.yaml",
            "loader/testdata/compose-test-extends-with-context-url-imported.yaml",
            "loader/testdata/extends/interpolated.yaml",
            "loader/testdata/extends/nested.yaml",
            "loader/testdata/extends/ports.yaml",
            "loader/testdata/extends/sibling.yaml",
            "loader/testdata/extends/withdir/compose.yaml",
            "loader/testdata/extends/withdir/dir/base.yaml",
            "loader/testdata/include/included.yaml",
            "loader/testdata/remote/compose.yaml",
            "loader/testdata/remote/nested/compose-nested.yaml",
            "loader/testdata/subdir/compose-test-extends-imported.yaml");

    private static String dockerCompose() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "docker-compose");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> jkomposeConfigAgreesWithDockerCompose() throws IOException {
        String dockerCompose = dockerCompose();
        Assumptions.assumeTrue(dockerCompose != null, "docker-compose (Debian's 1.29) is not installed, so the "
                + "agreement with docker-compose config is not checked here; .ci/run installs it");
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : CORPUS) {
            Path path = COMPOSE_GO.resolve(file);
            tests.add(DynamicTest.dynamicTest(file, () -> agree(dockerCompose, SharedFolder.require(path).getParent(),
                    List.of(path.getFileName().toString()), Map.of())));
        }
        try (Stream<Path> cases = Files.list(CASES)) {
            for (Path folder : cases.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest("agreement/" + folder.getFileName(), () -> agree(dockerCompose,
                        folder.toAbsolutePath(), files(folder), environment(folder))));
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    /** The files of a case: those listed in {@code files}, else {@code compose.yaml}. */
    private static List<String> files(Path folder) throws IOException {
        Path list = folder.resolve("files");
        return Files.isRegularFile(list) ? Files.readAllLines(list).stream().filter(l -> !l.isBlank()).toList()
                : List.of("compose.yaml");
    }

    private static Map<String, String> environment(Path folder) throws IOException {
        Map<String, String> environment = new TreeMap<>();
        Path file = folder.resolve("env");
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    environment.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        }
        return environment;
    }

    private static void agree(String dockerCompose, Path folder, List<String> files, Map<String, String> environment)
            throws Exception {
        LoadResult loaded = ComposeLoader.load(new LoadRequest(files, folder, environment, List.of(), null, true));
        assertThat(loaded.project()).as("jkompose loads it: " + loaded.diagnostics()).isNotNull();
        Map<String, Object> ours = CanonicalForm.of(loaded.project());
        MappingNode theirs = dockerComposeConfig(dockerCompose, folder, files, environment);
        assertThat(project(ours)).isEqualTo(project(unescaped(toJava(theirs))));
    }

    private static MappingNode dockerComposeConfig(String dockerCompose, Path folder, List<String> files,
            Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of(dockerCompose));
        for (String file : files) {
            command.add("-f");
            command.add(file);
        }
        command.add("config");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(environment);
        Path output = Files.createTempFile("docker-compose-config", ".yaml");
        try {
            Process process = builder.redirectErrorStream(false).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("docker-compose finishes").isTrue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("docker-compose config: " + text).isZero();
            return (MappingNode) new YamlReader().read(text, "docker-compose config");
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Object toJava(YamlNode node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> result = new LinkedHashMap<>();
            mapping.entries().forEach(entry -> result.put(entry.name(), toJava(entry.value())));
            return result;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(ComposeAgreementTest::toJava).toList();
        }
        return node.isNull() ? null : ((ScalarNode) node).value();
    }

    /** docker-compose 1.29 writes a literal {@code $} as {@code $$}, so its output can be loaded again. */
    private static Object unescaped(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), unescaped(v)));
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ComposeAgreementTest::unescaped).toList();
        }
        return value instanceof String text ? text.replace("$$", "$") : value;
    }

    // ---- both outputs to the same plain values

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /**
     * A local path (build context, bind mount source) by its real path: docker-compose 1.29 resolves symbolic links (a checkout whose
     * ../shared is a link), jkompose keeps the path as given; both name the same folder.
     */
    private static String samePlace(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Object> project(Object tree) {
        Map<String, Object> result = new TreeMap<>();
        Map<String, Object> services = new TreeMap<>();
        map(map(tree).get("services")).forEach((name, service) -> services.put(name, service(map(service))));
        result.put("services", services);
        result.put("volumes", new TreeSet<>(map(map(tree).get("volumes")).keySet()));
        TreeSet<String> networks = new TreeSet<>(map(map(tree).get("networks")).keySet());
        networks.remove("default");
        result.put("networks", networks);
        return result;
    }

    private static Map<String, Object> service(Map<String, Object> service) {
        Map<String, Object> result = new TreeMap<>();
        for (String key : List.of("image", "user", "working_dir", "hostname", "restart", "container_name",
                "privileged", "read_only", "tty", "stdin_open", "network_mode", "pull_policy")) {
            put(result, key, text(service.get(key)));
        }
        put(result, "command", words(service.get("command")));
        put(result, "entrypoint", words(service.get("entrypoint")));
        Map<String, String> environment = new TreeMap<>();
        map(service.get("environment")).forEach((k, v) -> environment.put(k, text(v)));
        put(result, "environment", environment);
        Map<String, String> labels = new TreeMap<>();
        map(service.get("labels")).forEach((k, v) -> labels.put(k, text(v)));
        put(result, "labels", labels);
        put(result, "ports", ports(list(service.get("ports"))));
        put(result, "volumes", volumes(list(service.get("volumes"))));
        put(result, "depends_on", dependsOn(service.get("depends_on")));
        put(result, "cap_add", new TreeSet<>(list(service.get("cap_add")).stream().map(String::valueOf).toList()));
        put(result, "dns", list(service.get("dns")).stream().map(String::valueOf).toList());
        put(result, "expose", new TreeSet<>(list(service.get("expose")).stream().map(String::valueOf).toList()));
        put(result, "extra_hosts", new TreeSet<>(list(service.get("extra_hosts")).stream()
                .map(h -> String.valueOf(h).replaceFirst("[:=]", "=")).toList()));
        Object networks = service.get("networks");
        TreeSet<String> networkNames = new TreeSet<>(networks instanceof List<?> names
                ? names.stream().map(String::valueOf).toList() : map(networks).keySet());
        networkNames.remove("default");
        put(result, "networks", networkNames);
        put(result, "mem_limit", service.get("mem_limit") == null ? null
                : ByteSizes.parse(text(service.get("mem_limit"))));
        Map<String, Object> build = map(service.get("build"));
        put(result, "build.context", samePlace(text(build.get("context"))));
        Map<String, Object> healthcheck = map(service.get("healthcheck"));
        Object test = healthcheck.get("test");
        put(result, "healthcheck.test", test instanceof String shell ? List.of("CMD-SHELL", shell) : test);
        put(result, "healthcheck.interval", healthcheck.get("interval") == null ? null
                : GoDuration.parseCompose(text(healthcheck.get("interval"))));
        return result;
    }

    private static void put(Map<String, Object> result, String key, Object value) {
        boolean empty = value == null || (value instanceof java.util.Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
        if (!empty) {
            result.put(key, value);
        }
    }

    /** A list stays; a string is split into words as a shell would (what jkompose does). */
    private static List<String> words(Object command) {
        if (command instanceof String line) {
            return ShellWords.split(line).words();
        }
        return command == null ? null : list(command).stream().map(String::valueOf).toList();
    }

    /** {@code ip|published|target|protocol} for each port, long or short syntax. */
    private static TreeSet<String> ports(List<?> ports) {
        TreeSet<String> result = new TreeSet<>();
        PortParser parser = new PortParser(new Values(new Diagnostics()));
        for (Object port : ports) {
            if (port instanceof Map<?, ?>) {
                Map<String, Object> mapping = map(port);
                result.add(port(text(mapping.get("host_ip")), text(mapping.get("published")),
                        Integer.parseInt(text(mapping.get("target"))), text(mapping.get("protocol"))));
            } else {
                for (PortMapping mapping : parser.shortForm(String.valueOf(port), SourceLocation.NONE, "ports")) {
                    result.add(port(mapping.hostIp(), mapping.published(), mapping.target(), mapping.protocol()));
                }
            }
        }
        return result;
    }

    private static String port(String ip, String published, int target, String protocol) {
        return (ip == null ? "" : ip) + "|" + (published == null ? "" : published) + "|" + target + "|"
                + (protocol == null ? "tcp" : protocol);
    }

    /**
     * {@code source|target|ro} for each mount, long or short syntax; as a set, since mounts are keyed by
     * their target (docker-compose 1.29 moves a replaced mount to the end, Compose v2 keeps its place).
     */
    private static TreeSet<String> volumes(List<?> volumes) {
        TreeSet<String> result = new TreeSet<>();
        for (Object volume : volumes) {
            if (volume instanceof Map<?, ?>) {
                Map<String, Object> mapping = map(volume);
                result.add(samePlace(text(mapping.get("source"))) + "|" + text(mapping.get("target")) + "|"
                        + Boolean.parseBoolean(text(mapping.get("read_only"))));
            } else {
                String[] parts = String.valueOf(volume).split(":");
                boolean readOnly = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
                result.add(parts.length == 1 ? "null|" + parts[0] + "|false"
                        : samePlace(parts[0]) + "|" + parts[1] + "|" + readOnly);
            }
        }
        return result;
    }

    private static Map<String, String> dependsOn(Object dependsOn) {
        Map<String, String> result = new TreeMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(name -> result.put(String.valueOf(name), "service_started"));
        } else {
            map(dependsOn).forEach((name, options) -> result.put(name, text(map(options).get("condition"))));
        }
        return result;
    }
}
