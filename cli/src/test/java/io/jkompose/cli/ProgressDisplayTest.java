package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.apply.ObjectRef;
import io.jkompose.apply.RolloutState;
import io.jkompose.apply.RolloutState.Phase;
import io.jkompose.apply.RolloutWaiter.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private static final ObjectRef WEB = new ObjectRef("Deployment", "shop", "web");
    private static final ObjectRef MIGRATE = new ObjectRef("Job", "shop", "migrate");

    private static Progress round(long seconds, RolloutState... states) {
        return new Progress(List.of(states), Duration.ofSeconds(seconds));
    }

    @Test
    void inATerminalTheLinesAreRedrawnInPlaceAndADoneObjectsClockStops() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay.Terminal(new PrintWriter(text));
        display.show(round(1, new RolloutState(MIGRATE, 0, 1, Phase.PROGRESSING, "0 of 1 completed"),
                new RolloutState(WEB, 0, 2, Phase.PROGRESSING, "0 of 2 available")));
        display.show(round(3, new RolloutState(MIGRATE, 1, 1, Phase.DONE, null),
                new RolloutState(WEB, 1, 2, Phase.PROGRESSING, "1 of 2 available")));
        display.show(round(65, new RolloutState(MIGRATE, 1, 1, Phase.DONE, null),
                new RolloutState(WEB, 2, 2, Phase.DONE, null)));

        assertThat(text.toString()).isEqualTo(""
                + "\033[2Kjob/migrate     0/1  1s  0 of 1 completed\n"
                + "\033[2Kdeployment/web  0/2  1s  0 of 2 available\n"
                + "\033[2F"
                + "\033[2Kjob/migrate     1/1  3s  complete\n"
                + "\033[2Kdeployment/web  1/2  3s  1 of 2 available\n"
                + "\033[2F"
                + "\033[2Kjob/migrate     1/1  3s  complete\n"
                + "\033[2Kdeployment/web  2/2  1m05s  ready\n");
    }

    @Test
    void elsewhereALineIsPrintedOnlyWhenAnObjectsStateChanges() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay.Plain(new PrintWriter(text));
        display.show(round(0, new RolloutState(WEB, 0, 2, Phase.PROGRESSING, "0 of 2 available")));
        display.show(round(1, new RolloutState(WEB, 0, 2, Phase.PROGRESSING, "0 of 2 available")));
        display.show(round(2, new RolloutState(WEB, 2, 2, Phase.DONE, null)));

        assertThat(text.toString()).isEqualTo("deployment/web  0/2  0s  0 of 2 available\n"
                + "deployment/web  2/2  2s  ready\n")
                .doesNotContain("\033");
    }
}
