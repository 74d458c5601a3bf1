package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.env;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
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
            services.add(builder.build());
        }
        return project("many", services.toArray(Service[]::new));
    }

    private record Planned(Map<String, NetworkPlan> networks, HostNames hostNames, List<Diagnostic> diagnostics) {
    }

    private static Planned plan(Project project, int parallelFrom) {
        Diagnostics diagnostics = new Diagnostics();
        ProjectPlan plan = Planner.plan(project, DEFAULTS, InMemoryFiles.none(), diagnostics, parallelFrom);
        Map<String, NetworkPlan> networks = new LinkedHashMap<>();
        plan.servicePlans().forEach(service -> networks.put(service.service().name(), service.network()));
        return new Planned(networks, plan.hostNames(), diagnostics.toList());
    }

    @Test
    void aProjectPlannedOnSeveralThreadsGivesWhatOneThreadGives() {
        Project project = manyServices();

        Planned oneThread = plan(project, Integer.MAX_VALUE);
        Planned severalThreads = plan(project, 1);

        assertThat(oneThread.diagnostics()).extracting(Diagnostic::message).as("what the project makes the plan say")
                .anySatisfy(message -> assertThat(message)
                        .contains("the Kubernetes Service of 'hub' serves ports 2001, which svc-1 "))
                .anySatisfy(message -> assertThat(message).contains("its Kubernetes Service is headless"))
                .anySatisfy(message -> assertThat(message).contains("which its healthcheck checks on localhost"))
                .anySatisfy(message -> assertThat(message).contains("where image postgres listens"))
                .anySatisfy(message -> assertThat(message).contains("its container port (published as"))
                .anySatisfy(message -> assertThat(message)
                        .contains("reaches 'svc_12' in its environment PEER, which is rewritten to 'svc-12'"));
        assertThat(oneThread.networks().get("hub").services()).extracting(PlannedService::name)
                .containsExactly("hub", "hub-a", "hub-b");
        assertThat(severalThreads.networks()).containsExactlyEntriesOf(oneThread.networks());
        assertThat(severalThreads.hostNames()).isEqualTo(oneThread.hostNames());
        assertThat(severalThreads.diagnostics()).isEqualTo(oneThread.diagnostics());
    }
}
