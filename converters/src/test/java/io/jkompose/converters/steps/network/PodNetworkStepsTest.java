package io.jkompose.converters.steps.network;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodDNSConfigOption;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.PortMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a pod's network gets from a service: host ports, hostname, /etc/hosts lines, DNS settings, links. */
class PodNetworkStepsTest {

    private static PortMapping mapping(String published, int target, String hostIp, String mode) {
        return new PortMapping(null, target, published, hostIp, "tcp", null, mode, at(12, 9));
    }

    @Test
    void modeHostMakesAHostPortOnItsAddress() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").ports(List.of(
                mapping("8080", 80, "127.0.0.1", "host"), mapping("8443", 443, null, "ingress"))).build()),
                new ContainerPortsStep());
        assertThat(context.container().build().getPorts())
                .extracting(ContainerPort::getContainerPort, ContainerPort::getHostPort, ContainerPort::getHostIP)
                .containsExactly(tuple(80, 8080, "127.0.0.1"), tuple(443, null, null));
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void komposePortExposeLabelPutsEveryPublishedPortOnTheHost() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx")
                .labels(map("kompose.controller.port.expose", "true"))
                .ports(List.of(mapping("8080", 80, "0.0.0.0", null), mapping(null, 9090, null, null))).build()),
                new ContainerPortsStep());
        assertThat(context.container().build().getPorts())
                .extracting(ContainerPort::getContainerPort, ContainerPort::getHostPort, ContainerPort::getHostIP)
                .containsExactly(tuple(80, 8080, null), tuple(9090, null, null));
    }

    @Test
    void aHostIpThatLimitsAccessIsReportedOncePerAddress() {
        // kompose's v2 case: "127.0.0.1:5000-5010:5000-5010" expanded, which kompose drops silently
        ServiceContext context = Contexts.run(Contexts.of(service("foo", "foobar").ports(List.of(
                mapping("5000", 5000, "127.0.0.1", null), mapping("5001", 5001, "127.0.0.1", null),
                mapping("8000", 8000, "0.0.0.0", null))).build()), new ContainerPortsStep());
        assertThat(context.container().build().getPorts()).allSatisfy(p -> assertThat(p.getHostIP()).isNull());
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("host_ip 127.0.0.1");
            assertThat(d.location()).isEqualTo(at(12, 9));
        });
    }

    @Test
    void anInvalidContainerPortNameIsLeftOutWithAWarning() {
        PortMapping named = new PortMapping("web-frontend-http", 80, "80", null, "tcp", null, null, at(12, 9));
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").ports(List.of(named)).build()),
                new ContainerPortsStep(), new KubernetesServiceStep());
        assertThat(context.container().build().getPorts().get(0).getName()).isNull();
        // a Service port name may be longer: a DNS-1123 label
        assertThat(context.kubernetesServices().get(0).getSpec().getPorts().get(0).getName())
                .isEqualTo("web-frontend-http");
        assertThat(Contexts.diagnostics(context)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("IANA service name"));
    }

    @Test
    void hostnameAndDomainnameBecomeHostnameAndSubdomain() {
        PodSpec spec = Contexts.run(Contexts.of(service("db", "postgres").hostname("db-primary").domainname("data")
                .build()), new HostnameStep()).podSpec().build();
        assertThat(spec.getHostname()).isEqualTo("db-primary");
        assertThat(spec.getSubdomain()).isEqualTo("data");
    }

    @Test
    void aDottedDomainnameIsNoSubdomain() {
        ServiceContext context = Contexts.run(Contexts.of(service("db", "postgres").keys(keys("image", "domainname"))
                .domainname("example.com").build()), new HostnameStep());
        assertThat(context.podSpec().build().getSubdomain()).isNull();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("domainname 'example.com'");
            assertThat(d.location()).isEqualTo(at(4, 5));
        });
    }

    @Test
    void extraHostsAreGroupedByAddressInTheOrderWritten() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").extraHosts(List.of(
                new ExtraHost("somehost", "162.242.195.82", at(7, 9)),
                new ExtraHost("otherhost", "50.31.209.229", at(8, 9)),
                new ExtraHost("alias", "162.242.195.82", at(9, 9)),
                new ExtraHost("v6host", "[::1]", at(10, 9)),
                new ExtraHost("gateway", "host-gateway", at(11, 9)),
                new ExtraHost("broken", "1.2.3", at(12, 9)))).build()), new HostAliasesStep());
        assertThat(context.podSpec().build().getHostAliases()).extracting(HostAlias::getIp, HostAlias::getHostnames)
                .containsExactly(tuple("162.242.195.82", List.of("somehost", "alias")),
                        tuple("50.31.209.229", List.of("otherhost")), tuple("::1", List.of("v6host")));
        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::location)
                .containsExactly(at(11, 9), at(12, 9));
    }

    @Test
    void ipv6AddressesAreRecognised() {
        assertThat(HostAliasesStep.isIp("2001:db8::1")).isTrue();
        assertThat(HostAliasesStep.isIp("::ffff:10.0.0.1")).isTrue();
        assertThat(HostAliasesStep.isIp("fe80:0:0:0:0:0:0:1")).isTrue();
        assertThat(HostAliasesStep.isIp("fe80::1::2")).isFalse();
        assertThat(HostAliasesStep.isIp("a:b")).isFalse();
        assertThat(HostAliasesStep.isIp("256.1.1.1")).isFalse();
    }

    @Test
    void dnsSettingsGoToDnsConfigOnTopOfTheClustersDns() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").keys(keys("image", "dns"))
                .dns(List.of("8.8.8.8", "resolver.local", "1.1.1.1")).dnsSearch(List.of("example.com."))
                .dnsOpt(List.of("ndots:2", "rotate")).build()), new DnsConfigStep());
        PodSpec spec = context.podSpec().build();
        assertThat(spec.getDnsPolicy()).isNull(); // ClusterFirst: service names keep resolving
        PodDNSConfig dns = spec.getDnsConfig();
        assertThat(dns.getNameservers()).containsExactly("8.8.8.8", "1.1.1.1");
        assertThat(dns.getSearches()).containsExactly("example.com");
        assertThat(dns.getOptions()).extracting(PodDNSConfigOption::getName, PodDNSConfigOption::getValue)
                .containsExactly(tuple("ndots", "2"), tuple("rotate", null));
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value", "dns-fallback");
    }

    @Test
    void atMostThreeNameservers() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx")
                .dns(List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4")).build()), new DnsConfigStep());
        assertThat(context.podSpec().build().getDnsConfig().getNameservers()).hasSize(3);
        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("'10.0.0.4'").contains("at most 3"));
    }

    @Test
    void noDnsKeysNoDnsConfig() {
        assertThat(Contexts.run(Contexts.of(service("web", "nginx").build()), new DnsConfigStep()).podSpec().build()
                .getDnsConfig()).isNull();
    }

    @Test
    void linksAreReportedAsReplacedByServices() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").keys(keys("image", "links")).build()),
                new LinksStep());
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("links-replaced");
            assertThat(d.location()).isEqualTo(at(4, 5));
        });
    }
}
