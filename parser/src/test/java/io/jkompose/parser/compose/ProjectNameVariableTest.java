package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's name is known before interpolation, as {@code COMPOSE_PROJECT_NAME} (04-version-and-name.md). */
class ProjectNameVariableTest {

    private static final String SERVICE = "services:\n  web:\n    image: web\n    container_name: ${COMPOSE_PROJECT_NAME}-web\n";

    @TempDir
    Path dir;

    @Test
    void theNameOfTheFileIsAVariable() {
        assertThat(new Fixture(dir).compose("name: Shop\n" + SERVICE).service("web").containerName())
                .isEqualTo("shop-web");
    }

    @Test
    void dashPIsAVariable() {
        assertThat(new Fixture(dir).compose("name: shop\n" + SERVICE).projectName("store").service("web")
                .containerName()).isEqualTo("store-web");
    }

    @Test
    void theFolderNameIsAVariable() {
        assertThat(new Fixture(dir).compose(SERVICE).service("web").containerName())
                .isEqualTo(Fixture.folderName(dir) + "-web");
    }

    @Test
    void theNameOfALaterFileWins() {
        assertThat(new Fixture(dir).compose("name: one\n" + SERVICE).write("b.yaml", "name: two\n").file("b.yaml")
                .service("web").containerName()).isEqualTo("two-web");
    }
}
