package io.jkompose.converters.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every caller of the storage options gets. */
class StorageOptionsTest {

    @Test
    void thePvcRequestSizeIsKomposes100MiUnlessGiven() {
        assertThat(StorageOptions.defaults().pvcRequestSize()).isEqualTo("100Mi");
        assertThat(StorageOptions.defaults().withPvcRequestSize(null).pvcRequestSize()).isEqualTo("100Mi");
        assertThat(StorageOptions.defaults().withPvcRequestSize(" ").pvcRequestSize()).isEqualTo("100Mi");
        assertThat(StorageOptions.defaults().withPvcRequestSize("1.5Gi").pvcRequestSize()).isEqualTo("1.5Gi");
        assertThat(ConvertOptions.defaults().withPvcRequestSize("2Gi").storage().pvcRequestSize()).isEqualTo("2Gi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "0", "0Gi", "-1Gi", "1GB", "1 Gi", "."})
    void thePvcRequestSizeMustBeAQuantityAboveZero(String size) {
        assertThat(StorageOptions.isValidPvcRequestSize(size)).isFalse();
        assertThatThrownBy(() -> StorageOptions.defaults().withPvcRequestSize(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PVC request size must be a Kubernetes quantity above zero, such as 100Mi or 1Gi, not '"
                        + size + "'");
    }
}
