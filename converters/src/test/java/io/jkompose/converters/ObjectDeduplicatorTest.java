package io.jkompose.converters;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.jkompose.model.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectDeduplicatorTest {

    private static ConfigMap envConfigMap(String service, String value) {
        return new ConfigMapBuilder()
                .withNewMetadata().withName("common-env").addToLabels("io.kompose.service", service).endMetadata()
                .withData(Map.of("LOG_LEVEL", value))
                .build();
    }

    @Test
    void keepsTheFirstOfCopiesThatDifferOnlyInTheirMetadata() {
        ConfigMap first = envConfigMap("web", "info");
        ConfigMap copy = envConfigMap("worker", "info");
        Diagnostics diagnostics = new Diagnostics();

        List<HasMetadata> kept = ObjectDeduplicator.deduplicate(List.of(first, copy), diagnostics);

        assertThat(kept).containsExactly(first);
        assertThat(diagnostics.inSourceOrder()).isEmpty();
        // The comparison leaves the dropped copy as it was.
        assertThat(copy.getMetadata().getLabels()).containsEntry("io.kompose.service", "worker");
    }

    @Test
    void warnsWhenCopiesWithOneNameDifferInContent() {
        ConfigMap first = envConfigMap("web", "info");
        ConfigMap other = envConfigMap("worker", "debug");
        Diagnostics diagnostics = new Diagnostics();

        List<HasMetadata> kept = ObjectDeduplicator.deduplicate(List.of(first, other), diagnostics);

        assertThat(kept).containsExactly(first);
        assertThat(diagnostics.inSourceOrder()).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo(
                        "two different ConfigMap objects are named 'common-env'; only the first is written"));
        assertThat(other.getMetadata().getLabels()).containsEntry("io.kompose.service", "worker");
    }

    @Test
    void objectsOfOtherKindsOrNamespacesAreNotCopies() {
        ConfigMap configMap = envConfigMap("web", "info");
        ConfigMap elsewhere = new ConfigMapBuilder(envConfigMap("web", "debug"))
                .editMetadata().withNamespace("other").endMetadata().build();
        HasMetadata service = new ServiceBuilder().withNewMetadata().withName("common-env").endMetadata().build();
        Diagnostics diagnostics = new Diagnostics();

        assertThat(ObjectDeduplicator.deduplicate(List.of(configMap, elsewhere, service), diagnostics))
                .containsExactly(configMap, elsewhere, service);
        assertThat(diagnostics.inSourceOrder()).isEmpty();
    }
}
