package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ManifestNormalizerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String normalize(String json) {
        JsonNode tree = JSON.readTree(json);
        return ManifestNormalizer.normalize(tree).toString();
    }

    @Test
    void emptyContainersVanishBottomUp() {
        assertThat(normalize("""
                {"kind":"Pod","metadata":{"name":"p","labels":{},"creationTimestamp":null},
                 "spec":{"securityContext":{"capabilities":{"add":[],"drop":[null]}},"containers":[{"name":"c","env":[]}]},
                 "status":{}}"""))
                .isEqualTo("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":[{\"name\":\"c\"}]}}");
    }

    @Test
    void meaningfulEmptyObjectsAreKept() {
        // ingress: [{}] allows all traffic; podSelector: {} selects all pods; namespaceSelector: {} all namespaces.
        assertThat(normalize("""
                {"kind":"NetworkPolicy","metadata":{"name":"all"},
                 "spec":{"podSelector":{"matchLabels":{}},"ingress":[{}],
                         "egress":[{"to":[{"namespaceSelector":{},"podSelector":{"matchLabels":{}}}]}]}}"""))
                .isEqualTo("{\"kind\":\"NetworkPolicy\",\"metadata\":{\"name\":\"all\"},\"spec\":{"
                        + "\"egress\":[{\"to\":[{\"namespaceSelector\":{},\"podSelector\":{}}]}],"
                        + "\"ingress\":[{}],\"podSelector\":{}}}");
    }

    @Test
    void emptyStringsFalseAndZeroAreValuesNotEmptiness() {
        assertThat(normalize("""
                {"data":{"EMPTY":""},"spec":{"replicas":0,"hostNetwork":false,"args":[""]}}"""))
                .isEqualTo("{\"data\":{\"EMPTY\":\"\"},\"spec\":{\"args\":[\"\"],\"hostNetwork\":false,\"replicas\":0}}");
    }

    @Test
    void onlyStatusObjectsAreDroppedNotStatusStrings() {
        assertThat(normalize("""
                {"spec":{"volumeClaimTemplates":[{"metadata":{"name":"d"},"status":{"phase":"Pending"}}]},
                 "conditions":[{"type":"Ready","status":"True"}]}"""))
                .isEqualTo("{\"conditions\":[{\"status\":\"True\",\"type\":\"Ready\"}],"
                        + "\"spec\":{\"volumeClaimTemplates\":[{\"metadata\":{\"name\":\"d\"}}]}}");
    }
}
