package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** -p, then COMPOSE_PROJECT_NAME, then name:, then the project folder, normalized as Compose does. */
class ProjectNameTest {

    private static final String SERVICES = "services:\n  web:\n    image: nginx\n";

    @TempDir
    Path dir;

    @Test
    void dashPWinsOverEverything() {
        Fixture fixture = new Fixture(dir).compose("name: from-file\n" + SERVICES)
                .env("COMPOSE_PROJECT_NAME", "from-env").projectName("from-flag");
        assertThat(fixture.project().name()).isEqualTo("from-flag");
    }

    @Test
    void composeProjectNameWinsOverTheFile() {
        Fixture fixture = new Fixture(dir).compose("name: from-file\n" + SERVICES)
                .env("COMPOSE_PROJECT_NAME", "from-env");
        assertThat(fixture.project().name()).isEqualTo("from-env");
    }

    @Test
    void composeProjectNameMayComeFromDotEnv() {
        Fixture fixture = new Fixture(dir).compose("name: from-file\n" + SERVICES)
                .write(".env", "COMPOSE_PROJECT_NAME=from-dotenv\n");
        assertThat(fixture.project().name()).isEqualTo("from-dotenv");
    }

    @Test
    void nameInTheFileIsInterpolatedAndNormalized() {
        Fixture fixture = new Fixture(dir).compose("name: My_App-${STAGE}!\n" + SERVICES).env("STAGE", "Prod");
        assertThat(fixture.project().name()).isEqualTo("my_app-prod");
    }

    @Test
    void theLastFileWithANameWins() {
        Fixture fixture = new Fixture(dir).compose("name: first\n" + SERVICES)
                .write("second.yaml", "name: second\n").file("second.yaml");
        assertThat(fixture.project().name()).isEqualTo("second");
    }

    @ParameterizedTest
    @CsvSource({"My Project, myproject", "_hidden.app, hiddenapp", "--x--, x--", "Ünïcode9, ncode9"})
    void theFolderNameIsNormalized(String folder, String expected) {
        Fixture fixture = new Fixture(dir.resolve(folder)).compose(SERVICES);
        assertThat(fixture.project().name()).isEqualTo(expected);
    }

    @Test
    void anInvalidDashPIsAnErrorThatSuggestsTheNormalizedName() {
        Diagnostic error = new Fixture(dir).compose(SERVICES).projectName("My App").error();
        assertThat(error.code()).isEqualTo("invalid-project-name");
        assertThat(error.hint()).contains("'myapp'");
    }

    @Test
    void anInvalidComposeProjectNameIsAnError() {
        Diagnostic error = new Fixture(dir).compose(SERVICES).env("COMPOSE_PROJECT_NAME", "-bad").error();
        assertThat(error.message()).contains("COMPOSE_PROJECT_NAME", "-bad");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsAnErrorAtItsLocation() {
        Diagnostic error = new Fixture(dir).compose("name: '***'\n" + SERVICES).error();
        assertThat(error.code()).isEqualTo("invalid-project-name");
        assertThat(error.location().line()).isEqualTo(1);
        assertThat(error.location().column()).isEqualTo(7);
    }

    @Test
    void versionIsAcceptedAndIgnored() {
        Fixture fixture = new Fixture(dir).compose("version: '2.4'\n" + SERVICES);
        assertThat(fixture.project().services()).containsOnlyKeys("web");
    }
}
