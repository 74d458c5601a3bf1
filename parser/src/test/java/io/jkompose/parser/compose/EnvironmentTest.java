package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.EnvFile;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Service;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .env, interpolation, environment and env_file. */
class EnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void dotEnvFeedsInterpolationAndTheShellWins() {
        Fixture fixture = new Fixture(dir).write(".env", "TAG=from-dotenv\nREG=registry.local\n")
                .compose("services:\n  web:\n    image: ${REG}/web:${TAG}\n").env("TAG", "from-shell");
        assertThat(fixture.service("web").image()).isEqualTo("registry.local/web:from-shell");
    }

    @Test
    void withoutInterpolationDollarsStayAsWritten() {
        Fixture fixture = new Fixture(dir).write(".env", "TAG=1\n").noInterpolation()
                .compose("services:\n  web:\n    image: web:${TAG}\n    environment:\n      PRICE: $$5\n");
        Service web = fixture.service("web");
        assertThat(web.image()).isEqualTo("web:${TAG}");
        assertThat(web.process().environment().get("PRICE").value()).isEqualTo("$$5");
    }

    @Test
    void doubleDollarIsALiteralDollarWithInterpolation() {
        Fixture fixture = new Fixture(dir).compose("services:\n  web:\n    image: web\n"
                + "    command: echo $$HOME\n");
        assertThat(fixture.service("web").process().command()).containsExactly("echo", "$HOME");
    }

    @Test
    void anUnsetVariableIsAWarningAtItsScalar() {
        Fixture fixture = new Fixture(dir).compose("services:\n  web:\n    image: web:${NOPE}\n");
        List<Diagnostic> warnings = fixture.warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("unset-variable");
            assertThat(w.message()).contains("NOPE");
            assertThat(w.location().line()).isEqualTo(3);
        });
        assertThat(fixture.projectWithWarnings().services().get("web").image()).isEqualTo("web:");
    }

    @Test
    void aRequiredVariableThatIsMissingIsAnError() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: web:${TAG:?give a tag}\n")
                .error();
        assertThat(error.message()).contains("give a tag");
        assertThat(error.location().line()).isEqualTo(3);
    }

    @Test
    void aValueThatCannotBeInterpolatedCausesNoFollowOnError() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    ports: ["${PORT:?set PORT}:80"]
                  db:
                    image: ${DB_IMAGE:?set DB_IMAGE}
                """).errors();
        assertThat(errors).hasSize(2).allSatisfy(e -> assertThat(e).startsWith("interpolation@"));
    }

    @Test
    void environmentInMapAndListFormAndValuesFromTheEnvironment() {
        Fixture fixture = new Fixture(dir).env("FROM_SHELL", "shell").compose("""
                services:
                  a:
                    image: x
                    environment:
                      PLAIN: text
                      NUMBER: 0755
                      FLAG: true
                      EMPTY: ""
                      FROM_SHELL:
                      UNSET:
                  b:
                    image: x
                    environment:
                      - PLAIN=text=with=equals
                      - FROM_SHELL
                      - UNSET
                      - EMPTY=
                """);
        var a = fixture.project().services().get("a").process().environment();
        assertThat(a.get("PLAIN").value()).isEqualTo("text");
        assertThat(a.get("NUMBER").value()).isEqualTo("0755");
        assertThat(a.get("FLAG").value()).isEqualTo("true");
        assertThat(a.get("EMPTY").value()).isEmpty();
        assertThat(a.get("FROM_SHELL").value()).isEqualTo("shell");
        assertThat(a.get("UNSET").value()).isNull();
        assertThat(a.get("PLAIN").location().line()).isEqualTo(5);
        var b = fixture.project().services().get("b").process().environment();
        assertThat(b.get("PLAIN").value()).isEqualTo("text=with=equals");
        assertThat(b.get("FROM_SHELL").value()).isEqualTo("shell");
        assertThat(b.get("UNSET")).isEqualTo(new EnvVar("UNSET", null, b.get("UNSET").location()));
        assertThat(b.get("EMPTY").value()).isEmpty();
        assertThat(b.get("UNSET").location().line()).isEqualTo(16);
    }

    @Test
    void valuesWithoutAValueComeFromDotEnvToo() {
        Fixture fixture = new Fixture(dir).write(".env", "SECRET=from-dotenv\n")
                .compose("services:\n  web:\n    image: x\n    environment: [SECRET]\n");
        assertThat(fixture.service("web").process().environment().get("SECRET").value()).isEqualTo("from-dotenv");
    }

    @Test
    void envFilesInEveryForm() {
        Fixture fixture = new Fixture(dir).write("common.env", "A=1\nB=\"two words\"\n")
                .write("conf/web.env", "C=${A:-x}3\n").compose("""
                        services:
                          one:
                            image: x
                            env_file: common.env
                          two:
                            image: x
                            env_file:
                              - ./common.env
                              - path: conf/web.env
                                required: true
                              - path: ./optional.env
                                required: false
                        """);
        var project = fixture.project();
        EnvFile single = project.services().get("one").process().envFiles().get(0);
        assertThat(single.path()).isEqualTo(dir.resolve("common.env"));
        assertThat(single.written()).isEqualTo("common.env");
        assertThat(single.entries()).containsEntry("A", "1").containsEntry("B", "two words");
        List<EnvFile> files = project.services().get("two").process().envFiles();
        assertThat(files).extracting(EnvFile::written).containsExactly("./common.env", "conf/web.env",
                "./optional.env");
        assertThat(files.get(1).entries()).containsEntry("C", "x3");
        assertThat(files.get(2).required()).isFalse();
        assertThat(files.get(2).entries()).isEmpty();
        assertThat(files.get(2).location().line()).isEqualTo(11);
    }

    @Test
    void envFileValuesSeeTheServicesOwnEnvironmentFirst() {
        // kompose's envfile-interpolation case: the service's environment wins over .env inside env_file values
        Fixture fixture = new Fixture(dir).write("app.env", "ENGINE=${ENGINE:-elastic}\nPROFILE=${ENGINE}\n")
                .compose("services:\n  web:\n    image: web\n    env_file: app.env\n"
                        + "    environment:\n      - ENGINE=opensearch\n");
        EnvFile file = fixture.service("web").process().envFiles().get(0);
        assertThat(file.entries()).containsEntry("ENGINE", "opensearch").containsEntry("PROFILE", "opensearch");
    }

    @Test
    void aMissingRequiredEnvFileIsAnErrorAtItsEntry() {
        Diagnostic error = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    env_file:
                      - ./present.env
                      - ./absent.env
                """).write("present.env", "A=1\n").error();
        assertThat(error.code()).isEqualTo("file-not-found");
        assertThat(error.location().line()).isEqualTo(6);
        assertThat(error.location().column()).isEqualTo(9);
        assertThat(error.message()).contains("./absent.env");
        assertThat(error.hint()).contains("required: false");
    }

    @Test
    void rawEnvFilesKeepValuesAsWritten() {
        Fixture fixture = new Fixture(dir).write("raw.env", "Q=\"quoted\" ${X}\n# comment\n")
                .compose("services:\n  web:\n    image: x\n    env_file:\n      - path: raw.env\n        format: raw\n");
        assertThat(fixture.service("web").process().envFiles().get(0).entries()).containsExactly(
                java.util.Map.entry("Q", "\"quoted\" ${X}"));
    }
}
