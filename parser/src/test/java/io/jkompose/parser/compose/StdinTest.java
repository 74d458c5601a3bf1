package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -f -}: a Compose file read from standard input. */
class StdinTest {

    @TempDir
    Path dir;

    @Test
    void standardInputIsAComposeFileOfTheWorkingFolder() {
        Project project = new Fixture(dir).write(".env", "TAG=2\n").write("app.env", "A=1\n")
                .stdin("services:\n  web:\n    image: web:${TAG}\n    env_file: app.env\n    volumes: [./data:/data]\n")
                .file("-").project();
        assertThat(project.name()).isEqualTo(Fixture.folderName(dir));
        assertThat(project.workingDir()).isEqualTo(dir);
        var web = project.services().get("web");
        assertThat(web.image()).isEqualTo("web:2");
        assertThat(web.process().envFiles().get(0).entries()).containsEntry("A", "1");
        assertThat(web.storage().volumes().get(0).source()).isEqualTo(dir.resolve("data").toString());
    }

    @Test
    void diagnosticsCallItStdin() {
        Diagnostic error = new Fixture(dir).stdin("services:\n  web:\n    image: web\n    restart: twice\n")
                .file("-").error();
        assertThat(error.format()).startsWith("<stdin>:4:14: error: services.web.restart: 'twice' is not a restart");
    }

    @Test
    void itMergesWithOtherFilesInOrder() {
        Project project = new Fixture(dir).write("override.yaml", "services:\n  web:\n    image: web:2\n")
                .stdin("services:\n  web:\n    image: web:1\n    user: app\n")
                .file("-").file("override.yaml").project();
        assertThat(project.services().get("web").image()).isEqualTo("web:2");
        assertThat(project.services().get("web").security().user()).isEqualTo("app");
    }

    @Test
    void aDashWithoutStandardInputIsAnError() {
        Diagnostic error = new Fixture(dir).file("-").error();
        assertThat(error.code()).isEqualTo(ParserCode.FILE_NOT_FOUND.id());
        assertThat(error.message()).isEqualTo("'-' means standard input, but there is none to read");
    }

    @Test
    void standardInputCanBeReadOnce() {
        Diagnostic error = new Fixture(dir).stdin("services:\n  web:\n    image: web\n").file("-").file("-").error();
        assertThat(error.message()).isEqualTo("'-' is given twice, but standard input can be read only once");
    }
}
