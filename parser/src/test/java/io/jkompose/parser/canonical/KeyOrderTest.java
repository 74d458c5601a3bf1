package io.jkompose.parser.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    /** The order of compose-go's own expected YAML (loader/full-struct_test.go), printed by go-yaml. */
    @Test
    void reproducesComposeGoPrintedOrders() {
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("QUX", "FOO", "ENV_WITH_UNDERSCORE", "BAZ", "ENV.WITH.DOT", "BAR")))
                .containsExactly("BAR", "BAZ", "ENV.WITH.DOT", "ENV_WITH_UNDERSCORE", "FOO", "QUX");
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("com.example.number", "LABEL_WITH_UNDERSCORE",
                "com.example.description", "QUX", "LABEL.WITH.DOT", "com.example.empty-label", "BAR")))
                .containsExactly("BAR", "LABEL.WITH.DOT", "LABEL_WITH_UNDERSCORE", "QUX",
                        "com.example.description", "com.example.empty-label", "com.example.number");
    }

    /** Where go-yaml's natural order and Java's String order part ways (worked out from go-yaml's rules). */
    @Test
    void nonLettersSortBeforeLettersAndNumbersByValue() {
        // '_' is above 'L' in ASCII, but go-yaml puts the non-letter first.
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("APPLE", "APP_NAME"))).containsExactly("APP_NAME", "APPLE");
        // Digit runs compare by value.
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("node10", "node9", "node1")))
                .containsExactly("node1", "node9", "node10");
        // Right after a shared digit, the letter comes first.
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("a1_", "a1b"))).containsExactly("a1b", "a1_");
        // Two letters compare by code point: capitals first.
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("web", "Web", "api"))).containsExactly("Web", "api", "web");
        // A prefix comes first.
        assertThat(KeyOrder.GO_YAML.sortedKeys(List.of("db-replica", "db"))).containsExactly("db", "db-replica");
    }

    @Test
    void jsonOrderIsByteOrder() {
        assertThat(KeyOrder.BYTES.sortedKeys(List.of("APPLE", "APP_NAME", "node10", "node9")))
                .containsExactly("APPLE", "APP_NAME", "node10", "node9");
        // Code points, not UTF-16 units: U+1F600 (a surrogate pair) sorts after U+FB01.
        assertThat(KeyOrder.BYTES.sortedKeys(List.of("\uD83D\uDE00", "\uFB01"))).containsExactly("\uFB01", "\uD83D\uDE00");
    }

    @Test
    void orderIsConsistentInBothDirections() {
        List<String> keys = List.of("a1", "a01", "a001", "A", "_", "1", "01", "a", "a_b", "ab", "a.b", "x9y", "x10");
        for (String a : keys) {
            for (String b : keys) {
                int forward = Integer.signum(KeyOrder.GO_YAML.compare(a, b));
                int backward = Integer.signum(KeyOrder.GO_YAML.compare(b, a));
                assertThat(forward).as("%s vs %s", a, b).isEqualTo(-backward);
                assertThat(forward == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }
}
