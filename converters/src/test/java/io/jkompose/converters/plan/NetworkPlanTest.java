package io.jkompose.converters.plan;

import io.jkompose.converters.testing.Fixtures;
import io.jkompose.converters.testing.InMemoryFiles;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the plan decides about how each service is reached, before any object is built. */
class NetworkPlanTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    private final Diagnostics diagnostics = new Diagnostics();

    private ProjectPlan plan(Project project, ConvertOptions options) {
        return Planner.plan(project, options, InMemoryFiles.none(), diagnostics);
    }

    private NetworkPlan network(Service service) {
        return plan(project("p", service), OPTIONS).service(service.name()).network();
    }

    private static Service.Builder statefulSet(String name) {
        return service(name, "img").labels(map("kompose.controller.type", "statefulset"));
    }

    @Test
    void aServiceWithPortsGetsOneServiceOfItsPortsSelectingItsPods() {
        NetworkPlan network = network(service("web", "nginx").ports(List.of(port(8080, 80))).build());
        assertThat(network.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("web");
            assertThat(s.role()).isEqualTo(PlannedService.Role.PORTS);
            assertThat(s.kubernetesType()).isNull(); // kompose writes no type without the label
            assertThat(s.headless()).isFalse();
            assertThat(s.governing()).isFalse();
            assertThat(s.selector()).containsExactly(Map.entry("io.kompose.service", "web"));
            assertThat(s.ports()).containsExactly(new PlannedPort("8080", 8080, 80, "TCP", null, null));
        });
        assertThat(network.governingService()).isNull();
        assertThat(network.firstTcpPort()).isEqualTo(new ServiceEndpoint("web", 8080, 80));
        assertThat(network.openPorts()).containsExactly(new NetworkPlan.OpenPort(80, "TCP"));
        assertThat(network.ingress()).isNull();
        assertThat(network.sharesPodOf()).isNull();
        assertThat(diagnostics.toList()).isEmpty();
    }

    @Test
    void noPortsNoService() {
        assertThat(network(service("worker", "busybox").build()).services()).isEmpty();
    }

    @Test
    void theServiceOfAStatefulSetIsPlannedHeadlessAndGovernsIt() {
        NetworkPlan network = network(statefulSet("db").ports(List.of(port(5432, 5432))).build());
        assertThat(network.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("db");
            assertThat(s.role()).isEqualTo(PlannedService.Role.PORTS);
            assertThat(s.kubernetesType()).isEqualTo("ClusterIP"); // written out, as kompose makes it
            assertThat(s.headless()).isTrue();
            assertThat(s.governing()).isTrue();
            assertThat(s.annotated()).isTrue();
            assertThat(s.ports()).extracting(PlannedPort::port).containsExactly(5432);
        });
        assertThat(network.governingService()).isEqualTo("db");
    }

    @Test
    void aNodePortStatefulSetGetsAHeadlessGoverningServiceBesideIt() {
        NetworkPlan network = network(statefulSet("front").ports(List.of(port(80, 80)))
                .labels(map("kompose.controller.type", "statefulset", "kompose.service.type", "nodeport")).build());
        assertThat(network.services()).extracting(PlannedService::name, PlannedService::role,
                PlannedService::kubernetesType, PlannedService::headless, PlannedService::governing)
                .containsExactly(
                        tuple("front", PlannedService.Role.PORTS, "NodePort", false, false),
                        tuple("front-headless", PlannedService.Role.GOVERNING, "ClusterIP", true, true));
        PlannedService governing = network.services().get(1);
        assertThat(governing.ports()).isEmpty();
        assertThat(governing.annotated()).isFalse();
        assertThat(governing.selector()).containsExactly(Map.entry("io.kompose.service", "front"));
        assertThat(network.governingService()).isEqualTo("front-headless");
        // the governing Service has no port: what others connect to is the NodePort's
        assertThat(network.firstTcpPort()).isEqualTo(new ServiceEndpoint("front", 80, 80));
    }

    @Test
    void aStatefulSetWithoutPortsIsGovernedByAHeadlessServiceOfItsName() {
        NetworkPlan network = network(statefulSet("worker").build());
        assertThat(network.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("worker");
            assertThat(s.role()).isEqualTo(PlannedService.Role.GOVERNING);
            assertThat(s.headless()).isTrue();
        });
        assertThat(network.firstTcpPort()).isNull();
    }

    @Test
    void aSplitLoadBalancerOfAStatefulSetIsGovernedByAnotherService() {
        NetworkPlan network = network(statefulSet("dns").labels(map("kompose.controller.type", "statefulset",
                "kompose.service.type", "loadbalancer")).ports(List.of(port("53", 53, "udp"), port(8080, 8080))).build());
        assertThat(network.services()).extracting(PlannedService::name)
                .containsExactly("dns-tcp", "dns-udp", "dns-headless");
        assertThat(network.governingService()).isEqualTo("dns-headless");
    }

    @Test
    void headlessWithoutPortsHasKomposesPlaceholderWhichNothingConnectsTo() {
        NetworkPlan network = network(service("redis", "redis").labels(map("kompose.service.type", "headless")).build());
        assertThat(network.services()).singleElement().satisfies(s -> {
            assertThat(s.kubernetesType()).isNull();
            assertThat(s.headless()).isTrue();
            assertThat(s.ports()).singleElement().satisfies(p -> assertThat(p.placeholder()).isTrue());
        });
        assertThat(network.firstTcpPort()).isNull();
    }

    @Test
    void labelProblemsAreReportedAtTheLabelsOwnLine() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("image", at(3, 5));
        keys.put("ports", at(4, 5));
        keys.put("labels", at(7, 5));
        keys.put("labels.kompose.service.type", at(8, 7));
        keys.put("labels.kompose.service.nodeport.port", at(9, 7));
        keys.put("labels.kompose.service.external-traffic-policy", at(10, 7));
        network(service("web", "nginx").keys(keys).ports(List.of(port(80, 80), port(443, 443)))
                .labels(map("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "30080",
                        "kompose.service.external-traffic-policy", "nearest")).build());
        assertThat(diagnostics.inSourceOrder()).extracting(Diagnostic::location, Diagnostic::isError).containsExactly(
                tuple(at(9, 7), true),   // a node port for two ports
                tuple(at(10, 7), true)); // not a traffic policy
    }

    @Test
    void labelsAskingForAServiceWithoutPortsAreReportedAtTheFirstOfThem() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("labels", at(4, 5));
        keys.put("labels.kompose.service.expose", at(5, 7));
        keys.put("labels.kompose.service.type", at(6, 7));
        NetworkPlan network = network(service("worker", "busybox").keys(keys)
                .labels(map("kompose.service.type", "nodeport", "kompose.service.expose", "true")).build());
        assertThat(network.services()).isEmpty();
        assertThat(network.ingress()).isNull();
        assertThat(diagnostics.toList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unconverted-label");
            assertThat(d.location()).isEqualTo(at(6, 7)); // kompose.service.type comes first in the message
            assertThat(d.message()).contains("kompose.service.type, kompose.service.expose");
        });
    }

    @Test
    void theIngressIsPlannedWithItsBackend() {
        NetworkPlan network = network(service("dns", "coredns").labels(map("kompose.service.type", "loadbalancer",
                "kompose.service.expose", "dns.example.com,dns.example.com/api,true",
                "kompose.service.expose.tls-secret", "dns-tls"))
                .ports(List.of(port("53", 53, "udp"), port(8080, 8080))).build());
        IngressPlan ingress = network.ingress();
        assertThat(ingress.name()).isEqualTo("dns");
        assertThat(ingress.backend()).isEqualTo(new ServiceEndpoint("dns-tcp", 8080, 8080));
        assertThat(ingress.rules()).containsExactly(new IngressPlan.Rule("dns.example.com", List.of("/", "/api")),
                new IngressPlan.Rule(null, List.of("/")));
        assertThat(ingress.tls()).isEqualTo(new IngressPlan.Tls(List.of("dns.example.com"), "dns-tls"));
    }

    @Test
    void anIngressWithoutATcpPortIsReportedAtTheExposeLabel() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("labels", at(4, 5));
        keys.put("labels.kompose.service.expose", at(5, 7));
        NetworkPlan network = network(service("dns", "coredns").keys(keys).ports(List.of(port("53", 53, "udp")))
                .labels(map("kompose.service.expose", "dns.example.com")).build());
        assertThat(network.ingress()).isNull();
        assertThat(diagnostics.toList()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(at(5, 7));
            assertThat(d.message()).contains("no TCP port");
        });
    }

    @Test
    void exposedPortsAreOpenToAllOnlyWhenSomethingFromOutsidePointsAtThem() {
        List<ExposedPort> expose = List.of(new ExposedPort(9000, "tcp", at(4, 9)));
        assertThat(network(service("api", "api").expose(expose).build()).openPorts()).isEmpty();
        assertThat(network(service("api", "api").expose(expose).labels(map("kompose.service.type", "nodeport"))
                .build()).openPorts()).containsExactly(new NetworkPlan.OpenPort(9000, "TCP"));
    }

    @Test
    void portsOnHostIsPlanned() {
        assertThat(network(service("web", "nginx").labels(map("kompose.controller.port.expose", "true")).build())
                .portsOnHost()).isTrue();
    }

    @Test
    void aServiceSharingAnotherOnesNetworkJoinsItsPodAndItsServicesSelectThatPod() {
        Project project = project("p",
                service("vpn", "vpn").ports(List.of(port(1194, 1194))).build(),
                service("app", "app").networkMode("service:proxy").ports(List.of(port(8080, 8080))).build(),
                service("proxy", "proxy").networkMode("service:vpn").build());
        ProjectPlan plan = plan(project, OPTIONS);
        NetworkPlan app = plan.service("app").network();
        assertThat(app.sharesPodOf()).isEqualTo("vpn"); // followed to the end of the chain
        assertThat(app.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("app");
            assertThat(s.labels()).containsExactly(Map.entry("io.kompose.service", "app"));
            assertThat(s.selector()).containsExactly(Map.entry("io.kompose.service", "vpn"));
        });
        assertThat(plan.service("proxy").network().sharesPodOf()).isEqualTo("vpn");
        assertThat(plan.service("vpn").network().sharesPodOf()).isNull();
        assertThat(diagnostics.toList()).isEmpty();
    }

    @Test
    void aBrokenChainOfSharedNetworksIsReportedOnceAtNetworkMode() {
        Map<String, SourceLocation> keys = Map.of("image", at(3, 5), "network_mode", at(4, 5));
        Project project = project("p",
                service("a", "x").keys(keys).networkMode("service:b").build(),
                service("b", "x").networkMode("service:a").build(),
                service("c", "x").keys(keys).networkMode("service:missing").ports(List.of(port(80, 80))).build());
        ProjectPlan plan = plan(project, OPTIONS);
        assertThat(plan.servicePlans()).allSatisfy(service -> assertThat(service.network().sharesPodOf()).isNull());
        assertThat(plan.service("c").network().services()).singleElement()
                .satisfies(s -> assertThat(s.selector()).containsExactly(Map.entry("io.kompose.service", "c")));
        assertThat(diagnostics.toList()).extracting(Diagnostic::location, d -> d.message().replaceAll(" names.*", ""))
                .containsExactly(
                        tuple(at(4, 5), "network_mode 'service:b' of service 'a'"),
                        tuple(at(2, 3), "network_mode 'service:a' of service 'b'"),
                        tuple(at(4, 5), "network_mode 'service:missing' of service 'c'"));
    }

    @Test
    void joiningAGroupMemberJoinsTheGroupsPod() {
        ConvertOptions grouped = OPTIONS.withWorkloads(OPTIONS.workloads().withGroups(GroupMode.LABEL, null));
        Project project = project("p",
                service("a", "x").labels(map("kompose.service.group", "pod")).build(),
                service("b", "x").labels(map("kompose.service.group", "pod")).build(),
                service("c", "x").networkMode("service:b").ports(List.of(port(80, 80))).build());
        ProjectPlan plan = plan(project, grouped);
        assertThat(plan.service("c").network().sharesPodOf()).isEqualTo("a"); // the group's first member
        assertThat(plan.service("c").network().services().get(0).selector())
                .containsExactly(Map.entry("io.kompose.service", "pod"));
    }

    @Test
    void thePlanFollowsTheNetworkKeysAndLabels() {
        assertThat(Planner.handledKeys()).contains("ports", "expose", "deploy.endpoint_mode", "network_mode");
        assertThat(Planner.handledLabels()).contains("kompose.service.type", "kompose.service.nodeport.port",
                "kompose.service.external-traffic-policy", "kompose.service.expose",
                "kompose.service.expose.tls-secret", "kompose.service.expose.ingress-class-name",
                "kompose.controller.port.expose", "kompose.service.name_override");
    }
}
