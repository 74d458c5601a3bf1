package io.jkompose.converters.steps;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.steps.network.NetworkLabels.IngressHost;
import io.jkompose.converters.steps.network.NetworkLabels.Problem;
import io.jkompose.converters.steps.network.NetworkLabels.ServiceType;
import io.jkompose.converters.steps.network.NetworkLabels;
import io.jkompose.model.Deploy;
import org.junit.jupiter.api.Test;

/** kompose's network label directives, read as kompose's loader reads them (pkg/loader/compose). */
class NetworkLabelsTest {

    private static NetworkLabels labels(String... keyValues) {
        return NetworkLabels.of(service("web", "nginx").labels(map(keyValues)).build());
    }

    @Test
    void serviceTypesAreCaseInsensitiveAndAnEmptyOneIsClusterIp() {
        assertThat(labels().type()).isEqualTo(ServiceType.DEFAULT);
        assertThat(labels("kompose.service.type", "NodePort").type()).isEqualTo(ServiceType.NODE_PORT);
        assertThat(labels("kompose.service.type", "loadbalancer").type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(labels("kompose.service.type", "headless").type()).isEqualTo(ServiceType.HEADLESS);
        assertThat(labels("kompose.service.type", "").type()).isEqualTo(ServiceType.CLUSTER_IP);
        assertThat(ServiceType.DEFAULT.kubernetesType()).isNull();
        assertThat(ServiceType.HEADLESS.kubernetesType()).isEqualTo("ClusterIP");
    }

    @Test
    void anUnknownTypeOrPolicyIsAnError() {
        NetworkLabels labels = labels("kompose.service.type", "external", "kompose.service.external-traffic-policy",
                "nearest");
        assertThat(labels.type()).isEqualTo(ServiceType.DEFAULT);
        assertThat(labels.externalTrafficPolicy()).isNull();
        assertThat(labels.problems()).extracting(Problem::error).containsExactly(true, true);
        assertThat(labels.problems().get(0).message()).contains("'external'").contains("service 'web'");
        assertThat(labels.problems().get(0).hint()).contains("clusterip, nodeport, loadbalancer or headless");
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
        NetworkLabels withoutType = labels("kompose.service.nodeport.port", "30080");
        assertThat(withoutType.nodePort()).isNull();
        assertThat(withoutType.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.hint()).isEqualTo("add kompose.service.type: nodeport");
        });
        assertThat(labels("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "http").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("is not a port number"));
    }

    @Test
    void aNodePortOutsideTheDefaultRangeIsKeptWithAWarning() {
        NetworkLabels labels = labels("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "8080");
        assertThat(labels.nodePort()).isEqualTo(8080);
        assertThat(labels.problems()).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.message()).contains("30000-32767");
        });
    }

    @Test
    void exposeHostsAreSplitAtCommasWithPathsAsKomposeSplitsThem() {
        // kompose's expose case: "batman.example.com/dev,batwoman.example.com"
        assertThat(labels("kompose.service.expose", " batman.example.com/dev , ,batwoman.example.com,").exposeHosts())
                .containsExactly(new IngressHost("batman.example.com", "/dev"),
                        new IngressHost("batwoman.example.com", "/"));
        assertThat(labels("kompose.service.expose", "true").exposeHosts())
                .containsExactly(new IngressHost(null, "/"));
        assertThat(labels("kompose.service.expose", "Shop.Example.com/a/b").exposeHosts())
                .containsExactly(new IngressHost("shop.example.com", "/a/b"));
        assertThat(labels("kompose.service.expose", "*.example.com").exposeHosts())
                .containsExactly(new IngressHost("*.example.com", "/"));
    }

    @Test
    void falseOrNothingExposesNothing() {
        assertThat(labels("kompose.service.expose", "false").exposed()).isFalse();
        assertThat(labels("kompose.service.expose", " , ").exposed()).isFalse();
        assertThat(labels().exposed()).isFalse();
    }

    @Test
    void aHostAnIngressRejectsIsAnError() {
        NetworkLabels labels = labels("kompose.service.expose", "10.0.0.1,shop_example.com,ok.example.com");
        assertThat(labels.exposeHosts()).containsExactly(new IngressHost("ok.example.com", "/"));
        assertThat(labels.problems()).hasSize(2).allSatisfy(p -> assertThat(p.error()).isTrue());
    }

    @Test
    void tlsSecretAndIngressClassNeedExposeAndValidNames() {
        NetworkLabels orphan = labels("kompose.service.expose.tls-secret", "shop-tls",
                "kompose.service.expose.ingress-class-name", "nginx");
        assertThat(orphan.tlsSecret()).isNull();
        assertThat(orphan.ingressClassName()).isNull();
        assertThat(orphan.problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("without"));

        NetworkLabels valid = labels("kompose.service.expose", "true", "kompose.service.expose.tls-secret", "true",
                "kompose.service.expose.ingress-class-name", "nginx");
        assertThat(valid.tlsSecret()).isEqualTo("true");
        assertThat(valid.ingressClassName()).isEqualTo("nginx");
        assertThat(valid.problems()).isEmpty();

        assertThat(labels("kompose.service.expose", "true", "kompose.service.expose.tls-secret", "My_Secret").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("is not a Secret name"));
    }

    @Test
    void portsOnHostIsABoolean() {
        assertThat(labels("kompose.controller.port.expose", "true").portsOnHost()).isTrue();
        assertThat(labels("kompose.controller.port.expose", "false").portsOnHost()).isFalse();
        assertThat(labels("kompose.controller.port.expose", "yes please").problems()).singleElement()
                .satisfies(p -> assertThat(p.error()).isTrue());
    }

    @Test
    void endpointModeDnsrrMakesAHeadlessServiceUnlessATypeIsGiven() {
        Deploy dnsrr = new Deploy(null, null, null, null, null, null, null, null, "dnsrr", at(9, 5));
        Deploy vip = new Deploy(null, null, null, null, null, null, null, null, "vip", at(9, 5));
        assertThat(NetworkLabels.of(service("a", "x").deploy(dnsrr).build()).type()).isEqualTo(ServiceType.HEADLESS);
        assertThat(NetworkLabels.of(service("a", "x").deploy(vip).build()).type()).isEqualTo(ServiceType.DEFAULT);
        assertThat(NetworkLabels.of(service("a", "x").deploy(dnsrr)
                .labels(map("kompose.service.type", "nodeport")).build()).type()).isEqualTo(ServiceType.NODE_PORT);
    }
}
