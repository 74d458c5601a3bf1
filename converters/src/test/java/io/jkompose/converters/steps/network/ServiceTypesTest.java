package io.jkompose.converters.steps.network;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kompose.service.* labels: the Service's type, its node port and traffic policy, and the Ingress. */
class ServiceTypesTest {

    private static ServiceContext convert(Service service) {
        return Contexts.run(Contexts.of(service), new KubernetesServiceStep(), new IngressStep());
    }

    private static Service.Builder web(String... labels) {
        return service("web", "nginx").keys(keys("image", "ports", "labels")).ports(List.of(port(80, 80)))
                .labels(map(labels));
    }

    @Test
    void withoutALabelNoTypeIsWritten() {
        var service = convert(web().build()).kubernetesServices().get(0);
        assertThat(service.getSpec().getType()).isNull();
        assertThat(service.getSpec().getClusterIP()).isNull();
    }

    @Test
    void clusterIpAndNodePortAreWrittenOut() {
        assertThat(convert(web("kompose.service.type", "clusterip").build()).kubernetesServices().get(0).getSpec()
                .getType()).isEqualTo("ClusterIP");
        assertThat(convert(web("kompose.service.type", "nodeport").build()).kubernetesServices().get(0).getSpec()
                .getType()).isEqualTo("NodePort");
    }

    @Test
    void aNodePortGoesOnTheOnlyPort() {
        var spec = convert(web("kompose.service.type", "nodeport", "kompose.service.nodeport.port", "30080").build())
                .kubernetesServices().get(0).getSpec();
        assertThat(spec.getPorts()).extracting(ServicePort::getPort, ServicePort::getNodePort)
                .containsExactly(tuple(80, 30080));
    }

    @Test
    void aNodePortWithSeveralPortsIsAnErrorAsInKompose() {
        ServiceContext context = convert(web("kompose.service.type", "nodeport", "kompose.service.nodeport.port",
                "30080").ports(List.of(port(80, 80), port(443, 443))).build());
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("has 2 ports");
            assertThat(d.location()).isEqualTo(at(5, 5)); // the labels key
        });
    }

    @Test
    void headlessWithPortsIsClusterIpNone() {
        // kompose's external-traffic-policy v2 case: headless, with a port
        ServiceContext context = convert(web("kompose.service.type", "headless",
                "kompose.service.external-traffic-policy", "local").build());
        var spec = context.kubernetesServices().get(0).getSpec();
        assertThat(spec.getType()).isEqualTo("ClusterIP");
        assertThat(spec.getClusterIP()).isEqualTo("None");
        assertThat(spec.getExternalTrafficPolicy()).isNull();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("external-traffic-policy").contains("headless");
        });
    }

    @Test
    void headlessWithoutPortsGetsKomposesPlaceholderPort() {
        // kompose's v3.0 case: redis with kompose.service.type: headless and no ports
        var service = convert(service("redis", "redis").labels(map("kompose.service.type", "headless")).build())
                .kubernetesServices().get(0);
        assertThat(service.getSpec().getType()).isNull();
        assertThat(service.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(service.getSpec().getPorts())
                .extracting(ServicePort::getName, ServicePort::getPort, p -> p.getTargetPort().getIntVal())
                .containsExactly(tuple("headless", 55555, 0));
    }

    @Test
    void aTcpOnlyLoadBalancerKeepsTheServicesName() {
        // kompose's external-traffic-policy v1 case names it front-end-tcp; clients call it front-end
        var services = convert(service("front-end", "web").ports(List.of(port(80, 80))).labels(map(
                "kompose.service.type", "loadbalancer", "kompose.service.external-traffic-policy", "local")).build())
                .kubernetesServices();
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.getMetadata().getName()).isEqualTo("front-end");
            assertThat(s.getSpec().getType()).isEqualTo("LoadBalancer");
            assertThat(s.getSpec().getExternalTrafficPolicy()).isEqualTo("Local");
        });
    }

    @Test
    void aLoadBalancerWithTcpAndUdpIsSplitAsKomposeSplitsIt() {
        // kompose's v2 case: redis with "6379/tcp" and "1234:1235/udp"
        ServiceContext context = convert(service("redis", "redis:3.0").labels(map("kompose.service.type", "loadbalancer"))
                .ports(List.of(port(null, 6379, "tcp"), port("1234", 1235, "udp"))).build());
        var services = context.kubernetesServices();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("service-split");
            assertThat(d.message()).contains("redis-tcp and redis-udp");
        });
        assertThat(services).extracting(s -> s.getMetadata().getName(), s -> s.getMetadata().getLabels(),
                s -> s.getSpec().getSelector(), s -> s.getSpec().getType())
                .containsExactly(
                        tuple("redis-tcp", Map.of("io.kompose.service", "redis-tcp"), Map.of("io.kompose.service", "redis"),
                                "LoadBalancer"),
                        tuple("redis-udp", Map.of("io.kompose.service", "redis-udp"), Map.of("io.kompose.service", "redis"),
                                "LoadBalancer"));
        assertThat(services.get(1).getSpec().getPorts())
                .extracting(ServicePort::getName, ServicePort::getPort, p -> p.getTargetPort().getIntVal(),
                        ServicePort::getProtocol)
                .containsExactly(tuple("1234", 1234, 1235, "UDP"));
    }

    @Test
    void trafficPolicyAppliesToNodePortsToo() {
        var spec = convert(web("kompose.service.type", "nodeport", "kompose.service.external-traffic-policy", "local")
                .build()).kubernetesServices().get(0).getSpec();
        assertThat(spec.getExternalTrafficPolicy()).isEqualTo("Local");
    }

    @Test
    void labelsThatNeedAServiceWithoutPortsAreReported() {
        ServiceContext context = convert(service("worker", "busybox").keys(keys("image", "labels"))
                .labels(map("kompose.service.type", "nodeport")).build());
        assertThat(context.kubernetesServices()).isEmpty();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unconverted-label");
            assertThat(d.message()).contains("has no ports");
        });
    }

    @Test
    void aBadLabelValueIsAnErrorAtTheLabels() {
        ServiceContext context = convert(web("kompose.service.type", "public").build());
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("invalid-label");
            assertThat(d.location()).isEqualTo(at(5, 5));
        });
    }

    @Test
    void exposeMakesAnIngressWithOneRulePerHost() {
        // kompose's expose case
        ServiceContext context = convert(service("web", "tuna/docker-counter23").ports(List.of(port(5000, 5000)))
                .labels(map("kompose.service.expose", "batman.example.com/dev,batwoman.example.com",
                        "kompose.service.expose.tls-secret", "test-secret",
                        "kompose.service.expose.ingress-class-name", "nginx")).build());
        Ingress ingress = (Ingress) context.objects().get(0);
        assertThat(ingress.getMetadata().getName()).isEqualTo("web");
        assertThat(ingress.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "web"));
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).extracting(r -> r.getHost(), r -> r.getHttp().getPaths().get(0).getPath(),
                r -> r.getHttp().getPaths().get(0).getPathType(),
                r -> r.getHttp().getPaths().get(0).getBackend().getService().getName(),
                r -> r.getHttp().getPaths().get(0).getBackend().getService().getPort().getNumber())
                .containsExactly(tuple("batman.example.com", "/dev", "Prefix", "web", 5000),
                        tuple("batwoman.example.com", "/", "Prefix", "web", 5000));
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("batman.example.com", "batwoman.example.com");
            assertThat(tls.getSecretName()).isEqualTo("test-secret");
        });
    }

    @Test
    void pathsOfOneHostShareItsRule() {
        Ingress ingress = (Ingress) convert(web("kompose.service.expose", "shop.example.com,shop.example.com/api,"
                + "shop.example.com/api").build()).objects().get(0);
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("shop.example.com");
            assertThat(rule.getHttp().getPaths()).extracting(p -> p.getPath()).containsExactly("/", "/api");
        });
    }

    @Test
    void exposeTrueHasNoHostAndTlsTrueNoSecret() {
        Ingress ingress = (Ingress) convert(web("kompose.service.expose", "true", "kompose.service.expose.tls-secret",
                "true").build()).objects().get(0);
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(r -> assertThat(r.getHost()).isNull());
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).isNull();
            assertThat(tls.getSecretName()).isNull();
        });
    }

    @Test
    void theIngressOfASplitLoadBalancerGoesToItsTcpService() {
        ServiceContext context = convert(service("dns", "coredns").labels(map("kompose.service.type", "loadbalancer",
                "kompose.service.expose", "dns.example.com")).ports(List.of(port("53", 53, "udp"), port(8080, 8080)))
                .build());
        Ingress ingress = (Ingress) context.objects().get(0);
        var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
        assertThat(backend.getName()).isEqualTo("dns-tcp");
        assertThat(backend.getPort().getNumber()).isEqualTo(8080);
    }

    @Test
    void anIngressNeedsATcpPort() {
        ServiceContext context = convert(service("dns", "coredns").keys(keys("image", "ports", "labels"))
                .labels(map("kompose.service.expose", "dns.example.com")).ports(List.of(port("53", 53, "udp")))
                .build());
        assertThat(context.objects()).isEmpty();
        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::message)
                .singleElement().asString().contains("no TCP port");
    }

    @Test
    void anExposedPortCanBeTheIngressBackend() {
        ServiceContext context = convert(service("api", "api").expose(List.of(new ExposedPort(9000, "tcp", at(4, 9))))
                .labels(map("kompose.service.expose", "api.example.com")).build());
        Ingress ingress = (Ingress) context.objects().get(0);
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getPort()
                .getNumber()).isEqualTo(9000);
    }
}
