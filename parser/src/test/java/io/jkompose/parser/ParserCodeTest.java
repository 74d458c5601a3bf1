package io.jkompose.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParserCodeTest {

    @Test
    void idsAreUniqueKebabCaseAndEachHasAMeaning() {
        assertThat(Arrays.stream(ParserCode.values()).map(ParserCode::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ParserCode.values()).allSatisfy(code -> assertThat(code.meaning()).isNotBlank());
    }
}
