package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes and key suggestions (label and host syntax: the syntax module). */
class SyntaxTest {

    @Test
    void sizesAreKubernetesQuantities() {
        assertThat(Quantities.normalize("100Mi")).isEqualTo("100Mi");
        assertThat(Quantities.normalize("5Gi")).isEqualTo("5Gi");
        assertThat(Quantities.normalize("1.5T")).isEqualTo("1.5T");
        assertThat(Quantities.normalize("500M")).isEqualTo("500M");
        assertThat(Quantities.normalize("1e9")).isEqualTo("1e9");
        assertThat(Quantities.normalize("1073741824")).isEqualTo("1073741824");
        // what the file reference's own example writes, and its decimal cousin
        assertThat(Quantities.normalize("5GiB")).isEqualTo("5Gi");
        assertThat(Quantities.normalize("20 MB")).isEqualTo("20M");
        assertThat(Quantities.normalize("64kB")).isEqualTo("64k");
        assertThat(Quantities.normalize("0.5Gi")).isEqualTo("0.5Gi");
        assertThat(Quantities.normalize("0")).isNull();
        assertThat(Quantities.normalize("0.0Gi")).isNull();
        assertThat(Quantities.normalize("-1Gi")).isNull();
        assertThat(Quantities.normalize("5 gigabytes")).isNull();
        assertThat(Quantities.normalize("Gi")).isNull();
        assertThat(Quantities.normalize("5gi")).isNull();
    }

    @Test
    void suggestionsForMisspeltKeys() {
        List<String> keys = List.of("volumeRef", "mountPath", "volumeSubPath", "readOnly");
        assertThat(Suggestions.closest("mountpath", keys)).isEqualTo("mountPath");
        assertThat(Suggestions.closest("volumeReff", keys)).isEqualTo("volumeRef");
        assertThat(Suggestions.closest("raedOnly", keys)).isEqualTo("readOnly");
        assertThat(Suggestions.closest("subPath", keys)).isEqualTo("volumeSubPath");
        assertThat(Suggestions.closest("medium", keys)).isNull();
        assertThat(Suggestions.distance("vaule", "value")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
