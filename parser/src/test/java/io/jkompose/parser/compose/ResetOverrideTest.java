package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code !reset} and {@code !override} tags of 13-merge.md; the first two examples are the specification's. */
class ResetOverrideTest {

    @TempDir
    Path dir;

    private Service merged(String base, String override, String service) {
        return new Fixture(dir).write("compose.yaml", base).write("compose.override.yaml", override)
                .file("compose.yaml").file("compose.override.yaml").service(service);
    }

    @Test
    void resetRemovesAValueOfTheEarlierFile() {
        Service app = merged("""
                services:
                  app:
                    image: myapp
                    ports:
                      - "8080:80"
                    environment:
                      FOO: BAR
                      KEEP: "1"
                """, """
                services:
                  app:
                    image: myapp
                    ports: !reset []
                    environment:
                      FOO: !reset null
                """, "app");
        assertThat(app.networking().ports()).isEmpty();
        assertThat(app.keys()).doesNotContainKey("ports");
        assertThat(app.process().environment()).containsOnlyKeys("KEEP");
    }

    @Test
    void overrideReplacesInsteadOfMerging() {
        Service app = merged("""
                services:
                  app:
                    image: myapp
                    ports:
                      - "8080:80"
                """, """
                services:
                  app:
                    ports: !override
                      - "8443:443"
                """, "app");
        assertThat(app.networking().ports()).extracting(PortMapping::published, PortMapping::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8443", 443));
    }

    @Test
    void overrideOfAMappingDropsTheEarlierKeys() {
        Service app = merged("services:\n  app:\n    image: a\n    labels:\n      x: \"1\"\n      y: \"2\"\n",
                "services:\n  app:\n    labels: !override\n      z: \"3\"\n", "app");
        assertThat(app.labels()).containsOnlyKeys("z");
    }

    @Test
    void overrideKeepsTheTypeOfAScalar() {
        Service app = merged("services:\n  app:\n    image: a\n    read_only: false\n    cpus: 1\n",
                "services:\n  app:\n    read_only: !override true\n    cpus: !override 0.5\n", "app");
        assertThat(app.security().readOnly()).isTrue();
        assertThat(app.resources().cpus()).isEqualTo(0.5);
    }

    @Test
    void resetInTheFirstFileJustLeavesTheKeyOut() {
        Service app = new Fixture(dir).compose("services:\n  app:\n    image: a\n    command: !reset [x]\n")
                .service("app");
        assertThat(app.process().command()).isNull();
        assertThat(app.keys()).containsOnlyKeys("image");
    }

    @Test
    void aResetListItemIsDropped() {
        Service app = merged("services:\n  app:\n    image: a\n    dns: [1.1.1.1]\n",
                "services:\n  app:\n    dns:\n      - !reset 9.9.9.9\n      - 8.8.8.8\n", "app");
        assertThat(app.networking().dns()).containsExactly("1.1.1.1", "8.8.8.8");
    }

    @Test
    void aLaterFileCanSetAgainWhatAnEarlierOneReset() {
        Service app = new Fixture(dir)
                .write("a.yaml", "services:\n  app:\n    image: a\n    user: root\n")
                .write("b.yaml", "services:\n  app:\n    user: !reset\n")
                .write("c.yaml", "services:\n  app:\n    hostname: h\n")
                .write("d.yaml", "services:\n  app:\n    user: app\n")
                .file("a.yaml").file("b.yaml").file("c.yaml").file("d.yaml").service("app");
        assertThat(app.security().user()).isEqualTo("app");
        assertThat(app.networking().hostname()).isEqualTo("h");
    }

    @Test
    void resetOfAWholeServiceRemovesIt() {
        var project = new Fixture(dir).write("a.yaml", "services:\n  app:\n    image: a\n  tool:\n    image: t\n")
                .write("b.yaml", "services:\n  tool: !reset\n").file("a.yaml").file("b.yaml").project();
        assertThat(project.services()).containsOnlyKeys("app");
    }

    @Test
    void aResetEntryOfAListFormEnvironmentRemovesTheVariable() {
        Service app = merged("services:\n  app:\n    image: a\n    environment: [A=1, B=2]\n",
                "services:\n  app:\n    environment:\n      A: !reset\n", "app");
        assertThat(app.process().environment()).containsOnlyKeys("B");
    }

    @Test
    void resetInsideADeepMappingWorks() {
        Service app = merged("services:\n  app:\n    image: a\n    healthcheck:\n      test: [CMD, x]\n"
                + "      interval: 5s\n", "services:\n  app:\n    healthcheck:\n      interval: !reset\n", "app");
        assertThat(app.lifecycle().healthcheck().interval()).isNull();
        assertThat(app.lifecycle().healthcheck().test()).containsExactly("CMD", "x");
    }
}
