package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.env;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.ProviderOptions;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The parts of the plan done on several threads for a large project give what one thread gives. */
class ParallelPlanTest {

    private static final ConvertOptions DEFAULTS = ConvertOptions.defaults().withKomposeAnnotation(false, "", "");

    private static final int SERVICES = Planner.PARALLEL_FROM + 60;

    /** A service's name: every fourth has an underscore, so that its Service is renamed and its users told. */
    private static String name(int i) {
        return (i % 4 == 0 ? "svc_" : "svc-") + i;
    }

    /**
     * Services that reach each other: a hub under its name and two aliases on 40 ports, each even
     * service its successor on a port, every tenth one two further on by name alone (a headless
     * Service); besides, healthchecks, a well-known image, published ports and host networking.
     */
    private static Project manyServices() {
        List<Service> services = new ArrayList<>();
        services.add(service("hub", "example/hub").location(at(1, 3))
                .networks(new TreeMap<>(Map.of("back", new ServiceNetwork(List.of("hub-a", "hub-b"), null, null, null,
                        null))))
                .build());
        for (int i = 0; i < SERVICES; i++) {
            SortedMap<String, EnvVar> environment = new TreeMap<>();
            String hub = List.of("hub", "hub-a", "hub-b").get(i % 3);
            environment.put("HUB", env("HUB", "http://" + hub + ":" + (2000 + i % 40) + "/api"));
            if (i % 2 == 0) {
                environment.put("NEXT", env("NEXT", name((i + 1) % SERVICES) + ":" + (3000 + i % 7)));
            }
            if (i % 10 == 0) {
                environment.put("PEER", env("PEER", name((i + 2) % SERVICES)));
            }
            if (i % 30 == 20) {
                environment.put("COMMON", env("COMMON", "http://common:7000/"));
                environment.put("TWELVE", env("TWELVE", "svc-12:7000"));
            }
            Service.Builder builder = service(name(i), i % 10 == 6 ? "postgres:16" : "example/app-" + i)
                    .location(at(10 + i, 3)).environment(environment);
            if (i % 10 == 4) {
                builder.healthcheck(new Healthcheck(List.of("CMD-SHELL", "curl -f http://localhost:" + (8000 + i)
                        + "/health"), null, null, null, null, null, false, null));
            }
            if (i % 10 == 8) {
                builder.ports(List.of(port(9000 + i, 80)));
            }
            if (i % 25 == 11) {
                builder.networkMode("host");
            }
            List<ServiceVolume> volumes = new ArrayList<>();
            if (i % 7 == 3) {
                volumes.add(volume(ServiceVolume.Type.VOLUME, "shared", "/data", false));
            }
            if (i % 13 == 5) {
                volumes.add(volume(ServiceVolume.Type.BIND, "/work/many/conf/app.conf", "/etc/app.conf", true));
            }
            builder.volumes(volumes);
            if (i % 30 == 9) {
                // the same alias on six services, which others reach: the first to ask for a name has it; and
                // svc_12's Kubernetes name, which is taken
                builder.networks(new TreeMap<>(Map.of("back", new ServiceNetwork(List.of("common", "svc-12"), null,
                        null, null, null))));
            }
            services.add(builder.build());
        }
        // read once, its two wrong labels said once, at the first service that mounts it
        Volume shared = new Volume("shared", null, null, new TreeMap<>(), false,
                new TreeMap<>(Map.of(KomposeLabels.VOLUME_SIZE, "-1", "jkompose.volume.access-mode", "sometimes")),
                at(5000, 3));
        return project("many", Map.of("shared", shared), Map.of(), services.toArray(Service[]::new));
    }

    private static InMemoryFiles files() {
        return InMemoryFiles.none().file(Path.of("/work/many/conf/app.conf"), "listen 8080\n");
    }

    private record Planned(Map<String, ServicePlan> plans, HostNames hostNames, List<Diagnostic> diagnostics) {
    }

    private static Planned plan(Project project, ConvertOptions options, int parallelFrom) {
        Diagnostics diagnostics = new Diagnostics();
        ProjectPlan plan = Planner.plan(project, options, files(), diagnostics, parallelFrom);
        Map<String, ServicePlan> plans = new LinkedHashMap<>();
        plan.servicePlans().forEach(service -> plans.put(service.service().name(), service));
        return new Planned(plans, plan.hostNames(), diagnostics.toList());
    }

    @Test
    void aProjectPlannedOnSeveralThreadsGivesWhatOneThreadGives() {
        Project project = manyServices();

        Planned oneThread = plan(project, DEFAULTS, Integer.MAX_VALUE);
        Planned severalThreads = plan(project, DEFAULTS, 1);

        assertThat(oneThread.diagnostics()).extracting(Diagnostic::message).as("what the project makes the plan say")
                .anySatisfy(message -> assertThat(message)
                        .contains("the Kubernetes Service of 'hub' serves ports 2001, which svc-1 "))
                .anySatisfy(message -> assertThat(message).contains("its Kubernetes Service is headless"))
                .anySatisfy(message -> assertThat(message).contains("which its healthcheck checks on localhost"))
                .anySatisfy(message -> assertThat(message).contains("where image postgres listens"))
                .anySatisfy(message -> assertThat(message).contains("its container port (published as"))
                .anySatisfy(message -> assertThat(message)
                        .contains("reaches 'svc_12' in its environment PEER, which is rewritten to 'svc-12'"));
        assertThat(oneThread.diagnostics()).extracting(Diagnostic::message).as("said once per conversion")
                .filteredOn(message -> message.contains("volume 'shared'")).hasSize(3)
                .anySatisfy(message -> assertThat(message).startsWith("volume 'shared' is mounted by the pods of 23 "
                        + "workloads"));
        assertThat(oneThread.plans().values()).as("the alias taken by the first service asking for it")
                .filteredOn(plan -> plan.network().services().stream().anyMatch(s -> s.name().equals("common")))
                .extracting(plan -> plan.service().name()).containsExactly("svc-129");
        assertThat(oneThread.diagnostics()).extracting(Diagnostic::message)
                .filteredOn(message -> message.contains("as 'svc-12'")).containsExactly("other services reach 'svc-129' "
                        + "as 'svc-12', which another Kubernetes Service is named; that name does not resolve in the "
                        + "cluster");
        assertThat(oneThread.plans().get("hub").network().services()).extracting(PlannedService::name)
                .containsExactly("hub", "hub-a", "hub-b");
        assertThat(oneThread.plans().get("svc-5").storage().mounts()).singleElement()
                .isInstanceOf(MountPlan.ProjectFiles.class);

        assertSamePlans(severalThreads, oneThread);
        assertThat(severalThreads.hostNames()).isEqualTo(oneThread.hostNames());
        assertThat(severalThreads.diagnostics()).isEqualTo(oneThread.diagnostics());
    }

    @Test
    void theDeploymentConfigWarningIsSaidOnceAtTheFirstServiceOnSeveralThreadsToo() {
        Project project = manyServices();
        ConvertOptions openShift = DEFAULTS.withPlatform(ProviderOptions.openShift());

        Planned oneThread = plan(project, openShift, Integer.MAX_VALUE);
        Planned severalThreads = plan(project, openShift, 1);

        assertThat(oneThread.diagnostics()).filteredOn(d -> d.message().contains("runs as a DeploymentConfig"))
                .singleElement().satisfies(d -> assertThat(d.message()).startsWith("service 'hub' "));
        assertSamePlans(severalThreads, oneThread);
        assertThat(severalThreads.diagnostics()).isEqualTo(oneThread.diagnostics());
    }

    /** The same plans in the same order (the files a plan carries compared by their content). */
    private static void assertSamePlans(Planned actual, Planned expected) {
        assertThat(actual.plans().keySet()).containsExactlyElementsOf(expected.plans().keySet());
        assertThat(actual.plans()).usingRecursiveComparison().isEqualTo(expected.plans());
    }
}
