package io.jkompose.converters.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConverterCodeTest {

    @Test
    void idsAreUniqueKebabCaseAndEachHasAMeaning() {
        assertThat(Arrays.stream(ConverterCode.values()).map(ConverterCode::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ConverterCode.values()).allSatisfy(code -> assertThat(code.meaning()).isNotBlank());
    }
}
