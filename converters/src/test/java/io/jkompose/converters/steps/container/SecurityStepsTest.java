package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** security_opt, kompose's fsGroup label and sysctls. */
class SecurityStepsTest {

    @Test
    void securityOptionsKubernetesHasAreConverted() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").readOnly(true).securityOpt(List.of(
                "no-new-privileges:true", "seccomp=unconfined", "apparmor=my-profile", "label=type:svirt_apache_t",
                "label:level:s0:c100,c200")).build()), new SecurityContextStep(), new SecurityOptStep());
        SecurityContext security = context.container().build().getSecurityContext();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue(); // kept from the step before
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getSeccompProfile().getType()).isEqualTo("Unconfined");
        assertThat(security.getAppArmorProfile().getType()).isEqualTo("Localhost");
        assertThat(security.getAppArmorProfile().getLocalhostProfile()).isEqualTo("my-profile");
        assertThat(security.getSeLinuxOptions().getType()).isEqualTo("svirt_apache_t");
        assertThat(security.getSeLinuxOptions().getLevel()).isEqualTo("s0:c100,c200");
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void otherSecurityOptionsAreReportedAndMakeNoEmptyContext() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").securityOpt(List.of(
                "seccomp=/etc/docker/profile.json", "systempaths=unconfined", "no-new-privileges=false")).build()),
                new SecurityOptStep());
        assertThat(context.container().build().getSecurityContext()).isNull();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value", "unconverted-value");
    }

    @Test
    void labelDisableAndDockerDefaultHaveTheirCounterparts() {
        SecurityContext security = Contexts.run(Contexts.of(service("a", "x").securityOpt(List.of("label=disable",
                "apparmor=docker-default")).build()), new SecurityOptStep()).container().build().getSecurityContext();
        assertThat(security.getSeLinuxOptions().getType()).isEqualTo("spc_t");
        assertThat(security.getAppArmorProfile().getType()).isEqualTo("RuntimeDefault");
    }

    @Test
    void fsGroupLabelJoinsTheGroupsInThePodSecurityContext() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").groupAdd(List.of("1234"))
                .labels(map("kompose.security-context.fsgroup", "2000")).build()), new SecurityContextStep());
        PodSecurityContext pod = context.podSpec().build().getSecurityContext();
        assertThat(pod.getFsGroup()).isEqualTo(2000L);
        assertThat(pod.getSupplementalGroups()).containsExactly(1234L);
        ServiceContext invalid = Contexts.run(Contexts.of(service("a", "x")
                .labels(map("kompose.security-context.fsgroup", "staff")).build()), new SecurityContextStep());
        assertThat(invalid.podSpec().build().getSecurityContext()).isNull();
        assertThat(Contexts.codes(invalid)).containsExactly("invalid-label");
    }

    @Test
    void sysctlsGoToThePodAndUnsafeOnesAreReported() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").groupAdd(List.of("1"))
                .sysctls(map("net.core.somaxconn", "1024", "net.ipv4.tcp_syncookies", "0", "bad name", "1")).build()),
                new SecurityContextStep(), new SysctlsStep());
        PodSecurityContext pod = context.podSpec().build().getSecurityContext();
        assertThat(pod.getSysctls()).containsExactly(new Sysctl("net.core.somaxconn", "1024"),
                new Sysctl("net.ipv4.tcp_syncookies", "0"));
        assertThat(pod.getSupplementalGroups()).containsExactly(1L);
        assertThat(Contexts.codes(context)).containsExactly("invalid-value", "unsafe-sysctl");
        assertThat(Contexts.diagnostics(context).get(1).message()).contains("net.core.somaxconn")
                .doesNotContain("tcp_syncookies");
    }

    @Test
    void networkSysctlsAreLeftOutOnTheNodesNetwork() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").networkMode("host")
                .sysctls(map("net.ipv4.tcp_syncookies", "0", "kernel.shm_rmid_forced", "1")).build()), new SysctlsStep());
        assertThat(context.podSpec().build().getSecurityContext().getSysctls())
                .containsExactly(new Sysctl("kernel.shm_rmid_forced", "1"));
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value");
    }
}
