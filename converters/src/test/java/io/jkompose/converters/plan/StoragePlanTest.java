package io.jkompose.converters.plan;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.BIND;
import static io.jkompose.model.ServiceVolume.Type.NPIPE;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.storage.SecretFilesStep;
import io.jkompose.converters.steps.storage.VolumesStep;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileReference;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** What the plan decides for volumes, before any object is built, and that the build steps only follow it. */
class StoragePlanTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");
    private static final ConvertOptions STATEFUL = OPTIONS.withWorkloads(OPTIONS.workloads()
            .withController(Controller.STATEFUL_SET));

    private Diagnostics diagnostics = new Diagnostics();

    private ProjectPlan plan(Project project, ConvertOptions options) {
        return plan(project, options, InMemoryFiles.none());
    }

    private ProjectPlan plan(Project project, ConvertOptions options, FileSource files) {
        return Planner.plan(project, options, files, diagnostics);
    }

    private static io.jkompose.model.Volume named(String key, SortedMap<String, String> labels, int line) {
        return new io.jkompose.model.Volume(key, null, null, null, false, labels, at(line, 3));
    }

    private static ServiceVolume withSubpath(ServiceVolume.Type type, String source, String target, String subpath) {
        return ServiceVolume.builder(type, target).source(source).subpath(subpath).location(at(30, 9)).build();
    }

    @Test
    void aStatefulSetsClaimsAreTemplatesInThePlanAndNoClaimObjectIsBuilt() {
        Service db = service("db", "pg").volumes(List.of(volume(VOLUME, "data", "/data", false),
                volume(VOLUME, "shared", "/shared", false), volume(VOLUME, null, "/scratch", false),
                volume(VOLUME, "data", "/again", true))).build();
        Project project = project("p", Map.of("data", named("data", null, 20),
                "shared", new io.jkompose.model.Volume("shared", "prod_shared", null, null, true, null, at(22, 3))),
                Map.of(), db);

        StoragePlan storage = plan(project, STATEFUL).service("db").storage();
        assertThat(storage.claims()).extracting(MountPlan.Claim::name, MountPlan.Claim::perReplica,
                MountPlan.Claim::external).containsExactly(tuple("data", true, false), tuple("prod-shared", false, true),
                tuple("db-claim2", true, false), tuple("data", true, false));
        assertThat(storage.claimTemplates()).extracting(MountPlan.Claim::name).containsExactly("data", "db-claim2");
        assertThat(storage.hasClaimTemplate("data")).isTrue();
        assertThat(storage.hasClaimTemplate("prod-shared")).isFalse();

        ConversionResult result = KubernetesConverter.convert(project, STATEFUL, InMemoryFiles.none());
        assertThat(result.objects()).noneMatch(PersistentVolumeClaim.class::isInstance);
        StatefulSet statefulSet = (StatefulSet) result.objects().stream().filter(StatefulSet.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(statefulSet.getSpec().getVolumeClaimTemplates()).extracting(c -> c.getMetadata().getName())
                .containsExactly("data", "db-claim2");
        assertThat(statefulSet.getSpec().getTemplate().getSpec().getVolumes()).extracting(Volume::getName)
                .containsExactly("prod-shared");
        assertThat(statefulSet.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
                .extracting(VolumeMount::getName).containsExactly("data", "prod-shared", "db-claim2", "data");
    }

    @Test
    void aDeploymentsClaimsAreSharedObjects() {
        Service web = service("web", "nginx").volumes(List.of(volume(VOLUME, "data", "/data", false))).build();
        StoragePlan storage = plan(project("p", web), OPTIONS).service("web").storage();
        assertThat(storage.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.sharedObject()).isTrue();
            assertThat(claim.size()).isEqualTo("100Mi");
            assertThat(claim.accessMode()).isEqualTo("ReadWriteOnce");
        });
        assertThat(storage.claimTemplates()).isEmpty();
        assertThat(storage.mountsReadWriteOnceClaim()).isTrue();
    }

    @Test
    void theAccessModeLabelOfTheVolumeReachesTheClaimTemplateToo() {
        Service files = service("files", "f").volumes(List.of(volume(VOLUME, "shared", "/srv", true))).build();
        Project project = project("p", Map.of("shared", named("shared",
                map("jkompose.volume.access-mode", "ReadWriteMany"), 20)), Map.of(), files);
        assertThat(plan(project, OPTIONS).service("files").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.accessMode()).isEqualTo("ReadWriteMany")); // not ReadOnlyMany
        ConversionResult result = KubernetesConverter.convert(project, STATEFUL, InMemoryFiles.none());
        StatefulSet statefulSet = (StatefulSet) result.objects().stream().filter(StatefulSet.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(statefulSet.getSpec().getVolumeClaimTemplates()).singleElement()
                .satisfies(claim -> assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aVolumeThatAnotherServiceWritesIsNotReadOnlyManyAndOneEveryoneReadsIs() {
        Project project = project("p",
                service("reader", "r").volumes(List.of(volume(VOLUME, "shared", "/data", true),
                        volume(VOLUME, "docs", "/docs", true))).build(),
                service("writer", "w").volumes(List.of(volume(VOLUME, "shared", "/data", false))).build(),
                service("viewer", "v").volumes(List.of(volume(VOLUME, "docs", "/docs", true))).build());
        ProjectPlan plan = plan(project, OPTIONS);
        assertThat(plan.service("reader").storage().claims()).extracting(MountPlan.Claim::name,
                MountPlan.Claim::accessMode, MountPlan.Claim::readOnly).containsExactly(
                        tuple("shared", "ReadWriteOnce", true), tuple("docs", "ReadOnlyMany", true));
        assertThat(plan.service("reader").storage().mountsReadWriteOnceClaim()).isTrue();
        assertThat(plan.service("viewer").storage().mountsReadWriteOnceClaim()).isFalse();
        assertThat(plan.service("reader").storage().mounts()).extracting(MountPlan::mount)
                .extracting(MountPlan.Mount::readOnly).containsOnly(true);
    }

    @Test
    void aVolumesLabelsAreReadOnceAndAWrongAccessModeIsSaidOnce() {
        Project project = project("p", Map.of("data", named("data",
                        map("jkompose.volume.access-mode", "ReadWriteAll", "kompose.volume.size", "huge"), 20)),
                Map.of(),
                service("a", "x").volumes(List.of(volume(VOLUME, "data", "/d", false))).build(),
                service("b", "x").volumes(List.of(volume(VOLUME, "data", "/d", false))).build());
        ProjectPlan plan = plan(project, OPTIONS);
        assertThat(diagnostics.all()).extracting(Diagnostic::severity, Diagnostic::code).containsExactly(
                tuple(Severity.ERROR, "invalid-label-value"), tuple(Severity.WARNING, "invalid-label-value"),
                tuple(Severity.WARNING, "shared-volume")); // a and b may run on different nodes
        assertThat(diagnostics.all()).filteredOn(d -> d.code().equals("invalid-label-value"))
                .extracting(d -> d.location()).containsOnly(at(20, 3));
        for (String service : List.of("a", "b")) {
            assertThat(plan.service(service).storage().claims()).singleElement().satisfies(claim -> {
                assertThat(claim.accessMode()).isEqualTo("ReadWriteOnce");
                assertThat(claim.size()).isEqualTo("100Mi");
            });
        }
    }

    @Test
    void theClaimSizeOptionIsEveryClaimsSizeUnlessALabelSaysOtherwise() {
        // A wrong size cannot get here: StorageOptions refuses it when the options are made.
        ProjectPlan plan = plan(project("p",
                service("a", "x").volumes(List.of(volume(VOLUME, "one", "/one", false))).build(),
                service("b", "x").labels(map("kompose.volume.size", "5Gi"))
                        .volumes(List.of(volume(VOLUME, "two", "/two", false))).build()),
                OPTIONS.withPvcRequestSize("2Gi"));
        assertThat(diagnostics.all()).isEmpty();
        assertThat(plan.service("a").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.size()).isEqualTo("2Gi"));
        assertThat(plan.service("b").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.size()).isEqualTo("5Gi"));
    }

    @Test
    void theSubpathLabelWinsOverTheEntrysAndTheTypeLabelChoosesForTheService() {
        Service web = service("web", "nginx").labels(map("kompose.volume.subpath", "site", "kompose.volume.type",
                "hostPath")).volumes(List.of(withSubpath(VOLUME, "data", "/data", "mine"),
                withSubpath(BIND, "/srv/html", "/html", "mine"))).build();
        List<MountPlan> mounts = plan(project("p", web), OPTIONS).service("web").storage().mounts();
        assertThat(mounts.get(0)).isInstanceOf(MountPlan.EmptyDir.class); // a named volume has no node folder
        assertThat(mounts.get(1)).isInstanceOfSatisfying(MountPlan.HostPath.class,
                hostPath -> assertThat(hostPath.path()).isEqualTo("/srv/html"));
        assertThat(mounts).extracting(MountPlan::mount).extracting(MountPlan.Mount::subPath)
                .containsExactly("site", "site");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("volume-as-emptydir");
    }

    @Test
    void projectFilesAreReadIntoThePlanAndWhatIsNotThereIsAClaimOrLeftOut() {
        Path dir = Path.of("/work/p");
        InMemoryFiles files = InMemoryFiles.none().file(dir.resolve("nginx.conf"), "events {}\n")
                .file(dir.resolve("html/index.html"), "<p>hi</p>");
        Service web = service("web", "nginx").volumes(List.of(
                volume(BIND, "/work/p/nginx.conf", "/etc/nginx/nginx.conf", true),
                volume(BIND, "/work/p/html", "/usr/share/nginx/html", false),
                volume(BIND, "/work/p/missing", "/data", false),
                volume(BIND, "/etc/localtime", "/etc/localtime", true),
                volume(BIND, "/var/run/docker.sock", "/var/run/docker.sock", false),
                volume(NPIPE, "\\\\.\\pipe\\docker", "/pipe", false))).build();
        List<MountPlan> mounts = plan(project("p", web), OPTIONS, files).service("web").storage().mounts();
        assertThat(mounts.get(0)).isInstanceOfSatisfying(MountPlan.ProjectFiles.class, file -> {
            assertThat(file.name()).isEqualTo("web-cm0");
            assertThat(file.singleFile()).isEqualTo("nginx.conf");
            assertThat(file.mount().subPath()).isEqualTo("nginx.conf");
            assertThat(file.files()).singleElement().satisfies(f -> assertThat(new String(f.content(),
                    StandardCharsets.UTF_8)).isEqualTo("events {}\n"));
        });
        assertThat(mounts.get(1)).isInstanceOfSatisfying(MountPlan.ProjectFiles.class, folder -> {
            assertThat(folder.singleFile()).isNull();
            assertThat(folder.mount().subPath()).isNull();
            assertThat(folder.files()).extracting(MountPlan.ProjectFile::name).containsExactly("index.html");
        });
        assertThat(mounts.get(2)).isInstanceOfSatisfying(MountPlan.Claim.class,
                claim -> assertThat(claim.name()).isEqualTo("web-claim2"));
        assertThat(mounts.subList(3, 6)).allSatisfy(mount -> {
            assertThat(mount).isInstanceOf(MountPlan.Skipped.class);
            assertThat(mount.volumeName()).isNull();
            assertThat(mount.mount()).isNull();
        });
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("bind-mount-as-claim",
                "volume-skipped", "volume-skipped", "unconverted-value");
    }

    @Test
    void theBuildStepsOnlyFollowThePlanAndKeepPodVolumeNamesApartFromTheTemplates() {
        Service db = service("db", "pg").volumes(List.of(volume(VOLUME, "data", "/data", false)))
                .secrets(List.of(new FileReference("data", null, null, null, null, at(9, 9)))).build();
        Project project = project("p", Map.of(), Map.of("data", new SecretDefinition("data", null, null, "pw", null,
                false, at(12, 3), null)), db);
        ServiceContext context = Contexts.run(Contexts.of(project, db, STATEFUL), new VolumesStep(),
                new SecretFilesStep());
        assertThat(context.objects()).isEmpty(); // the claim is the StatefulSet's template, no object
        // the secret's volume does not take the name the pods mount the claim template by
        assertThat(context.podSpec().build().getVolumes()).extracting(Volume::getName).containsExactly("data-2");
        assertThat(context.container().build().getVolumeMounts()).extracting(VolumeMount::getName)
                .containsExactly("data", "data-2");
        assertThat(Contexts.codes(context)).isEmpty();
    }

    @Test
    void emptyDirModeMakesNoClaims() {
        Service web = service("web", "nginx").volumes(List.of(volume(VOLUME, "data", "/data", false))).build();
        StoragePlan storage = plan(project("p", web), OPTIONS.withStorage(OPTIONS.storage()
                .withVolumes(VolumeType.EMPTY_DIR))).service("web").storage();
        assertThat(storage.mounts()).singleElement().isInstanceOf(MountPlan.EmptyDir.class);
        assertThat(storage.claims()).isEmpty();
        assertThat(storage.mountsReadWriteOnceClaim()).isFalse();
    }

    @Test
    void aReadWriteOnceClaimThatPodsOfSeveralWorkloadsMountIsReportedOnceOrMadeReadWriteMany() {
        Project project = project("p",
                service("coordinator", "x").volumes(List.of(volume(VOLUME, "shared", "/work", false))).build(),
                service("worker", "x").volumes(List.of(volume(VOLUME, "shared", "/work", false))).build(),
                service("alone", "x").volumes(List.of(volume(VOLUME, "own", "/own", false))).build());
        ProjectPlan plan = plan(project, OPTIONS);
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("shared-volume");
        assertThat(diagnostics.all().get(0).message()).contains("2 workloads (coordinator, worker)");
        assertThat(plan.service("worker").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.accessMode()).isEqualTo("ReadWriteOnce"));

        diagnostics = new Diagnostics();
        ProjectPlan shared = plan(project, OPTIONS.withStorage(OPTIONS.storage().withSharedVolumeAccessMode("ReadWriteMany")));
        assertThat(diagnostics.all()).isEmpty();
        assertThat(shared.service("coordinator").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.accessMode()).isEqualTo("ReadWriteMany"));
        assertThat(shared.service("alone").storage().claims()).singleElement()
                .satisfies(claim -> assertThat(claim.accessMode()).isEqualTo("ReadWriteOnce"));
    }

    @Test
    void aReadWriteOnceClaimOfSeveralReplicasIsReported() {
        Project project = project("p", service("web", "x").deploy(io.jkompose.converters.testing.Fixtures.deployReplicas(3))
                .volumes(List.of(volume(VOLUME, "data", "/data", false))).build());
        plan(project, OPTIONS);
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("shared-volume");
            assertThat(d.message()).contains("it runs 3 replicas");
        });
    }

    @Test
    void aWritableHostFileOutsideTheProjectIsLeftOutRatherThanMadeAnEmptyFolder() {
        Project project = project("p", service("app", "x").volumes(List.of(
                volume(BIND, "/etc/hostname", "/etc/nodename", false),
                volume(BIND, "/srv/app.conf", "/app/app.conf", false),
                volume(BIND, "/srv/data", "/data", false))).build());
        List<MountPlan> mounts = plan(project, OPTIONS).service("app").storage().mounts();
        assertThat(mounts.get(0)).isInstanceOf(MountPlan.Skipped.class);
        assertThat(mounts.get(1)).isInstanceOf(MountPlan.Skipped.class);
        assertThat(mounts.get(2)).isInstanceOf(MountPlan.Claim.class); // a folder: an empty claim, as kompose
        assertThat(diagnostics.all()).extracting(Diagnostic::code)
                .containsExactly("volume-skipped", "volume-skipped", "bind-mount-as-claim");
        assertThat(VolumeMounts.isHostFile("/etc/localtime")).isTrue();
        assertThat(VolumeMounts.isHostFile("/var/lib/.hidden")).isFalse();
        assertThat(VolumeMounts.isHostFile("/opt/app.d/")).isFalse();
    }
}
