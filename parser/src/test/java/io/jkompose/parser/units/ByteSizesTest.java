package io.jkompose.parser.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values follow compose-go's UnitBytes: a plain integer, else docker/go-units' RAMInBytes. */
class ByteSizesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0      | 0",
        "512    | 512",
        "-1     | -1",
        "+7     | 7",
        "512b   | 512",
        "512B   | 512",
        "1k     | 1024",
        "1K     | 1024",
        "1kb    | 1024",
        "1KB    | 1024",
        "1KiB   | 1024",
        "1kib   | 1024",
        "1ki    | 1024",
        "64m    | 67108864",
        "64M    | 67108864",
        "1.5g   | 1610612736",
        "1gb    | 1073741824",
        "1 GB   | 1073741824",
        "2t     | 2199023255552",
        "1p     | 1125899906842624",
        "0.5k   | 512",
        "1.3k   | 1331",
        "10ib   | 10",
        "9223372036854775807 | 9223372036854775807",
    })
    void parses(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
    }

    @Test
    void keepsTheTrailingSpaceGoUnitsAllows() {
        assertThat(ByteSizes.parse("512 ")).isEqualTo(512);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``         | it is empty",
        "abc        | it is not a number with an optional unit",
        "1x         | it is not a number with an optional unit",
        "1kk        | it is not a number with an optional unit",
        "1e3        | it is not a number with an optional unit",
        "-1m        | it is not a number with an optional unit",
        "1  m       | it is not a number with an optional unit",
        ".5g        | it is not a number with an optional unit",
        "1.2.3m     | \"1.2.3\" is not a number",
        "8192p      | it is too large",
        "99999999999999999999 | it is too large",
    })
    void rejects(String text, String reason) {
        assertThatThrownBy(() -> ByteSizes.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid size \"" + text + "\": " + reason + "; write a number of bytes, optionally"
                        + " followed by a unit b, k, m, g, t or p (1024-based, case-insensitive), such as 512, 64m,"
                        + " 1.5g or 2gb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1\n", " 1", "1mib "})
    void rejectsStrayWhitespace(String text) {
        assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
