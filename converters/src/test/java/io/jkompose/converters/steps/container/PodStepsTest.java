package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.network.HostnameStep;
import io.jkompose.converters.steps.network.NetworkModeStep;
import io.jkompose.converters.testing.Contexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security context, hostname, init containers, network mode (probes: HealthcheckStepTest). */
class PodStepsTest {

    @Test
    void securitySettingsGoToTheContainerAndGroupsToThePod() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").readOnly(true).privileged(true)
                .capAdd(List.of("CAP_NET_ADMIN", "SYS_TIME")).capDrop(List.of("ALL")).user("1000:2000")
                .groupAdd(List.of("1234", "audio")).build()), new SecurityContextStep());
        Container container = context.container().build();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getPrivileged()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_ADMIN", "SYS_TIME");
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
        assertThat(container.getSecurityContext().getRunAsGroup()).isEqualTo(2000L);
        assertThat(context.podSpec().build().getSecurityContext().getSupplementalGroups()).containsExactly(1234L);
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value"); // "audio"
    }

    @Test
    void noSecuritySettingsMeanNoSecurityContext() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").user("nginx").build()),
                new SecurityContextStep());
        assertThat(context.container().build().getSecurityContext()).isNull();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value");
    }

    @Test
    void hostnameMustBeALabelAndNetworkModeHostUsesTheNodesNetwork() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").hostname("db-1").networkMode("host")
                .build()), new HostnameStep(), new NetworkModeStep());
        assertThat(context.podSpec().build().getHostname()).isEqualTo("db-1");
        assertThat(context.podSpec().build().getHostNetwork()).isTrue();
        ServiceContext invalid = Contexts.run(Contexts.of(service("a", "x").hostname("db.example.com")
                .networkMode("none").build()), new HostnameStep(), new NetworkModeStep());
        assertThat(invalid.podSpec().build().getHostname()).isNull();
        assertThat(Contexts.codes(invalid)).containsExactly("unconverted-value", "unconverted-value");
    }

    @Test
    void initContainerLabelsMakeAnInitContainer() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").labels(map(
                "kompose.init.containers.image", "busybox:1.28",
                "kompose.init.containers.command", "['sh', \"-c\", \"echo a, b\"]")).build()),
                new InitContainerLabelsStep());
        Container init = context.podSpec().build().getInitContainers().get(0);
        assertThat(init.getName()).isEqualTo("init-service");
        assertThat(init.getImage()).isEqualTo("busybox:1.28");
        assertThat(init.getCommand()).containsExactly("sh", "-c", "echo a, b");
    }
}
