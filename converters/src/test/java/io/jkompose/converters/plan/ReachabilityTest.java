package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.environment;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Project;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    private static final ConvertOptions DEFAULTS = ConvertOptions.defaults().withKomposeAnnotation(false, "", "");

    private final Diagnostics diagnostics = new Diagnostics();

    private ProjectPlan plan(Project project, ConvertOptions options) {
        return Planner.plan(project, options, InMemoryFiles.none(), diagnostics);
    }

    private static List<PlannedService> services(ProjectPlan plan, String service) {
        return plan.service(service).network().services();
    }

    private static List<Integer> ports(PlannedService service) {
        return service.ports().stream().map(PlannedPort::port).toList();
    }

    @Test
    void aServiceWithoutPortsIsReachedOnThePortsOthersUseInUrlsAndHostPorts() {
        Project project = project("p",
                service("api", "example/api").environment(environment(
                        "DATABASE_URL", "postgres://app:s3cr3t@db:5432/app",
                        "CACHE", "cache:6379",
                        "SEARCH", "http://search/")).build(),
                service("db", "example/db").build(),
                service("cache", "example/cache").build(),
                service("search", "example/search").build());
        ProjectPlan plan = plan(project, DEFAULTS);
        assertThat(services(plan, "db")).singleElement().satisfies(db -> {
            assertThat(db.name()).isEqualTo("db");
            assertThat(db.headless()).isFalse();
            assertThat(ports(db)).containsExactly(5432);
            assertThat(db.ports().get(0).targetPort()).isEqualTo(5432);
        });
        assertThat(services(plan, "cache")).singleElement().satisfies(cache -> assertThat(ports(cache))
                .containsExactly(6379));
        // a URL without a port uses its scheme's
        assertThat(services(plan, "search")).singleElement().satisfies(search -> assertThat(ports(search))
                .containsExactly(80));
        assertThat(diagnostics.all()).filteredOn(d -> d.code().equals("implicit-port"))
                .extracting(Diagnostic::severity).containsOnly(Severity.INFO);
        assertThat(diagnostics.all()).extracting(Diagnostic::message)
                .anySatisfy(message -> assertThat(message).contains("the Kubernetes Service of 'db' serves port 5432")
                        .contains("which api (environment DATABASE_URL) uses"));
    }

    @Test
    void withoutAnyKnownPortTheHealthcheckThenTheImageDecideElseTheServiceIsHeadless() {
        Healthcheck check = new Healthcheck(List.of("CMD-SHELL", "curl -f http://localhost:8081/health"), null,
                null, null, null, null, false, null);
        Project project = project("p",
                service("checked", "example/app").healthcheck(check).build(),
                service("db", "docker.io/library/postgres:16-alpine").build(),
                service("worker", "example/worker").build());
        ProjectPlan plan = plan(project, DEFAULTS);
        assertThat(ports(services(plan, "checked").get(0))).containsExactly(8081);
        assertThat(ports(services(plan, "db").get(0))).containsExactly(5432);
        assertThat(services(plan, "worker")).singleElement().satisfies(worker -> {
            assertThat(worker.headless()).isTrue();
            assertThat(worker.ports()).isEmpty();
        });
    }

    @Test
    void aPublishedPortKeepsKomposesServicePortAndTheContainerPortIsAdded() {
        Project project = project("p", service("web", "nginx").ports(List.of(port(8080, 80))).build());
        PlannedService web = services(plan(project, DEFAULTS), "web").get(0);
        assertThat(web.ports()).extracting(PlannedPort::port, PlannedPort::targetPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8080, 80),
                        org.assertj.core.groups.Tuple.tuple(80, 80));
        assertThat(web.ports()).extracting(PlannedPort::name).doesNotHaveDuplicates();
    }

    @Test
    void namesOthersUseBesidesTheServiceNameGetServicesOfTheirOwn() {
        TreeMap<String, ServiceNetwork> networks = new TreeMap<>(Map.of("back",
                new ServiceNetwork(List.of("database", "Bad_Alias"), null, null, null, null)));
        Project project = project("p",
                service("app", "example/app").environment(environment("DB", "database:5432", "OTHER",
                        "pg-main:5432", "BAD", "Bad_Alias:5432")).build(),
                service("db", "postgres").containerName("pg-main").networks(networks).build());
        ProjectPlan plan = plan(project, DEFAULTS);
        assertThat(services(plan, "db")).extracting(PlannedService::name).containsExactly("db", "database", "pg-main");
        assertThat(services(plan, "db")).allSatisfy(db -> {
            assertThat(ports(db)).containsExactly(5432);
            assertThat(db.selector()).isEqualTo(plan.service("db").selectorLabels());
        });
        assertThat(diagnostics.all()).extracting(Diagnostic::code).contains("unreachable-name");
    }

    @Test
    void aServiceOutsideTheComposeNetworksAndAServiceTalkingToItselfGetNothingMore() {
        Project project = project("p",
                service("host", "example/agent").networkMode("host").build(),
                service("self", "example/self").environment(environment("ME", "self:9000")).build());
        ProjectPlan plan = plan(project, DEFAULTS);
        assertThat(services(plan, "host")).isEmpty();
        assertThat(services(plan, "self")).singleElement().satisfies(self -> assertThat(self.ports()).isEmpty());
    }

    @Test
    void withoutImplicitServicesOnlyPortsAndExposeMakeServices() {
        ConvertOptions kompose = DEFAULTS.withNetwork(DEFAULTS.network().withImplicitServices(false));
        Project project = project("p",
                service("api", "example/api").environment(environment("DB", "db:5432")).build(),
                service("db", "postgres").build(),
                service("web", "nginx").ports(List.of(port(8080, 80))).build());
        ProjectPlan plan = plan(project, kompose);
        assertThat(services(plan, "db")).isEmpty();
        assertThat(ports(services(plan, "web").get(0))).containsExactly(8080);
        assertThat(diagnostics.all()).isEmpty();
    }
}
