package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitySyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"1Gi", "100Mi", "1.5Gi", "500m", "250m", "2", "1e3", "1E3", "1e+3", "1e-3", "+1Gi",
        "1.", ".5", "1n", "1u", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Ti", "1Pi", "1Ei", "0", "0.0Gi"})
    void quantities(String text) {
        assertThat(QuantitySyntax.isQuantity(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-1Gi", "1K", "1KB", "1Mb", "1gi", "1mi", "1 Gi", "1Gi ", " 1Gi", "Gi", "1Gix",
        "1e", "1e3Mi", "1..2", "1.2.3Gi", "0x10", "1_000", "lots", "\u0661"})
    void notQuantities(String text) {
        assertThat(QuantitySyntax.isQuantity(text)).isFalse();
        assertThat(QuantitySyntax.isPositive(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Gi", "0.5Gi", ".5", "1e-3", "+1", "100Mi"})
    void positive(String text) {
        assertThat(QuantitySyntax.isPositive(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "+0", "0.0Gi", "0e3", ".0", "0Mi"})
    void zeroIsAQuantityButNotPositive(String text) {
        assertThat(QuantitySyntax.isQuantity(text)).isTrue();
        assertThat(QuantitySyntax.isPositive(text)).isFalse();
    }
}
