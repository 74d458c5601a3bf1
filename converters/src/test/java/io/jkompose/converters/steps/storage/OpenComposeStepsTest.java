package io.jkompose.converters.steps.storage;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.network.KubernetesServiceStep;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.ScratchVolume;
import io.jkompose.model.Service;
import io.jkompose.model.Volume;
import io.jkompose.converters.testing.InMemoryFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What OpenCompose needs beyond Compose: an external Service beside the internal one, emptyDirs, access modes. */
class OpenComposeStepsTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    @Test
    void externalPortsGetALoadBalancerOfTheirOwn() {
        PortMapping http = port(80, 8080);
        PortMapping admin = port(9090, 9090);
        Service shop = service("shop", "shop").ports(List.of(http, admin)).externalPorts(List.of(http)).build();
        ServiceContext context = Contexts.run(Contexts.of(shop), new KubernetesServiceStep());
        assertThat(context.kubernetesServices()).extracting(s -> s.getMetadata().getName())
                .containsExactly("shop", "shop-external");
        io.fabric8.kubernetes.api.model.Service internal = context.kubernetesServices().get(0);
        io.fabric8.kubernetes.api.model.Service external = context.kubernetesServices().get(1);
        assertThat(internal.getSpec().getType()).isNull();
        assertThat(internal.getSpec().getPorts()).extracting(ServicePort::getPort).containsExactly(80, 9090);
        assertThat(external.getSpec().getType()).isEqualTo("LoadBalancer");
        assertThat(external.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("80");
            assertThat(p.getPort()).isEqualTo(80);
            assertThat(p.getTargetPort().getIntVal()).isEqualTo(8080);
        });
        assertThat(external.getSpec().getSelector()).containsExactly(Map.entry("io.kompose.service", "shop"));
        assertThat(external.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "shop"));
    }

    @Test
    void noSecondServiceWhenTheFirstIsALoadBalancerAlready() {
        PortMapping http = port(80, 8080);
        Service web = service("web", "nginx").ports(List.of(http)).externalPorts(List.of(http))
                .labels(map("kompose.service.type", "loadbalancer")).build();
        ServiceContext context = Contexts.run(Contexts.of(web), new KubernetesServiceStep());
        assertThat(context.kubernetesServices()).singleElement().satisfies(s -> {
            assertThat(s.getMetadata().getName()).isEqualTo("web");
            assertThat(s.getSpec().getType()).isEqualTo("LoadBalancer");
        });
    }

    @Test
    void theExternalServiceNameAvoidsAnotherServicesName() {
        PortMapping http = port(80, 80);
        Service shop = service("shop", "shop").ports(List.of(http, port(81, 81))).externalPorts(List.of(http)).build();
        Service other = service("shop-external", "other").build();
        Project project = project("p", shop, other);
        ServiceContext context = Contexts.run(Contexts.of(project, shop, OPTIONS), new KubernetesServiceStep());
        assertThat(context.kubernetesServices()).extracting(s -> s.getMetadata().getName())
                .containsExactly("shop", "shop-external-2");
        Service longName = service("a".repeat(63), "x").ports(List.of(http, port(81, 81))).externalPorts(List.of(http))
                .build();
        ServiceContext truncated = Contexts.run(Contexts.of(longName), new KubernetesServiceStep());
        assertThat(truncated.kubernetesServices().get(1).getMetadata().getName())
                .isEqualTo("a".repeat(54) + "-external").hasSize(63);
    }

    @Test
    void scratchVolumesAreEmptyDirsOfTheirName() {
        Service web = service("web", "nginx").scratchVolumes(List.of(
                new ScratchVolume("html", "/usr/share/nginx/html", null, true, at(9, 7)),
                new ScratchVolume("html", "/srv/other", "sub", false, at(12, 7)))).build();
        ServiceContext context = Contexts.run(Contexts.of(web), new ScratchVolumeStep());
        List<VolumeMount> mounts = context.container().build().getVolumeMounts();
        assertThat(mounts).extracting(VolumeMount::getName, VolumeMount::getMountPath, VolumeMount::getReadOnly,
                VolumeMount::getSubPath).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("html", "/usr/share/nginx/html", true, null),
                        org.assertj.core.groups.Tuple.tuple("html", "/srv/other", null, "sub"));
        assertThat(context.podSpec().build().getVolumes()).singleElement().satisfies(v -> {
            assertThat(v.getName()).isEqualTo("html");
            assertThat(v.getEmptyDir()).isNotNull();
            assertThat(v.getEmptyDir().getMedium()).isNull();
        });
        assertThat(context.objects()).isEmpty();
    }

    @Test
    void theAccessModeLabelSetsTheClaimsAccessMode() {
        Service files = service("files", "files").volumes(List.of(volume(VOLUME, "shared", "/srv", true),
                volume(VOLUME, "plain", "/plain", false))).build();
        Project project = project("p", Map.of(
                "shared", new Volume("shared", null, null, null, false,
                        map("jkompose.volume.access-mode", "ReadWriteMany", "kompose.volume.size", "20Gi"), at(20, 3)),
                "plain", new Volume("plain", null, null, null, false, null, at(24, 3))), Map.of(), files);
        ServiceContext context = Contexts.run(Contexts.of(project, files, OPTIONS), new VolumesStep());
        assertThat(context.objects()).extracting(o -> o.getMetadata().getName()).containsExactly("shared", "plain");
        PersistentVolumeClaim shared = (PersistentVolumeClaim) context.objects().get(0);
        assertThat(shared.getSpec().getAccessModes()).containsExactly("ReadWriteMany"); // not ReadOnlyMany
        assertThat(shared.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("20Gi");
        assertThat(((PersistentVolumeClaim) context.objects().get(1)).getSpec().getAccessModes())
                .containsExactly("ReadWriteOnce");
        assertThat(Contexts.codes(context)).isEmpty();
    }

    @Test
    void aWrongAccessModeIsReportedAndTheClaimKeepsItsOwn() {
        Service files = service("files", "files").volumes(List.of(volume(VOLUME, "shared", "/srv", false))).build();
        Project project = project("p", Map.of("shared", new Volume("shared", null, null, null, false,
                map("jkompose.volume.access-mode", "ReadWriteAll"), at(20, 3))), Map.of(), files);
        ServiceContext context = Contexts.run(Contexts.of(project, files, OPTIONS), new VolumesStep());
        assertThat(((PersistentVolumeClaim) context.objects().get(0)).getSpec().getAccessModes())
                .containsExactly("ReadWriteOnce");
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo("compose.yaml:20:3: warning: label 'jkompose.volume.access-mode' of "
                    + "volume 'shared' is 'ReadWriteAll', which is not an access mode; the claim's is kept (write "
                    + "ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod)");
        });
    }

    /** Containers of one OpenCompose service: services in the first one's network, one pod, one emptyDir. */
    @Test
    void aServiceOfTwoContainersIsOnePodThroughThePipeline() {
        PortMapping http = port(80, 8080);
        PortMapping metrics = port(9100, 9100);
        Service web = service("web", "example/app").containerName("app").ports(List.of(http, metrics))
                .externalPorts(List.of(http))
                .scratchVolumes(List.of(new ScratchVolume("cache", "/cache", null, false, at(9, 7)))).build();
        Service exporter = service("web-metrics", "example/exporter").containerName("metrics")
                .networkMode("service:web")
                .scratchVolumes(List.of(new ScratchVolume("cache", "/cache", null, true, at(15, 7)))).build();
        ConversionResult result = KubernetesConverter.convert(project("p", web, exporter), OPTIONS, InMemoryFiles.none());
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.objects()).extracting(HasMetadata::getKind, o -> o.getMetadata().getName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Service", "web"),
                org.assertj.core.groups.Tuple.tuple("Service", "web-external"),
                org.assertj.core.groups.Tuple.tuple("Deployment", "web"));
        Deployment deployment = (Deployment) result.objects().get(2);
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).extracting(c -> c.getName()).containsExactly("app", "metrics");
        assertThat(pod.getVolumes()).singleElement().satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
        assertThat(pod.getContainers().get(1).getVolumeMounts()).singleElement()
                .satisfies(m -> assertThat(m.getReadOnly()).isTrue());
        assertThat(deployment.getSpec().getStrategy()).isNull(); // emptyDirs need no Recreate
    }
}
