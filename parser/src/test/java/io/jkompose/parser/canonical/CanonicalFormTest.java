package io.jkompose.parser.canonical;

import static io.jkompose.model.Restart.Condition.ALWAYS;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Build;
import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.Dependency;
import io.jkompose.model.Deploy;
import io.jkompose.model.EnvFile;
import io.jkompose.model.EnvVar;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.FileReference;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Network;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.Restart;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Expected trees are written by hand from compose-go's types (field order, omitempty, marshallers),
 * its normalization, and the outputs in docker/compose's end-to-end tests.
 */
class CanonicalFormTest {

    private static final Path DIR = Path.of("/work/app");

    // ---- top level -------------------------------------------------------------------------

    /** docker/compose pkg/e2e TestConfig: a build-only service, printed with the default network. */
    @Test
    void minimalBuildServiceMatchesComposeEndToEndOutput() {
        Service nginx = Service.builder("nginx")
                .build(new Build("/work/app/nginx-build", null, null, null, null, null))
                .build();

        Map<String, Object> tree = CanonicalForm.of(project("compose-e2e-config", List.of(nginx)));

        Map<String, Object> expected = map(
                "name", "compose-e2e-config",
                "services", map("nginx", map(
                        "build", map("context", "/work/app/nginx-build", "dockerfile", "Dockerfile"),
                        "networks", map("default", null))),
                "networks", map("default", map("name", "compose-e2e-config_default")));
        assertThat(tree).isEqualTo(expected);
        assertThat(tree.keySet()).containsExactly("name", "services", "networks");
    }

    @Test
    void topLevelKeysComeInComposeGoProjectOrder() {
        Service app = Service.builder("app").image("alpine").build();
        Project project = new Project("demo", DIR, List.of(), sorted(app),
                sortedOf("data", new Volume("data", null, null, null, false, null, null)),
                sortedOf("front", new Network("front", null, null, false, false, null, null)),
                sortedOf("app.conf", new ConfigDefinition("app.conf", null, Path.of("/work/app/app.conf"), null, null, false, null, null)),
                sortedOf("token", new SecretDefinition("token", null, Path.of("/work/app/token.txt"), null, null, false, null, null)));

        Map<String, Object> tree = CanonicalForm.of(project);

        assertThat(tree.keySet()).containsExactly("name", "services", "networks", "volumes", "secrets", "configs");
    }

    @Test
    void emptyProjectStillPrintsServices() {
        Map<String, Object> tree = CanonicalForm.of(project("empty", List.of()));

        assertThat(tree).isEqualTo(map("name", "empty", "services", map()));
    }

    @Test
    void servicesAreSortedTheWayGoYamlSortsMapKeys() {
        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(
                Service.builder("node10").image("a").build(),
                Service.builder("node9").image("a").build(),
                Service.builder("Api").image("a").build())));

        assertThat(services(tree).keySet()).containsExactly("Api", "node9", "node10");
    }

    // ---- service keys ----------------------------------------------------------------------

    @Test
    void serviceKeysFollowServiceConfigFieldOrder() {
        Service web = Service.builder("web")
                .workingDir("/srv")
                .volumes(List.of(ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/data").source("data").noCopy(false).build()))
                .user("1000")
                .tty(true)
                .tmpfs(List.of("/run"))
                .sysctls(new TreeMap<>(Map.of("net.core.somaxconn", "1024")))
                .stopSignal("SIGTERM")
                .stopGracePeriod(Duration.ofSeconds(20))
                .stdinOpen(true)
                .shmSize(67_108_864L)
                .securityOpt(List.of("no-new-privileges:true"))
                .secrets(List.of(new FileReference("token", null, null, null, null, null)))
                .runtime("runc")
                .restart(Restart.of(ALWAYS))
                .readOnly(true)
                .pullPolicy("always")
                .privileged(true)
                .ports(List.of(new PortMapping(null, 80, "8080", null, "tcp", null, null, null)))
                .platform("linux/amd64")
                .pidsLimit(100L)
                .networks(new TreeMap<>(Map.of("front", new ServiceNetwork(null, null, null, null, null))))
                .memReservation(1_048_576L)
                .memLimit(2_097_152L)
                .labels(new TreeMap<>(Map.of("tier", "web")))
                .init(true)
                .image("nginx:1.27")
                .healthcheck(new Healthcheck(List.of("CMD", "true"), null, null, null, null, null, false, null))
                .hostname("web1")
                .groupAdd(List.of("audio"))
                .extraHosts(List.of(new ExtraHost("db", "10.0.0.2", null)))
                .expose(List.of(new ExposedPort(9000, "tcp", null)))
                .environment(env("A", "1"))
                .entrypoint(List.of("/entry.sh"))
                .domainname("example.com")
                .dnsSearch(List.of("example.com"))
                .dnsOpt(List.of("use-vc"))
                .dns(List.of("8.8.8.8"))
                .deploy(new Deploy(null, 2, null, null, null, null, null, null, null, null))
                .dependsOn(new TreeMap<>(Map.of("db", new Dependency(Dependency.STARTED, false, true, null))))
                .containerName("the-web")
                .configs(List.of(new FileReference("app.conf", "/etc/app.conf", null, null, null, null)))
                .command(List.of("nginx", "-g", "daemon off;"))
                .cpus(0.5)
                .capDrop(List.of("ALL"))
                .capAdd(List.of("NET_BIND_SERVICE"))
                .build(new Build("/work/app", "Dockerfile.web", null, null, null, null))
                .annotations(new TreeMap<>(Map.of("a", "b")))
                .profiles(List.of("prod"))
                .build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(web))), "web");

        assertThat(service.keySet()).containsExactly(
                "profiles", "annotations", "build", "cap_add", "cap_drop", "cpus", "command", "configs",
                "container_name", "depends_on", "deploy", "dns", "dns_opt", "dns_search", "domainname",
                "entrypoint", "environment", "expose", "extra_hosts", "group_add", "hostname", "healthcheck",
                "image", "init", "labels", "mem_limit", "mem_reservation", "networks", "pids_limit", "platform",
                "ports", "privileged", "pull_policy", "read_only", "restart", "runtime", "secrets",
                "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "sysctls",
                "tmpfs", "tty", "user", "volumes", "working_dir");
        assertThat(service.get("cpus")).isEqualTo(0.5);
        assertThat(service.get("mem_limit")).isEqualTo("2097152");
        assertThat(service.get("mem_reservation")).isEqualTo("1048576");
        assertThat(service.get("shm_size")).isEqualTo("67108864");
        assertThat(service.get("pids_limit")).isEqualTo(100L);
        assertThat(service.get("stop_grace_period")).isEqualTo("20s");
        assertThat(service.get("deploy")).isEqualTo(map("replicas", 2));
        assertThat(service.get("expose")).isEqualTo(List.of("9000"));
        assertThat(service.get("extra_hosts")).isEqualTo(List.of("db=10.0.0.2"));
    }

    @Test
    void unsetAndFalseValuesAreLeftOutButAPointerFalseIsPrinted() {
        Service app = Service.builder("app").image("alpine")
                .privileged(false).readOnly(false).tty(false).stdinOpen(false)
                .init(false)
                .cpus(0.0).memLimit(0L).pidsLimit(0L)
                .hostname("")
                .build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        // init is a *bool in compose-go: false is printed; the plain bools and zero numbers are omitted.
        assertThat(service).isEqualTo(map("image", "alpine", "init", false, "networks", map("default", null)));
    }

    @Test
    void cpusAreFloat32NumbersAndIntegralOnesHaveNoFraction() {
        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(
                Service.builder("one").image("a").cpus(1.0).build(),
                Service.builder("half").image("a").cpus(0.5).build(),
                Service.builder("tenth").image("a").cpus(0.1).build())));

        assertThat(service(tree, "one").get("cpus")).isEqualTo(1L);
        assertThat(service(tree, "half").get("cpus")).isEqualTo(0.5);
        assertThat(service(tree, "tenth").get("cpus")).isEqualTo(0.1);
    }

    @Test
    void commandAndEntrypointAreListsAndAnEmptyOneIsKept() {
        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(
                Service.builder("a").image("x").command(List.of("sh", "-c", "echo hi")).entrypoint(List.of()).build(),
                Service.builder("b").image("x").build())));

        assertThat(service(tree, "a").get("command")).isEqualTo(List.of("sh", "-c", "echo hi"));
        assertThat(service(tree, "a")).containsEntry("entrypoint", List.of());
        assertThat(service(tree, "b")).doesNotContainKeys("command", "entrypoint");
    }

    @Test
    void pullPolicyIfNotPresentIsNormalizedToMissing() {
        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(
                Service.builder("a").image("x").pullPolicy("if_not_present").build())));

        assertThat(service(tree, "a").get("pull_policy")).isEqualTo("missing");
    }

    @Test
    void labelsAnnotationsAndSysctlsAreSortedMaps() {
        SortedMap<String, String> labels = new TreeMap<>(Map.of(
                "com.example.number", "42", "QUX", "q", "LABEL_WITH_UNDERSCORE", "ok", "LABEL.WITH.DOT", "ok"));
        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(Service.builder("a").image("x")
                .labels(labels)
                .annotations(new TreeMap<>(Map.of("z.note", "1", "APP_X", "2", "APPX", "3")))
                .sysctls(new TreeMap<>(Map.of("net.ipv4.tcp_syncookies", "0", "net.core.somaxconn", "1024")))
                .build())));

        Map<String, Object> service = service(tree, "a");
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) service.get("labels");
        assertThat(printed.keySet()).containsExactly("LABEL.WITH.DOT", "LABEL_WITH_UNDERSCORE", "QUX", "com.example.number");
        assertThat(printed.get("com.example.number")).isEqualTo("42");
        @SuppressWarnings("unchecked")
        Map<String, Object> annotations = (Map<String, Object>) service.get("annotations");
        assertThat(annotations.keySet()).containsExactly("APP_X", "APPX", "z.note");
        assertThat(service.get("sysctls")).isEqualTo(map("net.core.somaxconn", "1024", "net.ipv4.tcp_syncookies", "0"));
    }

    @Test
    void aDependencyWithoutDetailsDefaultsToStartedAndRequired() {
        SortedMap<String, Dependency> dependsOn = new TreeMap<>();
        dependsOn.put("db", null);
        Service web = Service.builder("web").image("x").dependsOn(dependsOn).build();

        assertThat(service(CanonicalForm.of(project("p", List.of(web))), "web").get("depends_on"))
                .isEqualTo(map("db", map("condition", "service_started", "required", true)));
    }

    // ---- environment -----------------------------------------------------------------------

    @Test
    void envFilesAreFoldedIntoEnvironmentWithEnvironmentOnTop() {
        EnvFile first = new EnvFile(Path.of("/work/app/a.env"), "a.env", true, null,
                new TreeMap<>(Map.of("FOO", "foo_from_a", "BAR", "bar_from_a", "SHARED", "from_a")), null);
        EnvFile second = new EnvFile(Path.of("/work/app/b.env"), "b.env", false, null,
                new TreeMap<>(Map.of("BAR", "bar_from_b", "UNSET_IN_FILE", "x")), null);
        SortedMap<String, EnvVar> environment = new TreeMap<>();
        environment.put("SHARED", new EnvVar("SHARED", "from_environment", null));
        environment.put("UNSET_IN_FILE", new EnvVar("UNSET_IN_FILE", null, null));
        environment.put("APPLE", new EnvVar("APPLE", "1", null));
        environment.put("APP_NAME", new EnvVar("APP_NAME", "demo", null));
        Service app = Service.builder("app").image("x").envFiles(List.of(first, second)).environment(environment).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        Map<String, Object> expected = map(
                "APP_NAME", "demo",
                "APPLE", "1",
                "BAR", "bar_from_b",
                "FOO", "foo_from_a",
                "SHARED", "from_environment",
                "UNSET_IN_FILE", null);
        assertThat(service.get("environment")).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) service.get("environment");
        assertThat(printed.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(service).doesNotContainKey("env_file");
    }

    // ---- depends_on ------------------------------------------------------------------------

    @Test
    void dependsOnIsPrintedInLongForm() {
        SortedMap<String, Dependency> dependsOn = new TreeMap<>();
        dependsOn.put("db", new Dependency(Dependency.HEALTHY, true, true, null));
        dependsOn.put("cache", new Dependency(null, false, false, null));
        Service web = Service.builder("web").image("x").dependsOn(dependsOn).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(web))), "web");

        Map<String, Object> expected = map(
                "cache", map("condition", "service_started", "required", false),
                "db", map("condition", "service_healthy", "restart", true, "required", true));
        assertThat(service.get("depends_on")).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) service.get("depends_on")).get("db");
        assertThat(db.keySet()).containsExactly("condition", "restart", "required");
    }

    @Test
    void networkModeOfAnotherServiceAddsADependencyAndNoNetworks() {
        Service vpn = Service.builder("vpn").image("vpn").build();
        Service app = Service.builder("app").image("x").networkMode("service:vpn").build();

        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(vpn, app)));

        assertThat(service(tree, "app")).isEqualTo(map(
                "depends_on", map("vpn", map("condition", "service_started", "restart", true, "required", true)),
                "image", "x",
                "network_mode", "service:vpn"));
    }

    // ---- networks --------------------------------------------------------------------------

    @Test
    void declaredNetworksGetProjectScopedNamesAndNoImplicitDefault() {
        SortedMap<String, Network> networks = new TreeMap<>();
        networks.put("front", new Network("front", null, "bridge", false, false, null, null));
        networks.put("back", new Network("back", "shared-back", null, false, true, null, null));
        networks.put("outside", new Network("outside", null, null, true, false, null, null));
        SortedMap<String, ServiceNetwork> attached = new TreeMap<>();
        attached.put("front", new ServiceNetwork(List.of("www"), "172.16.0.10", null, null, null));
        attached.put("back", null);
        Service web = Service.builder("web").image("x").networks(attached).build();
        Project project = new Project("shop", DIR, List.of(), sorted(web), null, networks, null, null);

        Map<String, Object> tree = CanonicalForm.of(project);

        assertThat(service(tree, "web").get("networks")).isEqualTo(map(
                "back", null,
                "front", map("aliases", List.of("www"), "ipv4_address", "172.16.0.10")));
        assertThat(tree.get("networks")).isEqualTo(map(
                "back", map("name", "shared-back", "internal", true),
                "front", map("name", "shop_front", "driver", "bridge"),
                "outside", map("name", "outside", "external", true)));
    }

    @Test
    void defaultNetworkIsAddedWhenOneServiceUsesItAndSortedAmongTheOthers() {
        SortedMap<String, Network> networks = new TreeMap<>();
        networks.put("zeta", new Network("zeta", null, null, false, false, null, null));
        networks.put("alpha", new Network("alpha", null, null, false, false, null, null));
        Service a = Service.builder("a").image("x")
                .networks(new TreeMap<>(Map.of("zeta", new ServiceNetwork(null, null, null, null, null)))).build();
        Service b = Service.builder("b").image("x").build();
        Project project = new Project("p", DIR, List.of(), sorted(a, b), null, networks, null, null);

        Map<String, Object> tree = CanonicalForm.of(project);

        assertThat(service(tree, "a").get("networks")).isEqualTo(map("zeta", null));
        assertThat(service(tree, "b").get("networks")).isEqualTo(map("default", null));
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) tree.get("networks");
        assertThat(printed.keySet()).containsExactly("alpha", "default", "zeta");
        assertThat(printed.get("default")).isEqualTo(map("name", "p_default"));
    }

    @Test
    void explicitlyDeclaredDefaultNetworkKeepsItsSettings() {
        Project project = new Project("p", DIR, List.of(), sorted(Service.builder("a").image("x").build()), null,
                sortedOf("default", new Network("default", null, "overlay", false, false, null, null)), null, null);

        assertThat(CanonicalForm.of(project).get("networks"))
                .isEqualTo(map("default", map("name", "p_default", "driver", "overlay")));
    }

    // ---- volumes ---------------------------------------------------------------------------

    @Test
    void topLevelVolumesAreNamedAfterTheProjectUnlessNamedOrExternal() {
        SortedMap<String, Volume> volumes = new TreeMap<>();
        volumes.put("data", new Volume("data", null, null, null, false, null, null));
        volumes.put("named", new Volume("named", "my-volume", "local", new TreeMap<>(Map.of("type", "nfs", "o", "addr=1.2.3.4")),
                false, new TreeMap<>(Map.of("backup", "yes")), null));
        volumes.put("ext", new Volume("ext", null, null, null, true, null, null));
        Project project = new Project("shop", DIR, List.of(), sorted(Service.builder("a").image("x").build()),
                volumes, null, null, null);

        Map<String, Object> tree = CanonicalForm.of(project);

        assertThat(tree.get("volumes")).isEqualTo(map(
                "data", map("name", "shop_data"),
                "ext", map("name", "ext", "external", true),
                "named", map("name", "my-volume", "driver", "local",
                        "driver_opts", map("o", "addr=1.2.3.4", "type", "nfs"), "labels", map("backup", "yes"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) ((Map<String, Object>) tree.get("volumes")).get("named");
        assertThat(named.keySet()).containsExactly("name", "driver", "driver_opts", "labels");
    }

    @Test
    void serviceVolumesArePrintedInLongSyntax() {
        List<ServiceVolume> mounts = List.of(
                // short syntax bind: ./html:/usr/share/nginx/html:ro
                ServiceVolume.builder(ServiceVolume.Type.BIND, "/usr/share/nginx/html").source("/work/app/html").written("./html")
                        .readOnly(true).createHostPath(true).build(),
                // short syntax named volume: data:/var/lib/data
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/var/lib/data").source("data").noCopy(false).build(),
                // short syntax anonymous volume: /cache
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/cache").noCopy(false).build(),
                // long syntax bind without options
                ServiceVolume.builder(ServiceVolume.Type.BIND, "/opt/cached").source("/opt/cached").consistency("cached").build(),
                // long syntax volume with nocopy and subpath
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/sub").source("data").noCopy(true).subpath("sub/dir").build(),
                // long syntax tmpfs with a size
                ServiceVolume.builder(ServiceVolume.Type.TMPFS, "/opt/tmpfs").tmpfsSize(10_000L).build(),
                // bind with propagation
                ServiceVolume.builder(ServiceVolume.Type.BIND, "/host-run").source("/var/run").bindPropagation("rshared")
                        .selinux("z").build());
        Service app = Service.builder("app").image("x").volumes(mounts).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        assertThat(service.get("volumes")).isEqualTo(List.of(
                map("type", "bind", "source", "/work/app/html", "target", "/usr/share/nginx/html", "read_only", true,
                        "bind", map("create_host_path", true)),
                map("type", "volume", "source", "data", "target", "/var/lib/data", "volume", map()),
                map("type", "volume", "target", "/cache", "volume", map()),
                map("type", "bind", "source", "/opt/cached", "target", "/opt/cached", "consistency", "cached"),
                map("type", "volume", "source", "data", "target", "/sub", "volume", map("nocopy", true, "subpath", "sub/dir")),
                map("type", "tmpfs", "target", "/opt/tmpfs", "tmpfs", map("size", "10000")),
                map("type", "bind", "source", "/var/run", "target", "/host-run",
                        "bind", map("selinux", "z", "propagation", "rshared"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) service.get("volumes")).get(0);
        assertThat(first.keySet()).containsExactly("type", "source", "target", "read_only", "bind");
    }

    // ---- ports, expose, extra_hosts --------------------------------------------------------

    @Test
    void portsArePrintedInLongSyntaxWithIngressMode() {
        List<PortMapping> ports = List.of(
                new PortMapping(null, 80, "8080", null, "tcp", null, null, null),
                new PortMapping(null, 5000, "5000", "127.0.0.1", "tcp", null, null, null),
                new PortMapping(null, 3000, null, null, null, null, null, null),
                new PortMapping("dns", 53, "53", null, "udp", "dns", "host", null),
                new PortMapping(null, 9000, "9000-9010", null, "tcp", null, null, null));
        Service app = Service.builder("app").image("x").ports(ports).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        assertThat(service.get("ports")).isEqualTo(List.of(
                map("mode", "ingress", "target", 80, "published", "8080", "protocol", "tcp"),
                map("mode", "ingress", "host_ip", "127.0.0.1", "target", 5000, "published", "5000", "protocol", "tcp"),
                map("mode", "ingress", "target", 3000, "protocol", "tcp"),
                map("name", "dns", "mode", "host", "target", 53, "published", "53", "protocol", "udp", "app_protocol", "dns"),
                map("mode", "ingress", "target", 9000, "published", "9000-9010", "protocol", "tcp")));
        @SuppressWarnings("unchecked")
        Map<String, Object> named = ((List<Map<String, Object>>) service.get("ports")).get(3);
        assertThat(named.keySet()).containsExactly("name", "mode", "target", "published", "protocol", "app_protocol");
    }

    @Test
    void exposeIsStringsAndExtraHostsAreSortedHostEqualsIp() {
        Service app = Service.builder("app").image("x")
                .expose(List.of(new ExposedPort(3000, "tcp", null), new ExposedPort(5353, "udp", null)))
                .extraHosts(List.of(new ExtraHost("somehost", "162.242.195.82", null),
                        new ExtraHost("otherhost", "50.31.209.229", null),
                        new ExtraHost("ipv6", "[::1]", null)))
                .build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        assertThat(service.get("expose")).isEqualTo(List.of("3000", "5353/udp"));
        assertThat(service.get("extra_hosts")).isEqualTo(List.of("ipv6=::1", "otherhost=50.31.209.229", "somehost=162.242.195.82"));
    }

    // ---- healthcheck and deploy ------------------------------------------------------------

    @Test
    void healthcheckHasGoDurationsAndComposeGoKeyOrder() {
        Healthcheck check = new Healthcheck(List.of("CMD-SHELL", "curl -f http://localhost"),
                Duration.ofSeconds(90), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMillis(500), 3, false, null);
        Service app = Service.builder("app").image("x").healthcheck(check).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        Map<String, Object> expected = map(
                "test", List.of("CMD-SHELL", "curl -f http://localhost"),
                "timeout", "10s",
                "interval", "1m30s",
                "retries", 3,
                "start_period", "1m0s",
                "start_interval", "500ms");
        assertThat(service.get("healthcheck")).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) service.get("healthcheck");
        assertThat(printed.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void disabledHealthcheckPrintsDisable() {
        Service app = Service.builder("app").image("x")
                .healthcheck(new Healthcheck(List.of(), null, null, null, null, null, true, null)).build();

        assertThat(service(CanonicalForm.of(project("p", List.of(app))), "app").get("healthcheck"))
                .isEqualTo(map("disable", true));
    }

    /** Mirrors the deploy section of compose-go's expected full example (loader/full-struct_test.go). */
    @Test
    void deploySectionFollowsDeployConfig() {
        Deploy.UpdateConfig update = new Deploy.UpdateConfig(3, Duration.ofSeconds(10), "continue", Duration.ofMinutes(1), 0.3, "start-first", null);
        Deploy deploy = new Deploy("replicated", 6, new TreeMap<>(Map.of("FOO", "BAR")),
                new Deploy.Resources(new Deploy.ResourceSpec(0.001, 52_428_800L, null, null),
                        new Deploy.ResourceSpec(0.0001, 20_971_520L, null, null)),
                new Deploy.Placement(List.of("node=foo"), List.of("node.labels.az"), 5, null),
                new Deploy.RestartPolicy(Deploy.RestartPolicy.Condition.ON_FAILURE, Duration.ofSeconds(5), 3, Duration.ofMinutes(2), null),
                update, update, "dnsrr", null);
        Service foo = Service.builder("foo").image("redis").deploy(deploy).build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(foo))), "foo");

        Map<String, Object> updateExpected = map("parallelism", 3, "delay", "10s", "failure_action", "continue",
                "monitor", "1m0s", "max_failure_ratio", 0.3, "order", "start-first");
        Map<String, Object> expected = map(
                "mode", "replicated",
                "replicas", 6,
                "labels", map("FOO", "BAR"),
                "update_config", updateExpected,
                "rollback_config", updateExpected,
                "resources", map(
                        "limits", map("cpus", 0.001, "memory", "52428800"),
                        "reservations", map("cpus", 0.0001, "memory", "20971520")),
                "restart_policy", map("condition", "on-failure", "delay", "5s", "max_attempts", 3, "window", "2m0s"),
                "placement", map("constraints", List.of("node=foo"), "preferences", List.of(map("spread", "node.labels.az")),
                        "max_replicas_per_node", 5),
                "endpoint_mode", "dnsrr");
        assertThat(service.get("deploy")).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) service.get("deploy");
        assertThat(printed.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void zeroUpdateDelayIsOmittedButZeroRestartDelayIsPrinted() {
        Deploy deploy = new Deploy(null, null, null, null, null,
                new Deploy.RestartPolicy(null, Duration.ZERO, null, null, null),
                new Deploy.UpdateConfig(null, Duration.ZERO, null, null, 0.0, null, null), null, null, null);
        Service app = Service.builder("app").image("x").deploy(deploy).build();

        assertThat(service(CanonicalForm.of(project("p", List.of(app))), "app").get("deploy"))
                .isEqualTo(map("restart_policy", map("delay", "0s")));
    }

    // ---- build, secrets, configs -----------------------------------------------------------

    @Test
    void buildPrintsContextDockerfileArgsTargetTags() {
        SortedMap<String, String> args = new TreeMap<>();
        args.put("VERSION", "1.2");
        args.put("EMPTY", null);
        Service app = Service.builder("app")
                .build(new Build(null, "docker/App.Dockerfile", args, "prod", List.of("app:1.2"), null))
                .build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        assertThat(service.get("build")).isEqualTo(map(
                "context", "/work/app",
                "dockerfile", "docker/App.Dockerfile",
                "args", map("EMPTY", null, "VERSION", "1.2"),
                "target", "prod",
                "tags", List.of("app:1.2")));
    }

    @Test
    void serviceSecretsGetTheDefaultTargetConfigsDoNot() {
        Service app = Service.builder("app").image("x")
                .secrets(List.of(new FileReference("secret1", null, null, null, null, null),
                        new FileReference("secret2", "my_secret", "103", "103", 0440, null)))
                .configs(List.of(new FileReference("config1", null, null, null, null, null),
                        new FileReference("config2", "/my_config", "103", "103", 0440, null)))
                .build();

        Map<String, Object> service = service(CanonicalForm.of(project("p", List.of(app))), "app");

        assertThat(service.get("secrets")).isEqualTo(List.of(
                map("source", "secret1", "target", "/run/secrets/secret1"),
                map("source", "secret2", "target", "my_secret", "uid", "103", "gid", "103", "mode", "0440")));
        assertThat(service.get("configs")).isEqualTo(List.of(
                map("source", "config1"),
                map("source", "config2", "target", "/my_config", "uid", "103", "gid", "103", "mode", "0440")));
    }

    @Test
    void topLevelSecretsAndConfigsAreNamedAndNeverLeakSecretContent() {
        SortedMap<String, SecretDefinition> secrets = new TreeMap<>();
        secrets.put("file_secret", new SecretDefinition("file_secret", null, Path.of("/work/app/secret.txt"), null, null, false, null, null));
        secrets.put("env_secret", new SecretDefinition("env_secret", null, null, "s3cr3t", "TOKEN", false, null, null));
        secrets.put("ext_secret", new SecretDefinition("ext_secret", null, null, null, null, true, null, null));
        secrets.put("relative", new SecretDefinition("relative", "custom", Path.of("conf/key.pem"), null, null, false, null, null));
        SortedMap<String, ConfigDefinition> configs = new TreeMap<>();
        configs.put("inline", new ConfigDefinition("inline", null, null, "hello", null, false, null, null));
        configs.put("from_env", new ConfigDefinition("from_env", null, null, "value-of-var", "APP_CONF", false, null, null));
        Project project = new Project("p", DIR, List.of(), sorted(Service.builder("a").image("x").build()),
                null, null, configs, secrets);

        Map<String, Object> tree = CanonicalForm.of(project);

        assertThat(tree.get("secrets")).isEqualTo(map(
                "env_secret", map("name", "p_env_secret", "environment", "TOKEN"),
                "ext_secret", map("name", "ext_secret", "external", true),
                "file_secret", map("name", "p_file_secret", "file", "/work/app/secret.txt"),
                "relative", map("name", "custom", "file", "/work/app/conf/key.pem")));
        assertThat(tree.get("configs")).isEqualTo(map(
                "from_env", map("name", "p_from_env", "environment", "APP_CONF"),
                "inline", map("name", "p_inline", "content", "hello")));
    }

    // ---- JSON flavour and determinism ------------------------------------------------------

    @Test
    void jsonFormatSortsMapKeysByBytesAndWritesNullCommands() {
        SortedMap<String, EnvVar> environment = new TreeMap<>();
        environment.put("APPLE", new EnvVar("APPLE", "1", null));
        environment.put("APP_NAME", new EnvVar("APP_NAME", "demo", null));
        Service app = Service.builder("app").image("x").environment(environment).build();

        Map<String, Object> tree = CanonicalForm.of(project("p", List.of(app)), CanonicalForm.Format.JSON);

        assertThat(tree.keySet()).containsExactly("name", "networks", "services");
        Map<String, Object> service = service(tree, "app");
        assertThat(service.keySet()).containsExactly("command", "entrypoint", "environment", "image", "networks");
        assertThat(service.get("command")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) service.get("environment");
        assertThat(printed.keySet()).containsExactly("APPLE", "APP_NAME");
    }

    @Test
    void sameProjectGivesEqualTreesAndManyServicesStayLinear() {
        List<Service> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Service.builder("svc" + i).image("x").build());
        }
        Project project = project("big", many);

        Map<String, Object> first = CanonicalForm.of(project);
        Map<String, Object> second = CanonicalForm.of(project);

        assertThat(first).isEqualTo(second);
        List<String> names = new ArrayList<>(services(first).keySet());
        assertThat(names).hasSize(5_000).startsWith("svc0", "svc1", "svc2").endsWith("svc4999");
        assertThat(first.get("networks")).isEqualTo(map("default", map("name", "big_default")));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Project project(String name, List<Service> services) {
        return new Project(name, DIR, List.of(DIR.resolve("compose.yaml")), sorted(services.toArray(Service[]::new)),
                null, null, null, null);
    }

    private static SortedMap<String, Service> sorted(Service... services) {
        SortedMap<String, Service> map = new TreeMap<>();
        Arrays.stream(services).forEach(service -> map.put(service.name(), service));
        return map;
    }

    private static <T> SortedMap<String, T> sortedOf(String key, T value) {
        SortedMap<String, T> map = new TreeMap<>();
        map.put(key, value);
        return map;
    }

    private static SortedMap<String, EnvVar> env(String name, String value) {
        return sortedOf(name, new EnvVar(name, value, null));
    }

    /** An ordered map from alternating keys and values; values may be null. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services(Map<String, Object> tree) {
        return (Map<String, Object>) tree.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> tree, String name) {
        return (Map<String, Object>) services(tree).get(name);
    }
}
