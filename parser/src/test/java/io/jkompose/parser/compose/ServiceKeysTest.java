package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jkompose.model.Build;
import io.jkompose.model.Dependency;
import io.jkompose.model.Deploy;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.FileReference;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Restart;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every service key the model carries, in each of its forms. */
class ServiceKeysTest {

    @TempDir
    Path dir;

    private Service web(String keys) {
        return new Fixture(dir).compose("services:\n  web:\n    image: nginx\n" + keys).service("web");
    }

    @Test
    void plainScalarsAndBooleans() {
        Service web = web("""
                    pull_policy: if_not_present
                    platform: linux/amd64
                    working_dir: /app
                    user: "1000:1000"
                    hostname: front
                    domainname: example.org
                    stdin_open: true
                    tty: "false"
                    init: yes
                    privileged: false
                    read_only: true
                    runtime: runc
                    stop_signal: SIGINT
                    container_name: my-web
                    network_mode: host
                    restart: on-failure:3
                    group_add: [audio, 4242]
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    security_opt: ["no-new-privileges:true"]
                    dns: 8.8.8.8
                    dns_search: [example.org]
                    dns_opt: [use-vc]
                    tmpfs: /run
                    pids_limit: 100
                """);
        assertThat(web.pullPolicy()).isEqualTo("missing");
        assertThat(web.platform()).isEqualTo("linux/amd64");
        assertThat(web.process().workingDir()).isEqualTo("/app");
        assertThat(web.security().user()).isEqualTo("1000:1000");
        assertThat(web.networking().hostname()).isEqualTo("front");
        assertThat(web.networking().domainname()).isEqualTo("example.org");
        assertThat(web.process().stdinOpen()).isTrue();
        assertThat(web.process().tty()).isFalse();
        assertThat(web.process().init()).isTrue();
        assertThat(web.security().privileged()).isFalse();
        assertThat(web.security().readOnly()).isTrue();
        assertThat(web.runtime()).isEqualTo("runc");
        assertThat(web.lifecycle().stopSignal()).isEqualTo("SIGINT");
        assertThat(web.containerName()).isEqualTo("my-web");
        assertThat(web.networking().networkMode()).isEqualTo("host");
        assertThat(web.lifecycle().restart()).isEqualTo(Restart.onFailure(3));
        assertThat(web.security().groupAdd()).containsExactly("audio", "4242");
        assertThat(web.security().capAdd()).containsExactly("NET_ADMIN");
        assertThat(web.security().capDrop()).containsExactly("ALL");
        assertThat(web.security().securityOpt()).containsExactly("no-new-privileges:true");
        assertThat(web.networking().dns()).containsExactly("8.8.8.8");
        assertThat(web.networking().dnsSearch()).containsExactly("example.org");
        assertThat(web.networking().dnsOpt()).containsExactly("use-vc");
        assertThat(web.storage().tmpfs()).containsExactly("/run");
        assertThat(web.resources().pidsLimit()).isEqualTo(100L);
        assertThat(web.process().stdinOpen()).isTrue();
    }

    @Test
    void sizesCpusAndDurations() {
        Service web = web("""
                    mem_limit: 512m
                    mem_reservation: 268435456
                    memswap_limit: -1
                    shm_size: 1gb
                    cpus: 0.5
                    stop_grace_period: 1m30s
                """);
        assertThat(web.resources().memLimit()).isEqualTo(512L * 1024 * 1024);
        assertThat(web.resources().memReservation()).isEqualTo(268435456L);
        assertThat(web.resources().shmSize()).isEqualTo(1024L * 1024 * 1024);
        assertThat(web.resources().cpus()).isEqualTo(0.5);
        assertThat(web.lifecycle().stopGracePeriod()).isEqualTo(Duration.ofSeconds(90));
        assertThat(web.keys()).containsKey("memswap_limit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "command: echo hello world|echo,hello,world",
        "command: sh -c 'echo \"a b\"; exit 1'|sh,-c,echo \"a b\"; exit 1",
        "command: [\"/bin/app\", \"--port\", 8080]|/bin/app,--port,8080",
        "command: a\\ b \"c\\\"d\" ''|a b,c\"d,",
        "entrypoint: /docker-entrypoint.sh nginx|/docker-entrypoint.sh,nginx",
    })
    void commandsAreSplitLikeAShellWould(String yaml, String expected) {
        Service web = web("    " + yaml + "\n");
        List<String> words = yaml.startsWith("command") ? web.process().command() : web.process().entrypoint();
        assertThat(words).containsExactly(expected.split(",", -1));
    }

    @Test
    void unsetAndEmptyCommandsDiffer() {
        assertThat(web("").process().command()).isNull();
        assertThat(web("    command: []\n").process().command()).isEmpty();
    }

    @Test
    void anOpenQuoteInACommandIsAnError() {
        var error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    command: echo 'oops\n").error();
        assertThat(error.message()).contains("a single quote is not closed");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 14));
    }

    @Test
    void aShellOperatorInACommandIsAWarning() {
        var warnings = new Fixture(dir).compose("services:\n  web:\n    image: x\n    command: make && make test\n")
                .warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("shell-operator");
            assertThat(w.hint()).contains("sh\", \"-c\"");
        });
    }

    @Test
    void healthcheckForms() {
        Healthcheck shell = web("""
                    healthcheck:
                      test: curl -f http://localhost
                      interval: 30s
                      timeout: 5s
                      start_period: 1m
                      start_interval: 2s
                      retries: 3
                """).lifecycle().healthcheck();
        assertThat(shell).isEqualTo(new Healthcheck(List.of("CMD-SHELL", "curl -f http://localhost"),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(2), 3, false,
                shell.location()));
        Healthcheck exec = web("    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n").lifecycle().healthcheck();
        assertThat(exec.test()).containsExactly("CMD", "pg_isready");
        assertThat(web("    healthcheck:\n      disable: true\n").lifecycle().healthcheck().disabled()).isTrue();
        assertThat(web("    healthcheck:\n      test: [NONE]\n").lifecycle().healthcheck().disabled()).isTrue();
    }

    @Test
    void aHealthcheckTestMustStartWithAKnownWord() {
        var error = new Fixture(dir).compose(
                "services:\n  web:\n    image: x\n    healthcheck:\n      test: [\"curl\", \"-f\"]\n").error();
        assertThat(error.message()).contains("must start with CMD, CMD-SHELL or NONE");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 5, 13));
    }

    @Test
    void deployInFull() {
        Deploy deploy = web("""
                    deploy:
                      mode: replicated
                      replicas: 3
                      endpoint_mode: vip
                      labels: [tier=front]
                      resources:
                        limits: {cpus: '0.50', memory: 50M, pids: 10}
                        reservations: {cpus: 0.25, memory: 20m}
                      placement:
                        constraints: [node.role == manager]
                        preferences:
                          - spread: node.labels.zone
                        max_replicas_per_node: 2
                      restart_policy:
                        condition: on-failure
                        delay: 5s
                        max_attempts: 3
                        window: 120s
                      update_config:
                        parallelism: 2
                        delay: 10s
                        failure_action: rollback
                        monitor: 1m
                        max_failure_ratio: 0.3
                        order: start-first
                      rollback_config:
                        parallelism: 1
                        failure_action: pause
                """).deploy();
        assertThat(deploy.mode()).isEqualTo("replicated");
        assertThat(deploy.replicas()).isEqualTo(3);
        assertThat(deploy.endpointMode()).isEqualTo("vip");
        assertThat(deploy.labels()).containsEntry("tier", "front");
        assertThat(deploy.resources().limits().cpus()).isEqualTo(0.5);
        assertThat(deploy.resources().limits().memoryBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(deploy.resources().limits().pids()).isEqualTo(10L);
        assertThat(deploy.resources().reservations().cpus()).isEqualTo(0.25);
        assertThat(deploy.resources().reservations().memoryBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(deploy.placement().constraints()).containsExactly("node.role == manager");
        assertThat(deploy.placement().preferences()).containsExactly("node.labels.zone");
        assertThat(deploy.placement().maxReplicasPerNode()).isEqualTo(2);
        assertThat(deploy.restartPolicy()).isEqualTo(new Deploy.RestartPolicy(Deploy.RestartPolicy.Condition.ON_FAILURE, Duration.ofSeconds(5), 3,
                Duration.ofSeconds(120), deploy.restartPolicy().location()));
        assertThat(deploy.updateConfig()).isEqualTo(new Deploy.UpdateConfig(2, Duration.ofSeconds(10), "rollback",
                Duration.ofMinutes(1), 0.3, "start-first", deploy.updateConfig().location()));
        assertThat(deploy.rollbackConfig().failureAction()).isEqualTo("pause");
    }

    @Test
    void deployErrors() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    deploy:
                      replicas: -1
                      mode: everywhere
                      resources:
                        limits: {memory: big}
                      restart_policy: {condition: sometimes}
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@5:17: services.web.deploy.replicas must be 0 or more, but it is -1",
                "invalid-value@6:13: services.web.deploy.mode: 'everywhere' is not one of global, global-job, "
                        + "replicated, replicated-job",
                "invalid-value@8:26: services.web.deploy.resources.limits.memory: invalid size \"big\": it is not a "
                        + "number with an optional unit; write a number of bytes, optionally followed by a unit b, "
                        + "k, m, g, t or p (1024-based, case-insensitive), such as 512, 64m, 1.5g or 2gb",
                "invalid-value@9:35: services.web.deploy.restart_policy.condition: 'sometimes' is not one of any, "
                        + "none, on-failure");
    }

    @Test
    void lifecycleHooksAreReadInOrderWithTheirLocation() {
        Service web = web("""
                    post_start:
                      - command: ./warm-up.sh --fast
                        user: root
                        privileged: true
                        environment: [MODE=start, DEBUG]
                    pre_stop:
                      - command: ["nginx", "-s", "quit"]
                        working_dir: /srv
                """);
        assertThat(web.lifecycle().postStart()).singleElement().satisfies(hook -> {
            assertThat(hook.command()).containsExactly("./warm-up.sh", "--fast");
            assertThat(hook.user()).isEqualTo("root");
            assertThat(hook.privileged()).isTrue();
            assertThat(hook.environment()).containsEntry("MODE", "start").containsEntry("DEBUG", null);
            assertThat(hook.location().line()).isEqualTo(5);
        });
        assertThat(web.lifecycle().preStop()).singleElement().satisfies(hook -> {
            assertThat(hook.command()).containsExactly("nginx", "-s", "quit");
            assertThat(hook.workingDir()).isEqualTo("/srv");
        });
    }

    @Test
    void aLifecycleHookWithoutCommandIsAnError() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: nginx
                    pre_stop:
                      - user: root
                """).errors();
        assertThat(errors).singleElement().asString().startsWith("invalid-value@5:9: services.web.pre_stop[0] has no 'command'");
    }

    @Test
    void scaleIsTheNumberOfReplicas() {
        assertThat(web("    scale: 4\n").deploy().replicas()).isEqualTo(4);
        assertThat(web("    scale: 2\n    deploy: {replicas: 2, mode: replicated}\n").deploy().mode())
                .isEqualTo("replicated");
        var error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    scale: 2\n    deploy:\n"
                + "      replicas: 3\n").error();
        assertThat(error.message()).contains("disagree");
    }

    @Test
    void labelsAnnotationsAndSysctlsInBothForms() {
        Service web = web("""
                    labels:
                      com.example.tier: front
                      empty:
                    annotations: ["a=1", "b"]
                    sysctls:
                      - net.core.somaxconn=1024
                """);
        assertThat(web.labels()).containsEntry("com.example.tier", "front").containsEntry("empty", "");
        assertThat(web.annotations()).containsEntry("a", "1").containsEntry("b", "");
        assertThat(web.security().sysctls()).containsEntry("net.core.somaxconn", "1024");
    }

    @Test
    void labelFilesAreReadAndLabelsWinOverThem() {
        Service web = new Fixture(dir).write("web.labels", "a=from-file\nb=from-file\n").compose("""
                services:
                  web:
                    image: x
                    label_file: ./web.labels
                    labels: {b: written}
                """).service("web");
        assertThat(web.labels()).containsEntry("a", "from-file").containsEntry("b", "written");
    }

    @Test
    void extraHostsInEveryForm() {
        Service list = web("    extra_hosts: [\"db:10.0.0.5\", \"v6=::1\", \"gw:host-gateway\", \"b=[fe80::1]\"]\n");
        assertThat(list.networking().extraHosts()).extracting(ExtraHost::hostname, ExtraHost::ip).containsExactly(
                tuple("db", "10.0.0.5"), tuple("v6", "::1"), tuple("gw", "host-gateway"), tuple("b", "fe80::1"));
        Service map = web("    extra_hosts:\n      db: 10.0.0.5\n      multi: [10.0.0.6, 10.0.0.7]\n");
        assertThat(map.networking().extraHosts()).extracting(ExtraHost::ip)
                .containsExactly("10.0.0.5", "10.0.0.6", "10.0.0.7");
        var error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    extra_hosts: [\"db:nowhere\"]\n")
                .error();
        assertThat(error.message()).contains("'nowhere' (for db) is not an IP address");
    }

    @Test
    void buildForms() {
        Build simple = new Fixture(dir).compose("services:\n  web:\n    build: ./app\n").service("web").build();
        assertThat(simple.context()).isEqualTo(dir.resolve("app").toString());
        assertThat(simple.dockerfile()).isEqualTo("Dockerfile");
        Service web = new Fixture(dir).env("FROM_ENV", "e").compose("""
                services:
                  web:
                    build:
                      dockerfile: Dockerfile.prod
                      target: runtime
                      args:
                        VERSION: 1.2
                        FROM_ENV:
                        UNSET:
                      tags: [web:latest]
                      cache_from: [web:cache]
                """).service("web");
        Build build = web.build();
        assertThat(build.context()).isEqualTo(dir.toString());
        assertThat(build.dockerfile()).isEqualTo("Dockerfile.prod");
        assertThat(build.target()).isEqualTo("runtime");
        assertThat(build.args()).containsExactly(java.util.Map.entry("FROM_ENV", "e"),
                java.util.Map.entry("VERSION", "1.2"));
        assertThat(build.tags()).containsExactly("web:latest");
        assertThat(web.keys()).containsKey("build.cache_from");
        Build remote = new Fixture(dir).compose("services:\n  web:\n    build: https://github.com/x/y.git#main\n")
                .service("web").build();
        assertThat(remote.context()).isEqualTo("https://github.com/x/y.git#main");
    }

    @Test
    void dependsOnForms() {
        Service web = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    depends_on:
                      db:
                        condition: service_healthy
                        restart: true
                      migrate:
                        condition: service_completed_successfully
                        required: false
                  api:
                    image: x
                    depends_on: [db]
                  db: {image: pg}
                  migrate: {image: m}
                """).service("web");
        assertThat(web.lifecycle().dependsOn().get("db")).isEqualTo(new Dependency("service_healthy", true, true,
                SourceLocation.of("compose.yaml", 5, 7)));
        assertThat(web.lifecycle().dependsOn().get("migrate").required()).isFalse();
        Service api = new Fixture(dir).service("api");
        assertThat(api.lifecycle().dependsOn().get("db")).isEqualTo(new Dependency(Dependency.STARTED, false, true,
                SourceLocation.of("compose.yaml", 13, 18)));
    }

    @Test
    void networksAsListAndMap() {
        var project = new Fixture(dir).compose("""
                services:
                  a:
                    image: x
                    networks: [front, default]
                  b:
                    image: x
                    networks:
                      front:
                        aliases: [api]
                        ipv4_address: 172.16.0.10
                        ipv6_address: "2001:db8::10"
                        priority: 100
                        mac_address: 02:42:ac:11:65:43
                      back:
                networks:
                  front:
                  back:
                """).project();
        assertThat(project.services().get("a").networking().networks()).containsOnlyKeys("default", "front");
        ServiceNetwork front = project.services().get("b").networking().networks().get("front");
        assertThat(front).isEqualTo(new ServiceNetwork(List.of("api"), "172.16.0.10", "2001:db8::10", 100,
                SourceLocation.of("compose.yaml", 8, 7)));
        assertThat(project.services().get("b").keys()).containsKey("networks.mac_address");
    }

    @Test
    void configsAndSecretsShortAndLong() {
        Service web = new Fixture(dir).write("cert.pem", "x").compose("""
                services:
                  web:
                    image: x
                    configs:
                      - app
                      - source: app
                        target: /etc/app.conf
                        mode: 0440
                    secrets:
                      - source: cert
                        uid: "103"
                        gid: "103"
                        mode: "0400"
                configs:
                  app:
                    content: "hello"
                secrets:
                  cert:
                    file: ./cert.pem
                """).service("web");
        assertThat(web.storage().configs())
                .extracting(FileReference::source, FileReference::target, FileReference::mode)
                .containsExactly(tuple("app", null, null), tuple("app", "/etc/app.conf", 0440));
        FileReference cert = web.storage().secrets().get(0);
        assertThat(cert).isEqualTo(new FileReference("cert", null, "103", "103", 0400, cert.location()));
    }

    @Test
    void profilesAreKept() {
        assertThat(new Fixture(dir).profile("debug").compose(
                "services:\n  web:\n    image: x\n    profiles: [debug, test]\n").service("web").profiles())
                .containsExactly("debug", "test");
    }

    @Test
    void everyWrittenKeyIsRecordedInOrderWithItsLocation() {
        Service web = new Fixture(dir).compose("""
                services:
                  web:
                    ulimits:
                      nofile: {soft: 1, hard: 2}
                    image: x
                    x-custom: ignored
                    logging: {driver: json-file}
                    devices: ["/dev/sda:/dev/xvda"]
                    links: [db]
                    pid: host
                    deploy:
                      resources:
                        reservations:
                          devices: [{capabilities: [gpu]}]
                  db: {image: pg}
                """).service("web");
        assertThat(web.keys().keySet()).containsExactly("ulimits", "image", "logging", "devices", "links", "pid",
                "deploy", "deploy.resources.reservations.devices");
        assertThat(web.keys().get("ulimits")).isEqualTo(SourceLocation.of("compose.yaml", 3, 5));
        assertThat(web.locationOf("pid")).isEqualTo(SourceLocation.of("compose.yaml", 10, 5));
    }
}
