package io.jkompose.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RestartTest {

    @Test
    void isWrittenAsComposeWritesIt() {
        assertThat(Restart.of(Restart.Condition.NO).written()).isEqualTo("no");
        assertThat(Restart.of(Restart.Condition.UNLESS_STOPPED).written()).isEqualTo("unless-stopped");
        assertThat(Restart.of(Restart.Condition.ON_FAILURE).written()).isEqualTo("on-failure");
        assertThat(Restart.onFailure(3).written()).isEqualTo("on-failure:3");
    }

    @Test
    void conditionsAreFoundByTheirWrittenName() {
        for (Restart.Condition condition : Restart.Condition.values()) {
            assertThat(Restart.Condition.fromWritten(condition.written())).isSameAs(condition);
        }
        assertThat(Restart.Condition.fromWritten("never")).isNull();
        assertThat(Restart.Condition.fromWritten(null)).isNull();
    }

    @Test
    void onlyOnFailureHasARetryLimit() {
        assertThatThrownBy(() -> new Restart(Restart.Condition.ALWAYS, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
