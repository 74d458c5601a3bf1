package io.jkompose.converters.steps.storage;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.Severity;
import io.jkompose.model.Volume;
import io.jkompose.converters.testing.InMemoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What volumes and bind mounts become, with real project files. */
class VolumesStepTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    private final Path dir = Path.of("/work/p");

    /** The project's files: a folder with files and a subfolder, a binary file, an empty folder. */
    private final InMemoryFiles files = InMemoryFiles.none()
            .file(dir.resolve("conf/app.conf"), "a=1\r\nb=2\r\n")
            .file(dir.resolve("conf/odd name.txt"), "odd")
            .file(dir.resolve("conf/nested/deep.txt"), "deep")
            .file(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})
            .folder(dir.resolve("empty"));

    private ServiceVolume bind(String relative, String target, boolean readOnly) {
        String source = relative.startsWith("/") ? relative : dir.resolve(relative).normalize().toString();
        return ServiceVolume.builder(ServiceVolume.Type.BIND, target).source(source).written(relative)
                .readOnly(readOnly).location(at(30, 9)).build();
    }

    private static ServiceVolume named(String name, String target) {
        return ServiceVolume.builder(ServiceVolume.Type.VOLUME, target).source(name).location(at(31, 9)).build();
    }

    private Project project(Map<String, Volume> volumes, Service... services) {
        Map<String, Service> byName = new TreeMap<>();
        for (Service service : services) {
            byName.put(service.name(), service);
        }
        return new Project("p", dir, List.of(dir.resolve("compose.yaml")), new TreeMap<>(byName),
                new TreeMap<>(volumes), null, null, null);
    }

    @Test
    void projectFilesAndFoldersBecomeConfigMapsAsKomposeMakesThem() throws Exception {
        Project project = project(Map.of(), service("web", "nginx").volumes(List.of(
                bind("./conf", "/etc/app", false), bind("./logo.png", "/srv/static/logo.png", true))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, files);

        ConfigMap folder = object(result, "ConfigMap", "web-cm0");
        assertThat(folder.getMetadata().getLabels()).isEqualTo(Map.of("io.kompose.service", "web"));
        assertThat(folder.getMetadata().getAnnotations()).isNullOrEmpty();
        // CRLF becomes LF; a name that is not a key gets one, mapped back to the file; folders are left out
        assertThat(folder.getData()).containsExactly(Map.entry("app.conf", "a=1\nb=2\n"), Map.entry("odd-name.txt", "odd"));
        ConfigMap file = object(result, "ConfigMap", "web-cm1");
        assertThat(file.getMetadata().getAnnotations()).isEqualTo(Map.of("use-subpath", "true"));
        assertThat(file.getData()).isNullOrEmpty();
        assertThat(Base64.getDecoder().decode(file.getBinaryData().get("logo.png")))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

        PodSpec pod = this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes().get(0).getConfigMap().getItems()).extracting(KeyToPath::getKey, KeyToPath::getPath)
                .containsExactly(tuple("app.conf", "app.conf"), tuple("odd-name.txt", "odd name.txt"));
        assertThat(pod.getVolumes().get(1).getConfigMap().getItems()).extracting(KeyToPath::getKey, KeyToPath::getPath)
                .containsExactly(tuple("logo.png", "logo.png"));
        assertThat(pod.getContainers().get(0).getVolumeMounts())
                .extracting(VolumeMount::getName, VolumeMount::getMountPath, VolumeMount::getSubPath, VolumeMount::getReadOnly)
                .containsExactly(tuple("web-cm0", "/etc/app", null, null),
                        tuple("web-cm1", "/srv/static/logo.png", "logo.png", true));
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("subfolders-left-out");
        assertThat(result.diagnostics().get(0).message()).contains("[nested]");
        SharedTools.assertValid(SharedTools.write("configmap-volumes", result.objects()));
    }

    @Test
    void whatTheProjectDoesNotHaveBecomesAClaimAndHostFilesReadOnlyAreLeftOut() {
        Project project = project(Map.of(), service("web", "nginx").volumes(List.of(
                bind("./missing", "/data", false), bind("./empty", "/empty", false),
                bind("/etc/localtime", "/etc/localtime", true), bind("/srv/data", "/srv", false),
                bind("/var/run/docker.sock", "/var/run/docker.sock", false))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, files);
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
                "Deployment/web", "PersistentVolumeClaim/web-claim0", "PersistentVolumeClaim/web-claim1",
                "PersistentVolumeClaim/web-claim3");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("bind-mount-as-claim",
                "bind-mount-as-claim", "volume-skipped", "bind-mount-as-claim", "volume-skipped");
    }

    @Test
    void aProjectFolderThatCannotBeReadIsAnErrorAndIsNotMounted() {
        Project project = project(Map.of(), service("web", "nginx").volumes(List.of(
                bind("./private", "/private", true))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS,
                files.unreadable(dir.resolve("private"), "AccessDeniedException"));
        assertThat(result.objects()).extracting(HasMetadata::getKind).containsExactly("Deployment");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("volume-unreadable");
            assertThat(d.message()).endsWith(": AccessDeniedException");
        });
        assertThat(this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec().getVolumes())
                .isNullOrEmpty();
    }

    @Test
    void emptyDirModeMakesEveryVolumeAnEmptyDirNamedAsKomposeNamesThem() {
        Project project = project(Map.of(), service("web", "nginx").volumes(List.of(named("code_volume", "/code"),
                bind("./conf", "/etc/app", false),
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/anon").location(at(32, 9)).build())).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS.withStorage(OPTIONS.storage()
                .withVolumes(VolumeType.EMPTY_DIR)), files);
        assertThat(result.objects()).extracting(HasMetadata::getKind).containsExactly("Deployment");
        PodSpec pod = this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes()).extracting(v -> v.getName()).containsExactly("code-volume", "web-empty1",
                "web-empty2");
        assertThat(pod.getVolumes()).allSatisfy(v -> {
            assertThat(v.getEmptyDir()).isNotNull();
            assertThat(v.getEmptyDir().getMedium()).isNull();
        });
    }

    @Test
    void hostPathModeMountsTheNodesFolderAndANamedVolumeBecomesAnEmptyDir() {
        Project project = project(Map.of(), service("web", "nginx").volumes(List.of(bind("./conf", "/etc/app", true),
                named("data", "/data"))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS.withStorage(OPTIONS.storage()
                .withVolumes(VolumeType.HOST_PATH)), files);
        PodSpec pod = this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes().get(0).getName()).isEqualTo("web-hostpath0");
        assertThat(pod.getVolumes().get(0).getHostPath().getPath()).isEqualTo(dir.resolve("conf").toString());
        assertThat(pod.getVolumes().get(1).getEmptyDir()).isNotNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("volume-as-emptydir");
    }

    @Test
    void theVolumeTypeLabelChoosesForItsServiceAndTheClaimLabelsSetSizeClassAndSelector() {
        Volume data = new Volume("data", null, null, null, false,
                new TreeMap<>(map("kompose.volume.size", "5Gi", "kompose.volume.selector", "fast-pv")), at(40, 3));
        Project project = project(Map.of("data", data),
                service("db", "pg").volumes(List.of(named("data", "/var/lib/data"), named("logs", "/logs")))
                        .labels(map("kompose.volume.size", "2Gi", "kompose.volume.storage-class-name", "ssd",
                                "kompose.volume.subpath", "pg")).build(),
                service("cache", "redis").volumes(List.of(named("scratch", "/scratch")))
                        .labels(map("kompose.volume.type", "emptyDir")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS.withPvcRequestSize("1Gi"), files);
        PersistentVolumeClaim claim = object(result, "PersistentVolumeClaim", "data");
        assertThat(claim.getSpec().getResources().getRequests().get("storage")).isEqualTo(new Quantity("5Gi"));
        assertThat(claim.getSpec().getStorageClassName()).isEqualTo("ssd");
        assertThat(claim.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "fast-pv"));
        PersistentVolumeClaim logs = object(result, "PersistentVolumeClaim", "logs");
        assertThat(logs.getSpec().getResources().getRequests().get("storage")).isEqualTo(new Quantity("2Gi"));
        assertThat(logs.getSpec().getSelector()).isNull();
        assertThat(this.<Deployment>object(result, "Deployment", "db").getSpec().getTemplate().getSpec().getContainers()
                .get(0).getVolumeMounts()).extracting(VolumeMount::getSubPath).containsOnly("pg");
        assertThat(this.<Deployment>object(result, "Deployment", "cache").getSpec().getTemplate().getSpec().getVolumes()
                .get(0).getEmptyDir()).isNotNull();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void volumeLabelsThatAreNotValidAreErrorsAtTheirLabels() {
        Volume data = new Volume("data", null, null, null, false, new TreeMap<>(map("kompose.volume.size", "big")),
                at(40, 3));
        Project project = project(Map.of("data", data),
                service("a", "x").keys(keys("image", "labels")).volumes(List.of(named("data", "/d")))
                        .labels(map("kompose.volume.type", "nfs", "kompose.volume.subpath", "../up",
                                "kompose.volume.storage-class-name", "Fast_SSD")).build(),
                service("b", "x").keys(keys("image", "volumes")).volumes(List.of(named("data", "/d"))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, files);
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(d -> d.location().toString()).containsExactly(
                        "compose.yaml:4:5", "compose.yaml:4:5", "compose.yaml:4:5", // a's labels
                        "compose.yaml:40:3");                                        // the volume's, once
        // the defaults are used instead
        assertThat(this.<PersistentVolumeClaim>object(result, "PersistentVolumeClaim", "data").getSpec().getResources()
                .getRequests().get("storage")).isEqualTo(new Quantity("100Mi"));
    }

    @Test
    void aClaimSizeOfZeroIsAnErrorAsTheApiServerRefusesIt() {
        Volume data = new Volume("data", null, null, null, false, new TreeMap<>(map("kompose.volume.size", "0")),
                at(40, 3));
        Project project = project(Map.of("data", data),
                service("a", "x").volumes(List.of(named("data", "/d"), named("logs", "/logs")))
                        .labels(map("kompose.volume.size", "0Gi")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, files);
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(Diagnostic::message).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("a Kubernetes quantity above zero such as 1Gi"));
        assertThat(this.<PersistentVolumeClaim>object(result, "PersistentVolumeClaim", "logs").getSpec().getResources()
                .getRequests().get("storage")).isEqualTo(new Quantity("100Mi"));
    }

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T object(ConversionResult result, String kind, String name) {
        return (T) result.objects().stream()
                .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in "
                        + result.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList()));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
