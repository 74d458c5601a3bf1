package io.jkompose.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServiceTest {

    private static final SourceLocation AT = SourceLocation.of("compose.yaml", 3, 5);

    /** Every setter of the builder given a value that is neither null nor empty. */
    private static Service everything() {
        return Service.builder("web")
                .location(AT)
                .keys(Map.of("image", AT))
                .image("nginx")
                .build(new Build(".", "Dockerfile", null, null, null, AT))
                .pullPolicy("always")
                .platform("linux/arm64")
                .containerName("web-1")
                .runtime("runsc")
                .profiles(List.of("debug"))
                .labels(new TreeMap<>(Map.of("a", "b")))
                .annotations(new TreeMap<>(Map.of("c", "d")))
                .deploy(new Deploy("replicated", 2, null, null, null, null, null, null, null, AT))
                .command(List.of("run"))
                .entrypoint(List.of("/bin/sh", "-c"))
                .workingDir("/srv")
                .environment(new TreeMap<>(Map.of("X", new EnvVar("X", "1", AT))))
                .envFiles(List.of(new EnvFile(Path.of("/p/.env"), ".env", true, null, null, AT)))
                .stdinOpen(true)
                .tty(true)
                .init(true)
                .memLimit(1L)
                .memReservation(2L)
                .cpus(0.5)
                .pidsLimit(3L)
                .shmSize(4L)
                .ports(List.of(new PortMapping(null, 80, "8080", null, "tcp", null, null, AT)))
                .expose(List.of(new ExposedPort(9000, "tcp", AT)))
                .externalPorts(List.of(new PortMapping(null, 443, "443", null, "tcp", null, null, AT)))
                .hostname("web")
                .domainname("example.org")
                .networkMode("bridge")
                .networks(new TreeMap<>(Map.of("front", new ServiceNetwork(null, null, null, null, AT))))
                .dns(List.of("8.8.8.8"))
                .dnsSearch(List.of("example.org"))
                .dnsOpt(List.of("ndots:2"))
                .extraHosts(List.of(new ExtraHost("db", "10.0.0.2", AT)))
                .user("1000")
                .groupAdd(List.of("audio"))
                .privileged(true)
                .readOnly(true)
                .capAdd(List.of("NET_ADMIN"))
                .capDrop(List.of("ALL"))
                .securityOpt(List.of("no-new-privileges"))
                .sysctls(new TreeMap<>(Map.of("net.core.somaxconn", "1024")))
                .dependsOn(new TreeMap<>(Map.of("db", new Dependency(Dependency.STARTED, false, true, AT))))
                .healthcheck(new Healthcheck(List.of("CMD", "true"), null, null, null, null, 3, false, AT))
                .restart(Restart.onFailure(3))
                .postStart(List.of(new LifecycleHook(List.of("echo"), null, null, null, null, AT)))
                .preStop(List.of(new LifecycleHook(List.of("sleep", "5"), null, null, null, null, AT)))
                .stopSignal("SIGINT")
                .stopGracePeriod(Duration.ofSeconds(5))
                .volumes(List.of(ServiceVolume.volume("data", "/data")))
                .tmpfs(List.of("/run"))
                .configs(List.of(new FileReference("app", "/app.conf", null, null, null, AT)))
                .secrets(List.of(new FileReference("key", null, null, null, null, AT)))
                .scratchVolumes(List.of(new ScratchVolume("cache", "/cache", null, false, AT)))
                .build();
    }

    @Test
    void eachSetterReachesItsComponentAndToBuilderKeepsThemAll() throws Exception {
        Service service = everything();
        List<String> unset = new ArrayList<>();
        unset(service, "", unset);
        assertThat(unset).as("components the builder left unset").isEmpty();
        assertThat(service.toBuilder().build()).isEqualTo(service);
    }

    @Test
    void groupsAreNeverNullAndEmptyWhenNothingOfThemIsSet() {
        Service bare = Service.builder("web").image("nginx").build();
        assertThat(bare.process()).isEqualTo(ServiceProcess.EMPTY);
        assertThat(bare.resources()).isEqualTo(ServiceResources.EMPTY);
        assertThat(bare.networking()).isEqualTo(ServiceNetworking.EMPTY);
        assertThat(bare.security()).isEqualTo(ServiceSecurity.EMPTY);
        assertThat(bare.lifecycle()).isEqualTo(ServiceLifecycle.EMPTY);
        assertThat(bare.storage()).isEqualTo(ServiceStorage.EMPTY);
        Service direct = new Service("web", null, null, "nginx", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(direct).isEqualTo(bare);
        assertThat(bare.process().command()).as("unset, not empty: the image's command").isNull();
        assertThat(bare.storage().volumes()).isEmpty();
    }

    private static void unset(Record record, String prefix, List<String> unset) throws Exception {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            String name = prefix + component.getName();
            if (value instanceof Record group && group.getClass().getSimpleName().startsWith("Service")) {
                unset(group, name + ".", unset);
            } else if (value == null || (value instanceof Collection<?> c && c.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty())) {
                unset.add(name);
            }
        }
    }
}
