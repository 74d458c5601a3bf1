package io.jkompose.converters.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every caller of the runtime options gets. */
class RuntimeOptionsTest {

    private static final RuntimeOptions DEFAULTS = RuntimeOptions.defaults();

    @Test
    void defaultsWriteNothingAndAddNoAnnotations() {
        assertThat(DEFAULTS.classOverrides()).isEmpty();
        assertThat(DEFAULTS.writesRuntimeClasses()).isFalse();
        assertThat(DEFAULTS.criAnnotations()).isEqualTo(RuntimeOptions.CriAnnotations.NONE);
        assertThat(ConvertOptions.defaults().runtime()).isEqualTo(DEFAULTS);
    }

    @Test
    void overridesAreTrimmedAndTheLastOneWins() {
        RuntimeOptions options = DEFAULTS.withClassOverride(" runsc ", "gvisor").withClassOverride("runsc", "sandbox");

        assertThat(options.classOverrides()).containsOnly(entry("runsc", "sandbox"));
        assertThat(options.classOverride("runsc")).isEqualTo("sandbox");
        assertThat(options.classOverride("kata")).isNull();
        assertThat(options.classOverride(null)).isNull();
    }

    @Test
    void anOverheadOrANodeSelectorImpliesRuntimeClassesAndMerges() {
        RuntimeOptions options = DEFAULTS.withOverhead("kata", Map.of("cpu", "250m"))
                .withOverhead("kata", Map.of("memory", "120Mi", "cpu", "300m"))
                .withNodeSelector("kata", Map.of("katacontainers.io/kata-runtime", "true"));

        assertThat(options.runtimeClasses()).isFalse();
        assertThat(options.writesRuntimeClasses()).isTrue();
        assertThat(options.overheads().get("kata")).containsOnly(entry("cpu", "300m"), entry("memory", "120Mi"));
        assertThat(options.nodeSelectors().get("kata")).containsOnly(entry("katacontainers.io/kata-runtime", "true"));
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertThatThrownBy(() -> DEFAULTS.withClassOverride("", "gvisor")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DEFAULTS.withClassOverride("runsc", "GVisor"))
                .hasMessageContaining("'GVisor' is not a valid RuntimeClass name");
        assertThatThrownBy(() -> DEFAULTS.withOverhead("kata", Map.of("gpu", "1")))
                .hasMessageContaining("only cpu and memory");
        assertThatThrownBy(() -> DEFAULTS.withOverhead("kata", Map.of("cpu", "a lot")))
                .hasMessageContaining("quantity").hasMessageContaining("'a lot'");
        assertThatThrownBy(() -> DEFAULTS.withOverhead("kata", Map.of())).hasMessageContaining("empty");
        assertThatThrownBy(() -> DEFAULTS.withNodeSelector("kata", Map.of("bad key!", "x")))
                .hasMessageContaining("label key");
        assertThatThrownBy(() -> DEFAULTS.withNodeSelector("kata", Map.of("ok", "not ok")))
                .hasMessageContaining("label value");
        assertThatThrownBy(() -> DEFAULTS.withNodeSelector("Kata", Map.of("ok", "ok")))
                .hasMessageContaining("RuntimeClass name");
    }

    @Test
    void anEmptyClassMeansNoneAndIsAllowed() {
        assertThat(DEFAULTS.withClassOverride("runsc", "").classOverride("runsc")).isEmpty();
    }
}
