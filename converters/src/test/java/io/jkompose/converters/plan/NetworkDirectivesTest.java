package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.plan.IngressPlan.Host;
import io.jkompose.converters.plan.NetworkDirectives.Type;
import io.jkompose.model.Deploy;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kompose's network label directives, read as kompose's loader reads them (pkg/loader/compose). */
class NetworkDirectivesTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private NetworkDirectives labels(String... keyValues) {
        return read(service("web", "nginx").labels(map(keyValues)).build());
    }

    private NetworkDirectives read(Service service) {
        return NetworkDirectives.read(service, diagnostics);
    }

    private List<Diagnostic> problems() {
        return diagnostics.toList();
    }

    @Test
    void serviceTypesAreCaseInsensitiveAndAnEmptyOneIsClusterIp() {
        assertThat(labels().type()).isEqualTo(Type.DEFAULT);
        assertThat(labels("kompose.service.type", "NodePort").type()).isEqualTo(Type.NODE_PORT);
        assertThat(labels("kompose.service.type", "loadbalancer").type()).isEqualTo(Type.LOAD_BALANCER);
        assertThat(labels("kompose.service.type", "headless").type()).isEqualTo(Type.HEADLESS);
        assertThat(labels("kompose.service.type", "").type()).isEqualTo(Type.CLUSTER_IP);
        assertThat(problems()).isEmpty();
    }

    @Test
    void anUnknownTypeOrPolicyIsAnError() {
        NetworkDirectives labels = labels("kompose.service.type", "external", "kompose.service.external-traffic-policy",
                "nearest");
        assertThat(labels.type()).isEqualTo(Type.DEFAULT);
        assertThat(labels.externalTrafficPolicy()).isNull();
        assertThat(problems()).extracting(Diagnostic::isError).containsExactly(true, true);
        assertThat(problems()).extracting(Diagnostic::code).containsOnly("invalid-label");
        assertThat(problems().get(0).message()).contains("'external'").contains("service 'web'");
        assertThat(problems().get(0).hint()).contains("clusterip, nodeport, loadbalancer or headless");
    }

    @Test
    void eachProblemIsReportedAtItsLabelsOwnLine() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("labels", at(5, 5));
        keys.put("labels.kompose.service.type", at(6, 7));
        keys.put("labels.kompose.service.expose.tls-secret", at(7, 7));
        keys.put("labels.kompose.controller.port.expose", at(8, 7));
        read(service("web", "nginx").keys(keys).labels(map("kompose.service.type", "public",
                "kompose.service.expose.tls-secret", "shop-tls", "kompose.controller.port.expose", "yes please",
                "kompose.service.nodeport.port", "30080")).build());
        assertThat(problems()).extracting(Diagnostic::location, d -> d.message().replaceAll("'.*", ""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at(6, 7), "label kompose.service.type "),
                        // from a label file: no line of its own, so at the labels key
                        org.assertj.core.groups.Tuple.tuple(at(5, 5), "service "),
                        org.assertj.core.groups.Tuple.tuple(at(7, 7), "service "),
                        org.assertj.core.groups.Tuple.tuple(at(8, 7), "label kompose.controller.port.expose "));
    }

    @Test
    void trafficPolicyIsWrittenAsKubernetesSpellsIt() {
        assertThat(labels("kompose.service.external-traffic-policy", "local").externalTrafficPolicy()).isEqualTo("Local");
        assertThat(labels("kompose.service.external-traffic-policy", "Cluster").externalTrafficPolicy())
                .isEqualTo("Cluster");
    }

    @Test
    void aNodePortNeedsTypeNodePortAndANumber() {
        assertThat(labels("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "30080").nodePort())
                .isEqualTo(30080);
        assertThat(problems()).isEmpty();
        NetworkDirectives withoutType = labels("kompose.service.nodeport.port", "30080");
        assertThat(withoutType.nodePort()).isNull();
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.hint()).isEqualTo("add kompose.service.type: nodeport");
        });
        labels("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "http");
        assertThat(problems()).last().satisfies(p -> assertThat(p.message()).contains("is not a port number"));
    }

    @Test
    void aNodePortOutsideTheDefaultRangeIsKeptWithAWarning() {
        NetworkDirectives labels = labels("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "8080");
        assertThat(labels.nodePort()).isEqualTo(8080);
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("30000-32767");
        });
    }

    @Test
    void exposeHostsAreSplitAtCommasWithPathsAsKomposeSplitsThem() {
        // kompose's expose case: "batman.example.com/dev,batwoman.example.com"
        assertThat(labels("kompose.service.expose", " batman.example.com/dev , ,batwoman.example.com,").exposeHosts())
                .containsExactly(new Host("batman.example.com", "/dev"), new Host("batwoman.example.com", "/"));
        assertThat(labels("kompose.service.expose", "true").exposeHosts()).containsExactly(new Host(null, "/"));
        assertThat(labels("kompose.service.expose", "Shop.Example.com/a/b").exposeHosts())
                .containsExactly(new Host("shop.example.com", "/a/b"));
        assertThat(labels("kompose.service.expose", "*.example.com").exposeHosts())
                .containsExactly(new Host("*.example.com", "/"));
    }

    @Test
    void falseOrNothingExposesNothing() {
        assertThat(labels("kompose.service.expose", "false").exposed()).isFalse();
        assertThat(labels("kompose.service.expose", " , ").exposed()).isFalse();
        assertThat(labels().exposed()).isFalse();
    }

    @Test
    void aHostAnIngressRejectsIsAnError() {
        NetworkDirectives labels = labels("kompose.service.expose", "10.0.0.1,shop_example.com,ok.example.com");
        assertThat(labels.exposeHosts()).containsExactly(new Host("ok.example.com", "/"));
        assertThat(problems()).hasSize(2).allSatisfy(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void tlsSecretAndIngressClassNeedExposeAndValidNames() {
        NetworkDirectives orphan = labels("kompose.service.expose.tls-secret", "shop-tls",
                "kompose.service.expose.ingress-class-name", "nginx");
        assertThat(orphan.tlsSecret()).isNull();
        assertThat(orphan.ingressClassName()).isNull();
        assertThat(problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("without"));

        Diagnostics clean = new Diagnostics();
        NetworkDirectives valid = NetworkDirectives.read(service("web", "nginx").labels(map("kompose.service.expose",
                "true", "kompose.service.expose.tls-secret", "true", "kompose.service.expose.ingress-class-name",
                "nginx")).build(), clean);
        assertThat(valid.tlsSecret()).isEqualTo("true");
        assertThat(valid.ingressClassName()).isEqualTo("nginx");
        assertThat(clean.toList()).isEmpty();

        labels("kompose.service.expose", "true", "kompose.service.expose.tls-secret", "My_Secret");
        assertThat(problems()).last().satisfies(p -> assertThat(p.message()).contains("is not a Secret name"));
    }

    @Test
    void portsOnHostIsABoolean() {
        assertThat(labels("kompose.controller.port.expose", "true").portsOnHost()).isTrue();
        assertThat(labels("kompose.controller.port.expose", "false").portsOnHost()).isFalse();
        assertThat(problems()).isEmpty();
        labels("kompose.controller.port.expose", "yes please");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void endpointModeDnsrrMakesAHeadlessServiceUnlessATypeIsGiven() {
        Deploy dnsrr = new Deploy(null, null, null, null, null, null, null, null, "dnsrr", at(9, 5));
        Deploy vip = new Deploy(null, null, null, null, null, null, null, null, "vip", at(9, 5));
        assertThat(read(service("a", "x").deploy(dnsrr).build()).type()).isEqualTo(Type.HEADLESS);
        assertThat(read(service("a", "x").deploy(vip).build()).type()).isEqualTo(Type.DEFAULT);
        assertThat(read(service("a", "x").deploy(dnsrr).labels(map("kompose.service.type", "nodeport")).build())
                .type()).isEqualTo(Type.NODE_PORT);
    }
}
