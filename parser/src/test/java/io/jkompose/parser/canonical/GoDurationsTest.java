package io.jkompose.parser.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are what Go's time.Duration.String() prints for the same durations. */
class GoDurationsTest {

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
        assertThat(GoDurations.format(Duration.ofNanos(nanos))).isEqualTo(expected);
    }

    @Test
    void microsecondsUseTheMicroSign() {
        assertThat(GoDurations.format(Duration.ofNanos(1_000))).isEqualTo("1µs").contains("\u00b5");
    }

    @Test
    void negativeDurationsGetAMinus() {
        assertThat(GoDurations.format(Duration.ofMillis(-1_500))).isEqualTo("-1.5s");
        assertThat(GoDurations.format(Duration.ofSeconds(-90))).isEqualTo("-1m30s");
        assertThat(GoDurations.format(Duration.ofMillis(-100))).isEqualTo("-100ms");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> GoDurations.format(null));
    }
}
