package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ManifestWriterFilesTest {

    private final ManifestWriter writer = new ManifestWriter();

    @Test
    void filesAreNamedLikeKomposeAndSortedByName() {
        SortedMap<String, String> files = writer.files(List.of(Fixtures.webDeployment(), Fixtures.webService(),
                Fixtures.dbDataClaim(), Fixtures.envConfigMap(), Fixtures.dbSecret(), Fixtures.namespace()), false);

        assertThat(files.keySet()).containsExactly(
                "db-data-persistentvolumeclaim.yaml",
                "db-password-secret.yaml",
                "env-configmap.yaml",
                "shop-namespace.yaml",
                "web-deployment.yaml",
                "web-service.yaml");
    }

    @Test
    void eachYamlFileIsOneDocumentStartingWithTheMarker() {
        SortedMap<String, String> files = writer.files(List.of(Fixtures.webService(), Fixtures.webDeployment()), false);

        assertThat(files.get("web-service.yaml"))
                .isEqualTo(writer.yaml(List.of(Fixtures.webService())).stripTrailing() + "\n")
                .startsWith("---\napiVersion: v1\nkind: Service\n");
        assertThat(files.values()).allSatisfy(text -> {
            assertThat(text.lines().filter("---"::equals)).hasSize(1);
            assertThat(ManifestWriterYamlTest.loadAll(text)).hasSize(1);
        });
    }

    @Test
    void jsonFilesHoldTheObjectItself() {
        SortedMap<String, String> files = writer.files(List.of(Fixtures.namespace()), true);

        assertThat(files).containsExactly(Map.entry("shop-namespace.json", """
                {
                  "apiVersion": "v1",
                  "kind": "Namespace",
                  "metadata": {
                    "name": "shop"
                  }
                }
                """));
    }

    @Test
    void objectsWithTheSameFileNameGetNumberedInListOrder() {
        HasMetadata first = Fixtures.webService();
        HasMetadata second = new ServiceBuilder(Fixtures.webService()).editMetadata().withNamespace("b").endMetadata().build();
        HasMetadata third = new ServiceBuilder(Fixtures.webService()).editMetadata().withNamespace("c").endMetadata().build();

        SortedMap<String, String> files = writer.files(List.of(first, second, third), false);

        assertThat(files.keySet()).containsExactly("web-service-2.yaml", "web-service-3.yaml", "web-service.yaml");
        assertThat(files.get("web-service.yaml")).doesNotContain("namespace:");
        assertThat(files.get("web-service-2.yaml")).contains("  namespace: b\n");
        assertThat(files.get("web-service-3.yaml")).contains("  namespace: c\n");
    }

    @Test
    void aNumberedNameNeverTakesAnotherObjectsOwnName() {
        // kind "Service-2" gives the plain name web-service-2.yaml, which the second "web" Service must not take.
        HasMetadata oddKind = new GenericKubernetesResourceBuilder()
                .withApiVersion("example.com/v1").withKind("Service-2")
                .withNewMetadata().withName("web").endMetadata().build();

        SortedMap<String, String> files = writer.files(List.of(Fixtures.webService(), Fixtures.webService(), oddKind), false);

        assertThat(files.keySet()).containsExactly("web-service-2.yaml", "web-service-3.yaml", "web-service.yaml");
        assertThat(files.get("web-service-2.yaml")).contains("kind: Service-2\n");
        assertThat(files.get("web-service-3.yaml")).contains("kind: Service\n");
    }

    @Test
    void namesDifferingOnlyInCaseDoNotOverwriteEachOther() {
        HasMetadata upper = new ServiceBuilder(Fixtures.webService()).editMetadata().withName("Web").endMetadata().build();

        SortedMap<String, String> files = writer.files(List.of(upper, Fixtures.webService()), false);

        assertThat(files.keySet()).containsExactly("Web-service.yaml", "web-service-2.yaml");
    }

    @Test
    void aNameCannotBecomeAPath() {
        HasMetadata odd = new ServiceBuilder(Fixtures.webService()).editMetadata().withName("../etc/web").endMetadata().build();

        assertThat(writer.files(List.of(odd), false).firstKey()).isEqualTo("-.-etc-web-service.yaml").doesNotContain("/");
    }

    @Test
    void anObjectWithoutANameIsRejected() {
        HasMetadata unnamed = new ServiceBuilder().withNewMetadata().endMetadata().build();

        assertThatThrownBy(() -> writer.files(List.of(unnamed), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Service").hasMessageContaining("metadata.name");
    }
}
