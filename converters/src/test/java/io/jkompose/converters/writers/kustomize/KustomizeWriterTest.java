package io.jkompose.converters.writers.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.jkompose.converters.writers.ManifestWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class KustomizeWriterTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ManifestWriter manifests = new ManifestWriter();
    private final KustomizeWriter writer = new KustomizeWriter(manifests);

    private static Deployment deployment(String name, String image, int replicas) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).addToLabels("io.kompose.service", name).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("io.kompose.service", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("io.kompose.service", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    private static HasMetadata service(String name) {
        return new ServiceBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().addNewPort().withName("80").withPort(80).endPort()
                .addToSelector("io.kompose.service", name).endSpec().build();
    }

    @Test
    void theBaseHoldsThePlainFilesAndListsThemInOutputOrder() {
        List<HasMetadata> objects = List.of(service("web"), deployment("web", "nginx:1.27", 1), service("api"));
        SortedMap<String, String> files = writer.files(objects, Map.of(), false);

        SortedMap<String, String> plain = manifests.files(objects, false);
        assertThat(files).hasSize(plain.size() + 1);
        plain.forEach((name, content) -> assertThat(files).containsEntry("base/" + name, content));
        assertThat(files.get("base/kustomization.yaml")).isEqualTo("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - web-service.yaml
                  - web-deployment.yaml
                  - api-service.yaml
                sortOptions:
                  order: fifo
                """);
    }

    @Test
    void anOverlayPatchesChangedObjectsDeletesGoneOnesAndAddsNewOnes() {
        List<HasMetadata> base = List.of(service("web"), deployment("web", "nginx:1.26", 1), service("old"));
        List<HasMetadata> prod = List.of(service("web"), deployment("web", "nginx:1.27", 3),
                new ConfigMapBuilder().withNewMetadata().withName("cache").endMetadata().addToData("a", "1").build());
        SortedMap<String, String> files = writer.files(base, Map.of("prod", prod), false);

        assertThat(files.keySet()).containsExactly(
                "base/kustomization.yaml", "base/old-service.yaml", "base/web-deployment.yaml", "base/web-service.yaml",
                "overlays/prod/cache-configmap.yaml", "overlays/prod/kustomization.yaml",
                "overlays/prod/old-service-delete.yaml", "overlays/prod/web-deployment-patch.yaml");
        assertThat(files.get("overlays/prod/kustomization.yaml")).isEqualTo("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../base
                  - cache-configmap.yaml
                patches:
                  - path: web-deployment-patch.yaml
                    target:
                      group: apps
                      version: v1
                      kind: Deployment
                      name: web
                  - path: old-service-delete.yaml
                sortOptions:
                  order: fifo
                """);
        assertThat(files.get("overlays/prod/web-deployment-patch.yaml")).isEqualTo("""
                - op: replace
                  path: /spec/replicas
                  value: 3
                - op: replace
                  path: /spec/template/spec/containers/0/image
                  value: nginx:1.27
                """);
        assertThat(files.get("overlays/prod/old-service-delete.yaml")).isEqualTo("""
                $patch: delete
                apiVersion: v1
                kind: Service
                metadata:
                  name: old
                """);
        assertThat(files.get("overlays/prod/cache-configmap.yaml"))
                .isEqualTo(manifests.files(List.of(prod.get(2)), false).get("cache-configmap.yaml"));
    }

    @Test
    void anUnchangedOverlayIsTheBaseAlone() {
        List<HasMetadata> base = List.of(service("web"));
        SortedMap<String, String> files = writer.files(base, Map.of("same", List.of(service("web"))), false);
        assertThat(files.get("overlays/same/kustomization.yaml")).isEqualTo("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../base
                sortOptions:
                  order: fifo
                """);
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("overlays/")).hasSize(1);
    }

    @Test
    void targetsCarryTheNamespaceAndMatchADottedNameLiterally() {
        Deployment before = deployment("my.app", "a:1", 1);
        before.getMetadata().setNamespace("shop");
        Deployment after = deployment("my.app", "a:2", 1);
        after.getMetadata().setNamespace("shop");
        SortedMap<String, String> files = writer.files(List.of(before), Map.of("x", List.of(after)), false);
        assertThat(files.get("overlays/x/kustomization.yaml")).contains("""
                    target:
                      group: apps
                      version: v1
                      kind: Deployment
                      name: my\\.app
                      namespace: shop
                """);
    }

    @Test
    void anObjectWhoseApiVersionChangedIsDeletedAndAddedAgain() {
        HasMetadata v1 = new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build();
        HasMetadata other = new ConfigMapBuilder().withApiVersion("v2").withNewMetadata().withName("c").endMetadata()
                .build();
        SortedMap<String, String> files = writer.files(List.of(v1), Map.of("x", List.of(other)), false);
        assertThat(files).containsKeys("overlays/x/c-configmap-delete.yaml", "overlays/x/c-configmap.yaml");
    }

    @Test
    void jsonWritesObjectsAndPatchesAsJsonAndKeepsTheKustomizationYaml() {
        List<HasMetadata> base = List.of(deployment("web", "nginx:1.26", 1), service("old"));
        Map<String, List<HasMetadata>> overlays = new LinkedHashMap<>();
        overlays.put("prod", List.of(deployment("web", "nginx:1.26", 2)));
        SortedMap<String, String> files = writer.files(base, overlays, true);
        assertThat(files.keySet()).containsExactly("base/kustomization.yaml", "base/old-service.json",
                "base/web-deployment.json", "overlays/prod/kustomization.yaml", "overlays/prod/old-service-delete.json",
                "overlays/prod/web-deployment-patch.json");
        assertThat(files.get("base/web-deployment.json")).isEqualTo(manifests.files(List.of(base.get(0)), true)
                .get("web-deployment.json"));
        assertThat(files.get("overlays/prod/web-deployment-patch.json")).isEqualTo("""
                [
                  {
                    "op": "replace",
                    "path": "/spec/replicas",
                    "value": 2
                  }
                ]
                """);
        assertThat(files.get("base/kustomization.yaml")).contains("  - web-deployment.json\n");
    }

    @Test
    void aPatchWithMultiLineTextParsesBackIntoItsOperations() {
        HasMetadata before = new ConfigMapBuilder().withNewMetadata().withName("conf").endMetadata()
                .addToData("nginx.conf", "server {\n  listen 80;\n}\n").build();
        HasMetadata after = new ConfigMapBuilder().withNewMetadata().withName("conf").endMetadata()
                .addToData("nginx.conf", "server {\n\n  listen 8080;\n    # indented\n}\n")
                .addToData("empty", "").build();
        String patch = writer.files(List.of(before), Map.of("x", List.of(after)), false)
                .get("overlays/x/conf-configmap-patch.yaml");
        assertThat(patch).startsWith("- op: ").endsWith("\n");

        JsonNode operations = YAMLMapper.builder().build().readTree(patch);
        JsonNode source = JSON.readTree(manifests.files(List.of(before), true).get("conf-configmap.json"));
        JsonNode target = JSON.readTree(manifests.files(List.of(after), true).get("conf-configmap.json"));
        assertThat(JsonPatchApplier.apply(source, (ArrayNode) operations)).isEqualTo(target);
    }

    @Test
    void onlyARootSequenceIsUnindented() {
        assertThat(KustomizeWriter.unindentedSequence("  - a: |\n      x\n\n      y\n  - b\n"))
                .isEqualTo("- a: |\n    x\n\n    y\n- b\n");
        assertThat(KustomizeWriter.unindentedSequence("a:\n  - b\n")).isEqualTo("a:\n  - b\n");
    }

    @Test
    void sameInputSameBytes() {
        List<HasMetadata> base = List.of(service("web"), deployment("web", "nginx:1.26", 1));
        Map<String, List<HasMetadata>> overlays = Map.of("a", List.of(deployment("web", "nginx:2", 1)),
                "b", List.of(service("web")));
        assertThat(writer.files(base, overlays, false)).isEqualTo(new KustomizeWriter(new ManifestWriter())
                .files(base, overlays, false));
    }

    @Test
    void overlayNamesMustBePlainFolderNames() {
        for (String name : List.of("", ".", "..", "a/b", "a\\b")) {
            assertThatThrownBy(() -> writer.files(List.of(service("web")), Map.of(name, List.of()), false))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void twoObjectsWithOneIdentityAreRefused() {
        assertThatThrownBy(() -> writer.files(List.of(service("web")), Map.of("x", List.of(service("web"),
                service("web"))), false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Service web");
    }
}
