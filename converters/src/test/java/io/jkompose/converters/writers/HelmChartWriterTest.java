package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class HelmChartWriterTest {

    private final HelmChartWriter writer = new HelmChartWriter();

    @Test
    void chartNamesAreLowerCaseLettersDigitsAndDashes() {
        assertThat(HelmChartWriter.chartName("web-db-cache")).isEqualTo("web-db-cache");
        assertThat(HelmChartWriter.chartName("My_Project.v2")).isEqualTo("my-project-v2");
        assertThat(HelmChartWriter.chartName("__a__")).isEqualTo("a");
        assertThat(HelmChartWriter.chartName("___")).isEqualTo("chart");
        assertThat(HelmChartWriter.chartName(null)).isEqualTo("chart");
    }

    @Test
    void goStringsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(HelmTemplate.goString("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\x01\"");
    }

    @Test
    void aChartHasItsFilesAndOneTemplatePerObject() {
        SortedMap<String, String> files = writer.files("shop", objects());

        assertThat(files).containsOnlyKeys("Chart.yaml", "README.md", "values.yaml", "values.schema.json",
                "templates/NOTES.txt", "templates/_helpers.tpl", "templates/web-deployment.yaml",
                "templates/web-service.yaml", "templates/db-data-persistentvolumeclaim.yaml");
        assertThat(files.get("Chart.yaml")).isEqualTo("""
                apiVersion: v2
                name: shop
                description: "The Compose project shop as a Helm chart, made by jkompose"
                type: application
                version: 0.1.0
                appVersion: "1.27"
                """);
        assertThat(writer.files("shop", objects())).isEqualTo(files);
    }

    @Test
    void theValuesHoldTheConvertedFieldsAndTheTemplatesReferToThem() throws Exception {
        SortedMap<String, String> files = writer.files("shop", objects());
        JsonNode values = YAMLMapper.builder().build().readTree(files.get("values.yaml"));

        assertThat(values.at("/services/web/image/repository").asString()).isEqualTo("nginx");
        assertThat(values.at("/services/web/image/tag").asString()).isEqualTo("1.27");
        assertThat(values.at("/services/web/replicas").asInt()).isEqualTo(1);
        assertThat(values.at("/services/web/resources/limits/memory").asString()).isEqualTo("100Mi");
        assertThat(values.at("/services/web/env/0/name").asString()).isEqualTo("PORT");
        assertThat(values.at("/services/web/service/ports/0/port").asInt()).isEqualTo(5000);
        assertThat(values.at("/persistence/db-data/size").asString()).isEqualTo("100Mi");
        assertThat(values.at("/persistence/db-data/accessMode").asString()).isEqualTo("ReadWriteOnce");
        assertThat(values.at("/global/namespace").asString()).isEmpty();

        String deployment = files.get("templates/web-deployment.yaml");
        assertThat(deployment).startsWith("{{- $svc := index $.Values.services \"web\" }}\n")
                .contains("  replicas: {{ $svc.replicas }}\n")
                .contains("        - image: {{ include \"shop.image\" $svc.image | quote }}\n")
                .contains("          {{- with $svc.env }}\n          env:\n            {{- toYaml . | nindent 12 }}\n")
                .doesNotContain("nginx:1.27").doesNotContain("PORT");
        assertThat(files.get("templates/db-data-persistentvolumeclaim.yaml"))
                .contains("    - {{ $claim.accessMode | quote }}\n", "      storage: {{ $claim.size | quote }}\n");
    }

    @Test
    void theSchemaClosesEveryEntryAndTypesEveryValue() throws Exception {
        JsonNode schema = JsonMapper.builder().build().readTree(writer.files("shop", objects()).get("values.schema.json"));

        assertThat(schema.at("/properties/services/additionalProperties").asBoolean(true)).isFalse();
        JsonNode web = schema.at("/properties/services/properties/web");
        assertThat(web.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(web.at("/properties/replicas/type").asString()).isEqualTo("integer");
        assertThat(web.at("/properties/image/properties/tag/type").asString()).isEqualTo("string");
        assertThat(schema.at("/properties/persistence/properties/db-data/properties/accessMode/enum").size()).isEqualTo(4);
    }

    @Test
    void literalTemplateMarkersInAnObjectAreWrittenAsText() {
        Deployment deployment = new DeploymentBuilder(Fixtures.webDeployment()).editSpec().editTemplate().editSpec()
                .editFirstContainer().withCommand("echo", "{{ .Values.secret }}").endContainer().endSpec().endTemplate()
                .endSpec().build();

        String template = writer.files("shop", List.of(deployment)).get("templates/web-deployment.yaml");

        assertThat(template).contains("- echo\n", "- \"{{ \"{{\" }} .Values.secret }}\"\n")
                .doesNotContain("{{ .Values.secret");
    }

    @Test
    void imagesAreSplitIntoRepositoryTagAndDigest() throws Exception {
        Deployment withPort = new DeploymentBuilder(Fixtures.webDeployment()).editSpec().editTemplate().editSpec()
                .editFirstContainer().withImage("registry.local:5000/team/app@sha256:abc").endContainer().endSpec()
                .endTemplate().endSpec().build();

        JsonNode values = YAMLMapper.builder().build().readTree(writer.files("x", List.of(withPort)).get("values.yaml"));

        assertThat(values.at("/services/web/image/repository").asString()).isEqualTo("registry.local:5000/team/app");
        assertThat(values.at("/services/web/image/tag").asString()).isEmpty();
        assertThat(values.at("/services/web/image/digest").asString()).isEqualTo("sha256:abc");
    }

    @Test
    void aBlockValueThatWouldOpenAListItemIsRefused() {
        HelmTemplate template = new HelmTemplate();
        tools.jackson.databind.node.ObjectNode root = JsonMapper.builder().build().createObjectNode();
        tools.jackson.databind.node.ObjectNode item = root.putArray("items").addObject();
        template.block(item, "only", "$x", HelmTemplate.Body.YAML);

        assertThatThrownBy(() -> template.render(WriterMappers.yaml(), root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on its own field's line");
    }

    private static List<HasMetadata> objects() {
        return List.of(Fixtures.webService(), Fixtures.webDeployment(), Fixtures.dbDataClaim());
    }
}
