package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values follow Go's time.ParseDuration and time.Duration.String(), and for Compose
 * go-str2duration, which compose-go uses.
 */
class GoDurationTest {

    private static final String GO_HINT = "; write a number with a unit, such as 1m30s, 10s, 1.5s, 100ms, 250us"
            + " or 1h (units: ns, us, ms, s, m, h)";
    private static final String COMPOSE_HINT = "; write a number with a unit, such as 1m30s, 10s, 1.5s, 100ms,"
            + " 250us, 1h or 2d (units: ns, us, ms, s, m, h, d, w)";

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
        "4.35s, 4350000000",
        "2562047h47m16.854775807s, 9223372036854775807",
    })
    void goAndComposeReadTheSame(String text, long nanos) {
        assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofNanos(nanos));
        assertThat(GoDuration.parseOrNull(text)).isEqualTo(Duration.ofNanos(nanos));
        assertThat(GoDuration.parseCompose(text)).isEqualTo(Duration.ofNanos(nanos));
    }

    @ParameterizedTest
    @CsvSource({
        "2d, 172800000000000",
        "1w, 604800000000000",
        "1w2d6h3ns, 799200000000003",
    })
    void composeAlsoHasDaysAndWeeks(String text, long nanos) {
        assertThat(GoDuration.parseCompose(text)).isEqualTo(Duration.ofNanos(nanos));
        assertThat(GoDuration.parseOrNull(text)).isNull();
        assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown unit");
    }

    @Test
    void goReadsNegativeDurationsComposeRefusesThem() {
        assertThat(GoDuration.parse("-1.5s")).isEqualTo(Duration.ofMillis(-1_500));
        assertThat(GoDuration.parse("-2562047h47m16.854775808s")).isEqualTo(Duration.ofNanos(Long.MIN_VALUE));
        assertThatThrownBy(() -> GoDuration.parseCompose("-1.5s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration \"-1.5s\": a duration cannot be negative" + COMPOSE_HINT);
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
    void composeRejectsWithAReason(String text, String reason) {
        assertThatThrownBy(() -> GoDuration.parseCompose(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration \"" + text + "\": " + reason + COMPOSE_HINT);
    }

    @Test
    void goNamesItsOwnUnits() {
        assertThatThrownBy(() -> GoDuration.parse("2d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration \"2d\": unknown unit \"d\"" + GO_HINT);
        assertThatThrownBy(() -> GoDuration.parse("2562047h47m16.854775808s"))
                .hasMessageContaining("longer than Go's limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 1s", "1s ", "1..5s", "1e3s", "ten seconds", "10", "1m 30s"})
    void rejectsGarbageAroundNumbers(String text) {
        assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid duration \"" + text + "\": ");
        assertThatThrownBy(() -> GoDuration.parseCompose(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GoDuration.parseOrNull(text)).isNull();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> GoDuration.parseCompose(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is empty");
        assertThat(GoDuration.parseOrNull(null)).isNull();
    }

    @ParameterizedTest(name = "{0} ns -> {1}")
    @CsvSource({
            "0, 0s",
            "1, 1ns",
            "999, 999ns",
            "1000, 1\u00b5s",
            "1500, 1.5\u00b5s",
            "1000000, 1ms",
            "100000000, 100ms",
            "500000000, 500ms",
            "1500000, 1.5ms",
            "1000000000, 1s",
            "1500000000, 1.5s",
            "10000000000, 10s",
            "1000000001, 1.000000001s",
            "60000000000, 1m0s",
            "90000000000, 1m30s",
            "3600000000000, 1h0m0s",
            "7384000000000, 2h3m4s",
            "90000000000000, 25h0m0s",
            "3661500000000, 1h1m1.5s",
    })
    void formatsLikeGo(long nanos, String expected) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(expected);
        assertThat(GoDuration.parse(expected)).isEqualTo(Duration.ofNanos(nanos));
    }

    @Test
    void microsecondsUseTheMicroSign() {
        assertThat(GoDuration.format(Duration.ofNanos(1_000))).isEqualTo("1µs").contains("\u00b5");
    }

    @Test
    void negativeDurationsGetAMinus() {
        assertThat(GoDuration.format(Duration.ofMillis(-1_500))).isEqualTo("-1.5s");
        assertThat(GoDuration.format(Duration.ofSeconds(-90))).isEqualTo("-1m30s");
        assertThat(GoDuration.format(Duration.ofMillis(-100))).isEqualTo("-100ms");
    }

    @Test
    void formatRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> GoDuration.format(null));
    }
}
