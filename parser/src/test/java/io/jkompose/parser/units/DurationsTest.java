package io.jkompose.parser.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Expected values follow Go's time.ParseDuration and go-str2duration, which compose-go uses. */
class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "+0, 0",
        "-0, 0",
        "0s, 0",
        "-0s, 0",
        "1ns, 1",
        "250us, 250000",
        "1\u00b5s, 1000",
        "1\u03bcs, 1000",
        "100ms, 100000000",
        "10s, 10000000000",
        "1.5s, 1500000000",
        ".5s, 500000000",
        "1.s, 1000000000",
        "+5s, 5000000000",
        "1m30s, 90000000000",
        "1h2m3s, 3723000000000",
        "3s1h, 3603000000000",
        "1s1s, 2000000000",
        "1.5h, 5400000000000",
        "0.1ns, 0",
        "1.0000000019s, 1000000001",
        "2d, 172800000000000",
        "1w, 604800000000000",
        "1w2d6h3ns, 799200000000003",
        "2562047h47m16.854775807s, 9223372036854775807",
    })
    void parses(String text, long nanos) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofNanos(nanos));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``          | it is empty",
        "10          | the unit is missing after 10",
        "1.5         | the unit is missing after 1.5",
        "1h30        | the unit is missing after 30",
        "s           | expected a number at \"s\"",
        ".s          | expected a number at \".s\"",
        "-           | a number is missing",
        "1x          | unknown unit \"x\"",
        "1 s         | unknown unit \" s\"",
        "1S          | unknown unit \"S\"",
        "1sec        | unknown unit \"sec\"",
        "-1s         | a duration cannot be negative",
        "-1.5h       | a duration cannot be negative",
        "2562047h47m16.854775808s | it is longer than Go's limit of about 292 years",
        "99999999999999999999s    | it is longer than Go's limit of about 292 years",
    })
    void rejects(String text, String reason) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration \"" + text + "\": " + reason + "; write a number with a unit, such as"
                        + " 1m30s, 10s, 1.5s, 100ms, 250us, 1h or 2d (units: ns, us, ms, s, m, h, d, w)");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 1s", "1s ", "1..5s", "1e3s"})
    void rejectsGarbageAroundNumbers(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid duration \"" + text + "\": ");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is empty");
    }
}
