package io.jkompose.converters.steps.storage;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.BIND;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Volume;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims for volumes and bind mounts, emptyDirs for tmpfs. */
class StorageStepsTest {

    @Test
    void aNamedVolumeBecomesAClaimOfItsNameMountedThroughAPodVolume() {
        ServiceContext context = Contexts.run(Contexts.of(service("db", "mysql")
                .volumes(List.of(volume(VOLUME, "db_data", "/var/lib/mysql", false))).build()), new VolumesStep());
        PersistentVolumeClaim claim = (PersistentVolumeClaim) context.objects().get(0);
        assertThat(claim.getMetadata().getName()).isEqualTo("db-data");
        assertThat(claim.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "db-data"));
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(claim.getSpec().getResources().getRequests()).containsExactly(Map.entry("storage", new Quantity("100Mi")));
        VolumeMount mount = context.container().build().getVolumeMounts().get(0);
        assertThat(mount.getName()).isEqualTo("db-data");
        assertThat(mount.getMountPath()).isEqualTo("/var/lib/mysql");
        assertThat(mount.getReadOnly()).isNull();
        PodSpec pod = context.podSpec().build();
        assertThat(pod.getVolumes()).singleElement().satisfies(v -> {
            assertThat(v.getName()).isEqualTo("db-data");
            assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("db-data");
        });
    }

    @Test
    void aReadOnlyMountGetsAReadOnlyManyClaimNamedByItsPosition() {
        ServiceContext context = Contexts.run(Contexts.of(service("web_app", "nginx").volumes(List.of(
                volume(VOLUME, null, "/cache", false), volume(VOLUME, null, "/static", true))).build()),
                new VolumesStep());
        assertThat(context.objects()).extracting(o -> o.getMetadata().getName())
                .containsExactly("web-app-claim0", "web-app-claim1");
        PersistentVolumeClaim readOnly = (PersistentVolumeClaim) context.objects().get(1);
        assertThat(readOnly.getSpec().getAccessModes()).containsExactly("ReadOnlyMany");
        assertThat(context.container().build().getVolumeMounts().get(1).getReadOnly()).isTrue();
        assertThat(context.podSpec().build().getVolumes().get(1).getPersistentVolumeClaim().getReadOnly()).isTrue();
    }

    @Test
    void aNamedVolumeThatAnotherServiceWritesStaysReadWriteOnce() {
        Service reader = service("reader", "r").volumes(List.of(volume(VOLUME, "shared", "/data", true))).build();
        Service writer = service("writer", "w").volumes(List.of(volume(VOLUME, "shared", "/data", false))).build();
        Project project = project("p", reader, writer);
        ServiceContext context = Contexts.run(Contexts.of(project, reader, Fixtures.options()),
                new VolumesStep());
        assertThat(((PersistentVolumeClaim) context.objects().get(0)).getSpec().getAccessModes())
                .containsExactly("ReadWriteOnce");
        assertThat(context.container().build().getVolumeMounts().get(0).getReadOnly()).isTrue();
    }

    @Test
    void bindMountsBecomeClaimsWithAWarningAndSocketsAreSkipped() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").volumes(List.of(
                volume(BIND, "./html", "/usr/share/nginx/html", false),
                volume(BIND, "/var/run/docker.sock", "/var/run/docker.sock", false))).build()),
                new VolumesStep());
        assertThat(context.objects()).extracting(o -> o.getMetadata().getName()).containsExactly("web-claim0");
        assertThat(Contexts.codes(context)).containsExactly("bind-mount-as-claim", "volume-skipped");
        assertThat(Contexts.diagnostics(context).get(0).location()).isEqualTo(at(30, 9));
    }

    @Test
    void theClaimSizeComesFromTheOptions() {
        ServiceContext context = Contexts.run(Contexts.of(service("db", "pg")
                .volumes(List.of(volume(VOLUME, "data", "/data", false))).build(),
                Fixtures.options().withPvcRequestSize("2Gi")), new VolumesStep());
        assertThat(((PersistentVolumeClaim) context.objects().get(0)).getSpec().getResources().getRequests()
                .get("storage")).isEqualTo(new Quantity("2Gi"));
    }

    @Test
    void anExternalVolumeIsMountedFromAClaimThatIsNotCreated() {
        Service service = service("db", "pg").volumes(List.of(volume(VOLUME, "data", "/data", false))).build();
        Project project = project("p", Map.of("data", new Volume("data", "prod_data", null, null, true, null, at(9, 3))),
                Map.of(), service);
        ServiceContext context = Contexts.run(Contexts.of(project, service, Fixtures.options()),
                new VolumesStep());
        assertThat(context.objects()).isEmpty();
        assertThat(context.podSpec().build().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
                .isEqualTo("prod-data");
        assertThat(Contexts.codes(context)).containsExactly("external-volume");
    }

    @Test
    void tmpfsBecomesMemoryBackedEmptyDirsWithTheirSize() {
        ServiceVolume typed = ServiceVolume.builder(ServiceVolume.Type.TMPFS, "/cache").tmpfsSize(1048576L)
                .location(at(8, 9)).build();
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx")
                .tmpfs(List.of("/run", "/tmp:size=64m,mode=1770")).volumes(List.of(typed)).build()),
                new VolumesStep(), new TmpfsStep());
        Container container = context.container().build();
        assertThat(container.getVolumeMounts()).extracting(VolumeMount::getName, VolumeMount::getMountPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web-tmpfs0", "/run"),
                        org.assertj.core.groups.Tuple.tuple("web-tmpfs1", "/tmp"),
                        org.assertj.core.groups.Tuple.tuple("web-tmpfs-volume0", "/cache"));
        PodSpec pod = context.podSpec().build();
        assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getEmptyDir().getMedium()).isEqualTo("Memory"));
        assertThat(pod.getVolumes().get(0).getEmptyDir().getSizeLimit()).isNull();
        assertThat(pod.getVolumes().get(1).getEmptyDir().getSizeLimit()).isEqualTo(new Quantity("64Mi"));
        assertThat(pod.getVolumes().get(2).getEmptyDir().getSizeLimit()).isEqualTo(new Quantity("1Mi"));
        assertThat(context.objects()).isEmpty();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value"); // mode=1770
    }
}
