package io.jkompose.converters.steps.storage;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.FileReference;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.converters.testing.InMemoryFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Top-level configs: a ConfigMap each, mounted as one file where Compose puts it. */
class ConfigFilesStepTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    private final Path dir = Path.of("/work/p");

    private Project project(Map<String, ConfigDefinition> configs, Service... services) {
        Map<String, Service> byName = new TreeMap<>();
        for (Service service : services) {
            byName.put(service.name(), service);
        }
        return new Project("p", dir, List.of(dir.resolve("compose.yaml")), new TreeMap<>(byName), null, null,
                new TreeMap<>(configs), null);
    }

    @Test
    void fileContentAndEnvironmentConfigsBecomeConfigMapsMountedAtTheirTargets() throws Exception {
        InMemoryFiles files = InMemoryFiles.none().file(dir.resolve("nginx.conf"), "events {}\n");
        Map<String, ConfigDefinition> configs = Map.of(
                "nginx_conf", new ConfigDefinition("nginx_conf", null, Path.of("nginx.conf"), null, null, false, at(10, 3), null),
                "banner", new ConfigDefinition("banner", null, null, "hello", null, false, at(12, 3), null),
                "greeting", new ConfigDefinition("greeting", null, null, "hi", "GREETING", false, at(14, 3), null));
        Service web = service("web", "nginx").configs(List.of(
                new FileReference("nginx_conf", "/etc/nginx/nginx.conf", null, null, null, at(5, 9)),
                new FileReference("banner", null, null, null, 0440, at(6, 9)),
                new FileReference("greeting", "greeting.txt", null, null, null, at(7, 9)))).build();
        ConversionResult result = KubernetesConverter.convert(project(configs, web), OPTIONS, files);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(this.<ConfigMap>object(result, "ConfigMap", "nginx-conf").getData())
                .isEqualTo(Map.of("nginx.conf", "events {}\n"));
        assertThat(this.<ConfigMap>object(result, "ConfigMap", "banner").getData()).isEqualTo(Map.of("banner", "hello"));
        assertThat(this.<ConfigMap>object(result, "ConfigMap", "greeting").getData())
                .isEqualTo(Map.of("greeting.txt", "hi"));
        PodSpec pod = this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers().get(0).getVolumeMounts())
                .extracting(VolumeMount::getName, VolumeMount::getMountPath, VolumeMount::getSubPath).containsExactly(
                        tuple("nginx-conf", "/etc/nginx/nginx.conf", "nginx.conf"),
                        tuple("banner", "/banner", "banner"),                 // Compose's default: /<source>
                        tuple("greeting", "/greeting.txt", "greeting.txt"));
        assertThat(pod.getVolumes().get(0).getConfigMap().getItems()).extracting(KeyToPath::getKey, KeyToPath::getPath)
                .containsExactly(tuple("nginx.conf", "nginx.conf"));
        assertThat(pod.getVolumes().get(1).getConfigMap().getDefaultMode()).isEqualTo(0440);
        SharedTools.assertValid(SharedTools.write("configs", result.objects()));
    }

    @Test
    void externalUnknownEmptyAndUnreadableConfigsAreSaid() {
        Map<String, ConfigDefinition> configs = Map.of(
                "ext", new ConfigDefinition("ext", "prod_ext", null, null, null, true, at(10, 3), null),
                "unset", new ConfigDefinition("unset", null, null, null, "NOT_SET", false, at(12, 3), null),
                "gone", new ConfigDefinition("gone", null, Path.of("gone.txt"), null, null, false, at(14, 3), at(15, 11)));
        Service web = service("web", "nginx").configs(List.of(
                new FileReference("ext", "/etc/ext", "1000", null, null, at(5, 9)),
                new FileReference("unset", null, null, null, null, at(6, 9)),
                new FileReference("gone", null, null, null, null, at(7, 9)),
                new FileReference("nowhere", null, null, null, null, at(8, 9)))).build();
        ConversionResult result = KubernetesConverter.convert(project(configs, web), OPTIONS, InMemoryFiles.none());
        assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.location().toString())
                .containsExactly(
                        tuple("external-config", "compose.yaml:5:9"),
                        tuple("unconverted-value", "compose.yaml:5:9"),   // uid
                        tuple("config-unknown", "compose.yaml:8:9"),
                        tuple("config-empty", "compose.yaml:12:3"),
                        tuple("config-unreadable", "compose.yaml:15:11"));   // at its file: line
        assertThat(result.objects()).extracting(HasMetadata::getKind).containsExactly("Deployment");
        PodSpec pod = this.<Deployment>object(result, "Deployment", "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getVolumes()).singleElement().satisfies(v -> {
            assertThat(v.getConfigMap().getName()).isEqualTo("prod-ext");
            assertThat(v.getConfigMap().getItems().get(0).getKey()).isEqualTo("ext");
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T object(ConversionResult result, String kind, String name) {
        return (T) result.objects().stream()
                .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }
}
