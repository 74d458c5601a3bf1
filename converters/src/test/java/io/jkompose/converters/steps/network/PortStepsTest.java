package io.jkompose.converters.steps.network;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.PortMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortStepsTest {

    @Test
    void containerPortsAreTargetsOnceEachWithUpperCaseProtocolThenExposedPorts() {
        ServiceContext context = Contexts.run(Contexts.of(service("foo", "x")
                .ports(List.of(port(null, 6379, "tcp"), port(null, 6379, "udp"), port("8080", 80, "tcp"),
                        port("8081", 80, "tcp")))
                .expose(List.of(new ExposedPort(9000, "tcp", at(7, 9)), new ExposedPort(80, "tcp", at(8, 9))))
                .build()), new ContainerPortsStep());
        assertThat(context.container().build().getPorts())
                .extracting(ContainerPort::getContainerPort, ContainerPort::getProtocol)
                .containsExactly(tuple(6379, "TCP"), tuple(6379, "UDP"), tuple(80, "TCP"), tuple(9000, "TCP"));
    }

    @Test
    void servicePortsAreNamedAfterTheirNumberAndTheSecondProtocolGetsASuffix() {
        // from kompose's v2 case: "6379/tcp", "6379/udp", "9090-9091:8080-8081" (expanded), "49100:22"
        ServiceContext context = Contexts.run(Contexts.of(service("foo", "foobar").ports(List.of(
                port(null, 6379, "tcp"), port(null, 6379, "udp"), port("9090", 8080, "tcp"), port("9091", 8081, "tcp"),
                port("49100", 22, "tcp"))).build()), new KubernetesServiceStep());
        var service = context.kubernetesServices().get(0);
        assertThat(service.getMetadata().getName()).isEqualTo("foo");
        assertThat(service.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "foo"));
        assertThat(service.getSpec().getSelector()).containsExactly(Map.entry("io.kompose.service", "foo"));
        assertThat(service.getSpec().getPorts())
                .extracting(ServicePort::getName, ServicePort::getPort, p -> p.getTargetPort().getIntVal(),
                        ServicePort::getProtocol)
                .containsExactly(tuple("6379", 6379, 6379, null), tuple("6379-udp", 6379, 6379, "UDP"),
                        tuple("9090", 9090, 8080, null), tuple("9091", 9091, 8081, null),
                        tuple("49100", 49100, 22, null));
    }

    @Test
    void exposeAloneMakesAServiceAndNoPortsMakeNone() {
        ServiceContext exposed = Contexts.run(Contexts.of(service("cache", "redis")
                .expose(List.of(new ExposedPort(6379, "tcp", at(4, 9)))).build()), new KubernetesServiceStep());
        ServiceContext none = Contexts.run(Contexts.of(service("worker", "busybox").build()),
                new KubernetesServiceStep());
        assertThat(exposed.kubernetesServices()).singleElement().satisfies(s -> assertThat(s.getSpec().getPorts())
                .extracting(ServicePort::getName, ServicePort::getPort).containsExactly(tuple("6379", 6379)));
        assertThat(none.kubernetesServices()).isEmpty();
    }

    @Test
    void aPortPublishedTwiceIsWrittenOnceAndReported() {
        PortMapping second = new PortMapping(null, 81, "80", "127.0.0.1", "tcp", null, null, at(12, 9));
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx")
                .ports(List.of(port(80, 80), second)).build()), new KubernetesServiceStep());
        assertThat(context.kubernetesServices().get(0).getSpec().getPorts()).hasSize(1);
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("duplicate-port");
            assertThat(d.location()).isEqualTo(at(12, 9));
        });
    }

    @Test
    void aServiceNameMustStartWithALetter() {
        ServiceContext context = Contexts.run(Contexts.of(service("1web", "nginx").ports(List.of(port(80, 80)))
                .build()), new KubernetesServiceStep());
        assertThat(context.kubernetesServices().get(0).getMetadata().getName()).isEqualTo("svc-1web");
        assertThat(context.kubernetesServices().get(0).getSpec().getSelector()).containsEntry("io.kompose.service",
                "1web");
        assertThat(Contexts.codes(context)).containsExactly("name-changed");
    }

    @Test
    void composePortNamesAndAppProtocolAreKept() {
        PortMapping named = new PortMapping("http", 8080, "80", null, "tcp", "http", null, at(5, 9));
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").ports(List.of(named)).build()),
                new ContainerPortsStep(), new KubernetesServiceStep());
        assertThat(context.container().build().getPorts().get(0).getName()).isEqualTo("http");
        ServicePort port = context.kubernetesServices().get(0).getSpec().getPorts().get(0);
        assertThat(port.getName()).isEqualTo("http");
        assertThat(port.getAppProtocol()).isEqualTo("http");
    }
}
