package io.jkompose.parser.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpusTest {

    @ParameterizedTest
    @CsvSource({
        "0.5, 0.5",
        "2, 2.0",
        "1.25, 1.25",
        "0.001, 0.001",
        ".5, 0.5",
        "2., 2.0",
        "+1.5, 1.5",
        "5e-1, 0.5",
        "1E2, 100.0",
    })
    void parses(String text, double cpus) {
        assertThat(Cpus.parse(text)).isEqualTo(cpus);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``      | it is empty",
        "0       | it is zero",
        "0.0     | it is zero",
        "-1      | it is negative",
        "-0.5    | it is negative",
        "two     | it is not a decimal number",
        "1,5     | it is not a decimal number",
        "50%     | it is not a decimal number",
        "NaN     | it is not a decimal number",
        "Infinity | it is not a decimal number",
        "0x1p-1  | it is not a decimal number",
        "` 1`    | it is not a decimal number",
        "1e999   | it is too large",
    })
    void rejects(String text, String reason) {
        assertThatThrownBy(() -> Cpus.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid cpus \"" + text + "\": " + reason
                        + "; write a number of CPUs greater than 0, such as 0.5, 1 or 2.5");
    }
}
