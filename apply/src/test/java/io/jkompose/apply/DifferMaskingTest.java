package io.jkompose.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferMaskingTest {

    private static Map<String, Object> secret(Map<String, Object> data) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", "Secret");
        tree.put("data", new LinkedHashMap<>(data));
        return tree;
    }

    @Test
    void secretValuesAreMaskedOnBothSidesAndMarkedWhereTheyChange() {
        Map<String, Object> before = secret(Map.of("same", "c2FtZQ==", "changed", "b2xk", "gone", "eA=="));
        Map<String, Object> after = secret(Map.of("same", "c2FtZQ==", "changed", "bmV3", "added", "eQ=="));
        Differ.masked(before, after);
        assertThat(before.get("data")).isEqualTo(Map.of("same", "***", "changed", "*** (before)", "gone", "*** (before)"));
        assertThat(after.get("data")).isEqualTo(Map.of("same", "***", "changed", "*** (after)", "added", "*** (after)"));
        assertThat(before.toString() + after).doesNotContain("c2FtZQ==", "b2xk", "bmV3", "eA==", "eQ==");
    }

    @Test
    void otherKindsAreLeftAsTheyAre() {
        Map<String, Object> configMap = new LinkedHashMap<>(Map.of("kind", "ConfigMap", "data", Map.of("a", "b")));
        Differ.masked(null, configMap);
        assertThat(configMap.get("data")).isEqualTo(Map.of("a", "b"));
    }
}
