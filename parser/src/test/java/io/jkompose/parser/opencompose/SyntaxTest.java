package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes, label and host syntax, key suggestions. */
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
        assertThat(Quantities.normalize("0")).isNull();
        assertThat(Quantities.normalize("-1Gi")).isNull();
        assertThat(Quantities.normalize("5 gigabytes")).isNull();
        assertThat(Quantities.normalize("Gi")).isNull();
        assertThat(Quantities.normalize("5gi")).isNull();
    }

    @Test
    void labelKeysAndValues() {
        assertThat(LabelSyntax.isLabelKey("app")).isTrue();
        assertThat(LabelSyntax.isLabelKey("foo_label")).isTrue();
        assertThat(LabelSyntax.isLabelKey("example.com/tier")).isTrue();
        assertThat(LabelSyntax.isLabelKey("Example.com/tier")).isFalse();
        assertThat(LabelSyntax.isLabelKey("-app")).isFalse();
        assertThat(LabelSyntax.isLabelKey("a".repeat(64))).isFalse();
        assertThat(LabelSyntax.isLabelValue("")).isTrue();
        assertThat(LabelSyntax.isLabelValue("bar_label")).isTrue();
        assertThat(LabelSyntax.isLabelValue("two words")).isFalse();
    }

    @Test
    void hostsAreDomainNames() {
        assertThat(LabelSyntax.isHost("domain.tld")).isTrue();
        assertThat(LabelSyntax.isHost("hw-nginx.127.0.0.1.nip.io")).isTrue();
        assertThat(LabelSyntax.isHost("*.example.com")).isTrue();
        assertThat(LabelSyntax.isHost("127.0.0.1")).isFalse();
        assertThat(LabelSyntax.isHost("under_score.example.com")).isFalse();
        assertThat(LabelSyntax.isHost("example.com.")).isFalse();
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
