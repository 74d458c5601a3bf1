package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ManifestWriterJsonTest {

    private final ManifestWriter writer = new ManifestWriter();

    @Test
    void objectsAreItemsOfAV1ListWithSortedKeysAndTwoSpaceIndentation() {
        assertThat(writer.json(List.of(Fixtures.webService()))).isEqualTo("""
                {
                  "apiVersion": "v1",
                  "items": [
                    {
                      "apiVersion": "v1",
                      "kind": "Service",
                      "metadata": {
                        "labels": {
                          "io.kompose.service": "web"
                        },
                        "name": "web"
                      },
                      "spec": {
                        "ports": [
                          {
                            "name": "5000",
                            "port": 5000,
                            "targetPort": 8080
                          }
                        ],
                        "selector": {
                          "io.kompose.service": "web"
                        }
                      }
                    }
                  ],
                  "kind": "List"
                }
                """);
    }

    @Test
    void emptinessRulesAreTheSameAsInYaml() {
        Deployment deployment = new DeploymentBuilder(Fixtures.webDeployment())
                .editMetadata().withCreationTimestamp("2024-01-01T00:00:00Z").withAnnotations(java.util.Map.of()).endMetadata()
                .editSpec().editTemplate().editSpec().editFirstContainer().withArgs(List.of()).endContainer()
                .endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(1).endStatus()
                .build();

        String json = writer.json(List.of(deployment));

        assertThat(json).contains("\"emptyDir\": {}");
        assertThat(json.replace("\"emptyDir\": {}", "")).doesNotContain("{}", "[]", "null");
        assertThat(json).doesNotContain("status", "creationTimestamp", "annotations", "args");
    }

    @Test
    void itemsKeepTheGivenOrderAndReadBackEqual() {
        List<HasMetadata> objects = List.of(Fixtures.dbSecret(), Fixtures.webDeployment(), Fixtures.dbDataClaim());
        JsonMapper reader = JsonMapper.builder().build();

        JsonNode list = reader.readTree(writer.json(objects));

        assertThat(list.get("items")).hasSize(3);
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata original = objects.get(i);
            assertThat(reader.treeToValue(list.get("items").get(i), original.getClass())).isEqualTo(original);
        }
    }

    @Test
    void anEmptyListStillHasItemsAndEndsWithANewline() {
        assertThat(writer.json(List.of())).isEqualTo("""
                {
                  "apiVersion": "v1",
                  "items": [],
                  "kind": "List"
                }
                """);
    }
}
