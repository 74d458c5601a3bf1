package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.parser.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are loaded, and what diagnostics call them. */
class FileLookupTest {

    private static final String WEB = "services:\n  web:\n    image: nginx\n";

    @TempDir
    Path dir;

    @Test
    void findsComposeYamlInTheWorkingFolder() {
        Fixture fixture = new Fixture(dir).write("compose.yaml", WEB);
        Project project = fixture.project();
        assertThat(project.files()).containsExactly(dir.resolve("compose.yaml"));
        assertThat(project.workingDir()).isEqualTo(dir);
    }

    @Test
    void prefersComposeYamlOverTheOtherNamesAndWarns() {
        Fixture fixture = new Fixture(dir).write("compose.yml", "services:\n  other:\n    image: x\n")
                .write("compose.yaml", WEB).write("docker-compose.yml", "services:\n  old:\n    image: x\n");
        LoadResult result = fixture.load();
        assertThat(result.project().services()).containsOnlyKeys("web");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("compose.yaml, compose.yml, docker-compose.yml");
        });
    }

    @Test
    void fallsBackToDockerComposeYml() {
        Fixture fixture = new Fixture(dir).write("docker-compose.yml", WEB);
        assertThat(fixture.project().files()).containsExactly(dir.resolve("docker-compose.yml"));
    }

    @Test
    void searchesTheParentFoldersAndNamesFilesAbsolutely() {
        Path sub = dir.resolve("a/b");
        Fixture fixture = new Fixture(dir).write("compose.yaml", "services:\n  web:\n    image: [1]\n")
                .write("a/b/readme.txt", "x").workingDir(sub);
        Diagnostic error = fixture.error();
        // the file lies above the working folder, so diagnostics name it by its absolute path
        assertThat(error.location().file()).isEqualTo(dir.resolve("compose.yaml").toString());
        assertThat(error.location().line()).isEqualTo(3);
    }

    @Test
    void theProjectFolderOfAnUpwardFileIsThatFilesFolder() {
        Fixture fixture = new Fixture(dir).write("compose.yaml", WEB).write("a/b/readme.txt", "x")
                .workingDir(dir.resolve("a/b"));
        Project project = fixture.project();
        assertThat(project.workingDir()).isEqualTo(dir);
        assertThat(project.name()).isEqualTo(Fixture.folderName(dir));
    }

    @Test
    void loadsTheMatchingOverrideFile() {
        Fixture fixture = new Fixture(dir).write("compose.yaml", WEB)
                .write("compose.override.yaml", "services:\n  web:\n    image: nginx:2\n")
                .write("docker-compose.override.yml", "services:\n  web:\n    image: wrong\n");
        Project project = fixture.project();
        assertThat(project.files()).containsExactly(dir.resolve("compose.yaml"), dir.resolve("compose.override.yaml"));
        assertThat(project.services().get("web").image()).isEqualTo("nginx:2");
    }

    @Test
    void loadsTheDockerComposeOverrideWithDockerComposeYml() {
        Fixture fixture = new Fixture(dir).write("docker-compose.yml", WEB)
                .write("docker-compose.override.yml", "services:\n  web:\n    image: nginx:3\n");
        assertThat(fixture.service("web").image()).isEqualTo("nginx:3");
    }

    @Test
    void noComposeFileAnywhereIsAnErrorWithAHint() {
        Diagnostic error = new Fixture(dir).workingDir(dir.resolve("empty")).error();
        assertThat(error.code()).isEqualTo("no-compose-file");
        assertThat(error.hint()).contains("-f");
    }

    @Test
    void aMissingDashFFileIsNamedAsGiven() {
        Diagnostic error = new Fixture(dir).file("conf/missing.yaml").error();
        assertThat(error.code()).isEqualTo("file-not-found");
        assertThat(error.location().file()).isEqualTo("conf/missing.yaml");
        assertThat(error.message()).contains("conf/missing.yaml");
    }

    @Test
    void dashFFilesAreRelativeToTheWorkingFolderAndKeepTheirWrittenNames() {
        Fixture fixture = new Fixture(dir).write("deploy/app.yaml", "services:\n  web:\n    image: [x]\n")
                .file("deploy/app.yaml");
        Diagnostic error = fixture.error();
        assertThat(error.location().file()).isEqualTo("deploy/app.yaml");
    }

    @Test
    void theProjectFolderIsTheFolderOfTheFirstFile() {
        Fixture fixture = new Fixture(dir).write("deploy/app.yaml", WEB).write("deploy/.env", "X=1\n")
                .file("deploy/app.yaml");
        Project project = fixture.project();
        assertThat(project.workingDir()).isEqualTo(dir.resolve("deploy"));
        assertThat(project.name()).isEqualTo("deploy");
    }

    @Test
    void anAbsoluteDashFFileStaysAbsolute() {
        Path file = dir.resolve("x.yaml");
        Fixture fixture = new Fixture(dir).write("x.yaml", "services:\n  web:\n    image: [x]\n")
                .file(file.toString()).workingDir(dir.resolve("elsewhere"));
        assertThat(fixture.error().location().file()).isEqualTo(file.toString());
    }

    @Test
    void composeFileVariableListsFilesWithTheDefaultSeparator() {
        Fixture fixture = new Fixture(dir).write("a.yaml", WEB)
                .write("b.yaml", "services:\n  web:\n    image: b\n").env("COMPOSE_FILE", "a.yaml:b.yaml")
                .write("compose.yaml", "services:\n  ignored:\n    image: x\n");
        Project project = fixture.project();
        assertThat(project.files()).containsExactly(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
        assertThat(project.services()).containsOnlyKeys("web");
        assertThat(project.services().get("web").image()).isEqualTo("b");
    }

    @Test
    void composeFileVariableHonoursComposePathSeparator() {
        Fixture fixture = new Fixture(dir).write("a.yaml", WEB).write("b.yaml", "services:\n  db:\n    image: pg\n")
                .env("COMPOSE_FILE", "a.yaml;b.yaml").env("COMPOSE_PATH_SEPARATOR", ";");
        assertThat(fixture.project().services()).containsOnlyKeys("web", "db");
    }

    @Test
    void dashFWinsOverComposeFile() {
        Fixture fixture = new Fixture(dir).write("a.yaml", WEB).env("COMPOSE_FILE", "missing.yaml").file("a.yaml");
        assertThat(fixture.project().services()).containsOnlyKeys("web");
    }

    @Test
    void aMissingComposeFileEntryIsAnError() {
        Diagnostic error = new Fixture(dir).env("COMPOSE_FILE", "nope.yaml").error();
        assertThat(error.code()).isEqualTo("file-not-found");
        assertThat(error.message()).contains("nope.yaml", "COMPOSE_FILE");
    }
}
