package io.jkompose.converters.plan;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.BIND;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Severity;
import io.jkompose.converters.testing.InMemoryFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --service-group-mode: several services as containers of one pod. */
class ServiceGroupsTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    private static ConvertOptions mode(GroupMode mode, String name) {
        return OPTIONS.withWorkloads(OPTIONS.workloads().withGroups(mode, name));
    }

    @Test
    void servicesWithTheSameGroupLabelShareOneDeploymentNamedAfterTheLabel() throws Exception {
        Project project = project("p",
                service("web", "nginx").ports(List.of(port(80, 80))).labels(map("kompose.service.group", "front"))
                        .build(),
                service("sidecar", "envoy").ports(List.of(port(9901, 9901)))
                        .labels(map("kompose.service.group", "front")).build(),
                service("db", "pg").build());
        ConversionResult result = KubernetesConverter.convert(project, mode(GroupMode.LABEL, null), InMemoryFiles.none());
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Service/sidecar", "Service/web", "Deployment/db", "Deployment/front");
        Deployment front = object(result, "Deployment", "front");
        Map<String, String> selector = Map.of("io.kompose.service", "front");
        assertThat(front.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
        assertThat(front.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(selector);
        // the members in order of their names: sidecar, then web
        assertThat(front.getSpec().getTemplate().getSpec().getContainers()).extracting(Container::getName)
                .containsExactly("sidecar", "web");
        Service web = object(result, "Service", "web");
        assertThat(web.getSpec().getSelector()).isEqualTo(selector);
        assertThat(web.getMetadata().getLabels()).isEqualTo(selector);
        assertThat(result.diagnostics()).isEmpty();
        SharedTools.assertValid(SharedTools.write("label-group", result.objects()));
    }

    @Test
    void servicesMountingTheSameVolumesShareAPodAndItsClaimsNamedAfterTheGroup() {
        Project project = project("p",
                service("app", "a").volumes(List.of(volume(BIND, "/elsewhere/data", "/data", false))).build(),
                service("worker", "w").volumes(List.of(volume(BIND, "/elsewhere/data", "/data", false))).build(),
                service("alone", "x").volumes(List.of(volume(BIND, "/elsewhere/other", "/data", false))).build());
        ConversionResult result = KubernetesConverter.convert(project, mode(GroupMode.VOLUME, null), InMemoryFiles.none());
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
                "Deployment/alone", "PersistentVolumeClaim/alone-claim0",
                "Deployment/app-worker", "PersistentVolumeClaim/app-worker-claim0");
        PodSpec pod = this.<Deployment>object(result, "Deployment", "app-worker").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("app-worker-claim0");
        assertThat(pod.getContainers()).allSatisfy(c -> assertThat(c.getVolumeMounts())
                .extracting(VolumeMount::getName).containsExactly("app-worker-claim0"));
        assertThat(this.<Deployment>object(result, "Deployment", "app-worker").getSpec().getStrategy().getType())
                .isEqualTo("Recreate");
    }

    @Test
    void theGroupNameOptionNamesTheOneGroupAndIsAnErrorWhenThereAreSeveral() {
        Project one = project("p",
                service("a", "a").volumes(List.of(volume(VOLUME, "v", "/v", false))).build(),
                service("b", "b").volumes(List.of(volume(VOLUME, "v", "/v", false))).build());
        ConversionResult named = KubernetesConverter.convert(one, mode(GroupMode.VOLUME, "pair"), InMemoryFiles.none());
        assertThat(named.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Deployment/pair", "PersistentVolumeClaim/v");
        Project two = project("p",
                service("a", "a").volumes(List.of(volume(VOLUME, "v", "/v", false))).build(),
                service("b", "b").volumes(List.of(volume(VOLUME, "v", "/v", false))).build(),
                service("c", "c").volumes(List.of(volume(VOLUME, "w", "/w", false))).build(),
                service("d", "d").volumes(List.of(volume(VOLUME, "w", "/w", false))).build());
        ConversionResult ambiguous = KubernetesConverter.convert(two, mode(GroupMode.VOLUME, "pair"), InMemoryFiles.none());
        assertThat(ambiguous.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invalid-option", Severity.ERROR));
        assertThat(ambiguous.objects()).extracting(o -> o.getMetadata().getName()).contains("a-b", "c-d");
    }

    @Test
    void twoMembersOnOnePortAreAnErrorAndLaterMembersWinPodSettingsWithAWarning() {
        Project project = project("p",
                service("a", "a").keys(keys("image", "ports")).hostname("alpha").ports(List.of(port(80, 8080)))
                        .labels(map("kompose.service.group", "g")).build(),
                service("b", "b").keys(keys("image", "ports")).hostname("beta").ports(List.of(port(81, 8080)))
                        .labels(map("kompose.service.group", "g")).build());
        ConversionResult result = KubernetesConverter.convert(project, mode(GroupMode.LABEL, null), InMemoryFiles.none());
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("port-conflict", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("pod-setting-conflict", Severity.WARNING));
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("port-conflict"))
                .extracting(Diagnostic::location).containsExactly(at(4, 5));
        assertThat(this.<Deployment>object(result, "Deployment", "g").getSpec().getTemplate().getSpec().getHostname())
                .isEqualTo("beta");
    }

    @Test
    void theGroupLabelWithoutLabelModeIsReportedAndAGroupMayNotTakeAnotherWorkloadsName() {
        Project labelled = project("p", service("a", "a").labels(map("kompose.service.group", "g")).build());
        assertThat(KubernetesConverter.convert(labelled, OPTIONS, InMemoryFiles.none()).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("only followed with --service-group-mode label"));
        Project clash = project("p",
                service("a", "a").labels(map("kompose.service.group", "db")).build(),
                service("db", "pg").build());
        assertThat(KubernetesConverter.convert(clash, mode(GroupMode.LABEL, null), InMemoryFiles.none()).diagnostics())
                .extracting(Diagnostic::code).containsExactly("name-clash");
    }

    @Test
    void aServiceJoiningTheNetworkOfAGroupMemberJoinsTheGroupsPod() {
        Project project = project("p",
                service("a", "a").labels(map("kompose.service.group", "g")).build(),
                service("b", "b").labels(map("kompose.service.group", "g")).build(),
                service("c", "c").networkMode("service:b").build());
        ConversionResult result = KubernetesConverter.convert(project, mode(GroupMode.LABEL, null), InMemoryFiles.none());
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Deployment/g");
        assertThat(this.<Deployment>object(result, "Deployment", "g").getSpec().getTemplate().getSpec().getContainers())
                .extracting(Container::getName).containsExactly("a", "b", "c");
    }

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T object(ConversionResult result, String kind, String name) {
        return (T) result.objects().stream()
                .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }
}
