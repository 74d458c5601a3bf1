package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or runaway input gives a clear error at its place: no hang, no stack overflow, no OutOfMemoryError. */
@Timeout(60)
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aliasesThatExpandExponentiallyAreRefused() {
        StringBuilder yaml = new StringBuilder("x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x-a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("services:\n  web:\n    image: x\n");
        Diagnostic error = new Fixture(dir).compose(yaml.toString()).error();
        assertThat(error.code()).isEqualTo(ParserCode.INVALID_YAML.id());
        assertThat(error.location().file()).isEqualTo("compose.yaml");
        assertThat(error.location().line()).isPositive();
        assertThat(error.message()).contains("expands to more than");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedAtItsPlace() {
        String deep = "x-deep: " + "[".repeat(200) + "]".repeat(200) + "\nservices:\n  web:\n    image: x\n";
        Diagnostic error = new Fixture(dir).compose(deep).error();
        assertThat(error.format()).startsWith("compose.yaml:1:");
        assertThat(error.message()).contains("nests deeper than 128 levels");
    }

    @Test
    void anIncludeFanOutIsBoundedByTheFileBudget() {
        Fixture fixture = new Fixture(dir);
        // each file includes the next one ten times: without the budget, 10^5 loads
        for (int level = 0; level < 5; level++) {
            StringBuilder include = new StringBuilder("include:\n");
            for (int i = 0; i < 10; i++) {
                include.append("  - l").append(level + 1).append(".yaml\n");
            }
            fixture.write("l" + level + ".yaml", include.toString());
        }
        fixture.write("l5.yaml", "services:\n  s:\n    image: s\n");
        assertThat(fixture.compose("include:\n  - l0.yaml\n").errors()).anySatisfy(error -> assertThat(error)
                .startsWith("limit@").contains("more than 1000 files"));
    }
}
