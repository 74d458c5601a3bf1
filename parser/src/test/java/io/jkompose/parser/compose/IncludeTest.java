package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code include}, as 14-include.md describes it. */
class IncludeTest {

    @TempDir
    Path dir;

    @Test
    void theShortFormLoadsAFileWithItsOwnFolderForRelativePaths() {
        Project project = new Fixture(dir)
                .write("lib/compose.yaml", """
                        services:
                          cache:
                            build: .
                            volumes:
                              - ./data:/data
                        """)
                .compose("include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: web\n    depends_on: [cache]\n")
                .project();
        assertThat(project.services()).containsOnlyKeys("cache", "web");
        Service cache = project.services().get("cache");
        assertThat(cache.build().context()).isEqualTo(dir.resolve("lib").toString());
        assertThat(cache.storage().volumes().get(0).source()).isEqualTo(dir.resolve("lib/data").toString());
        assertThat(cache.location()).isEqualTo(SourceLocation.of("lib/compose.yaml", 2, 3));
        assertThat(project.name()).isEqualTo(Fixture.folderName(dir));
    }

    @Test
    void projectDirectoryChangesTheFolderOfRelativePaths() {
        Service service = new Fixture(dir)
                .write("other/extra.env", "A=1\n")
                .write("lib/compose.yaml", "services:\n  s:\n    build: .\n    env_file: extra.env\n")
                .compose("include:\n  - path: lib/compose.yaml\n    project_directory: other\n")
                .service("s");
        assertThat(service.build().context()).isEqualTo(dir.resolve("other").toString());
        assertThat(service.process().envFiles().get(0).entries()).containsEntry("A", "1");
    }

    @Test
    void theIncludedFolderDotEnvInterpolatesTheIncludedFileAndTheProjectWins() {
        Fixture fixture = new Fixture(dir)
                .write("lib/.env", "TAG=1.0\nUSER_NAME=lib\n")
                .write("lib/compose.yaml", "services:\n  s:\n    image: s:${TAG}\n    user: ${USER_NAME}\n")
                .write(".env", "USER_NAME=project\n")
                .compose("include:\n  - lib/compose.yaml\n");
        Service service = fixture.service("s");
        assertThat(service.image()).isEqualTo("s:1.0");
        assertThat(service.security().user()).isEqualTo("project");
    }

    @Test
    void envFileOfAnIncludeIsSeenOnlyByTheIncludedServices() {
        Project project = new Fixture(dir)
                .write("custom.env", "VAR_NAME=value\n")
                .write("module/compose.yml", """
                        services:
                          b:
                            image: alpine
                            environment:
                              - VAR_NAME
                          c:
                            image: alpine
                            environment:
                              VAR_NAME:
                        """)
                .compose("""
                        include:
                          - path:
                            - ./module/compose.yml
                            env_file:
                              - ./custom.env
                        services:
                          a:
                            image: alpine
                            environment:
                              - VAR_NAME
                        """).project();
        assertThat(project.services().get("a").process().environment().get("VAR_NAME").value()).isNull();
        assertThat(project.services().get("b").process().environment().get("VAR_NAME").value()).isEqualTo("value");
        assertThat(project.services().get("c").process().environment().get("VAR_NAME").value()).isEqualTo("value");
    }

    @Test
    void severalPathsAreMergedLikeSeveralFiles() {
        Service service = new Fixture(dir)
                .write("lib/compose.yaml", "services:\n  s:\n    image: s:1\n    user: a\n")
                .write("lib/override.yaml", "services:\n  s:\n    image: s:2\n")
                .compose("include:\n  - path: [lib/compose.yaml, lib/override.yaml]\n")
                .service("s");
        assertThat(service.image()).isEqualTo("s:2");
        assertThat(service.security().user()).isEqualTo("a");
    }

    @Test
    void aServiceAlsoDefinedLocallyMergesOntoTheIncludedOne() {
        Service service = new Fixture(dir)
                .write("lib/compose.yaml", "services:\n  s:\n    image: s:1\n    environment: [A=1, B=2]\n")
                .compose("include:\n  - lib/compose.yaml\nservices:\n  s:\n    environment: !override [C=3]\n")
                .service("s");
        assertThat(service.image()).isEqualTo("s:1");
        assertThat(service.process().environment()).containsOnlyKeys("C");
    }

    @Test
    void aLaterFileOverridesAnIncludedService() {
        Service service = new Fixture(dir)
                .write("lib/compose.yaml", "services:\n  imported:\n    image: nginx\n")
                .write("compose.yaml", "include:\n  - lib/compose.yaml\n")
                .write("override.yaml", "services:\n  imported:\n    image: overridden\n")
                .file("compose.yaml").file("override.yaml")
                .service("imported");
        assertThat(service.image()).isEqualTo("overridden");
    }

    @Test
    void includedVolumesAndNetworksCanBeUsed() {
        Project project = new Fixture(dir)
                .write("lib/compose.yaml", "services:\n  db:\n    image: db\nvolumes:\n  data:\nnetworks:\n  back:\n")
                .compose("include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: web\n"
                        + "    volumes: [data:/data]\n    networks: [back]\n")
                .project();
        assertThat(project.volumes()).containsOnlyKeys("data");
        assertThat(project.networks()).containsOnlyKeys("back");
    }

    @Test
    void includesNestWithPathsRelativeToEachFile() {
        Project project = new Fixture(dir)
                .write("a/b/c.yaml", "services:\n  c:\n    build: .\n")
                .write("a/b.yaml", "include:\n  - b/c.yaml\nservices:\n  b:\n    build: .\n")
                .compose("include:\n  - a/b.yaml\n")
                .project();
        assertThat(project.services().get("b").build().context()).isEqualTo(dir.resolve("a").toString());
        assertThat(project.services().get("c").build().context()).isEqualTo(dir.resolve("a/b").toString());
    }

    @Test
    void aCycleIsAnErrorNamingTheFiles() {
        Diagnostic error = new Fixture(dir)
                .write("b.yaml", "include:\n  - compose.yaml\nservices:\n  b:\n    image: b\n")
                .compose("include:\n  - b.yaml\nservices:\n  a:\n    image: a\n").error();
        assertThat(error.format()).isEqualTo("b.yaml:2:5: error: include[0]: the files include each other in a "
                + "cycle: compose.yaml -> b.yaml -> compose.yaml (remove one of these includes)");
    }

    @Test
    void aMissingFileIsAnErrorAtItsPath() {
        Diagnostic error = new Fixture(dir).compose("include:\n  - path: nope.yaml\n").error();
        assertThat(error.code()).isEqualTo(ParserCode.FILE_NOT_FOUND.id());
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 2, 11));
        assertThat(error.message()).startsWith("include[0].path: the Compose file 'nope.yaml' does not exist (");
    }

    @Test
    void aMissingEnvFileIsAnError() {
        Diagnostic error = new Fixture(dir).write("lib.yaml", "services:\n  s:\n    image: s\n")
                .compose("include:\n  - path: lib.yaml\n    env_file: [missing.env]\n").error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 3, 16));
        assertThat(error.message()).startsWith("include[0].env_file: the env file 'missing.env' does not exist (");
    }

    @Test
    void includeMustBeAList() {
        Diagnostic error = new Fixture(dir).compose("include: lib.yaml\nservices:\n  s:\n    image: s\n").error();
        assertThat(error.format()).isEqualTo("compose.yaml:1:10: error: include must be a list, but it is a string "
                + "(\"lib.yaml\")");
    }

    @Test
    void anEntryNeedsAPathAndKnownKeys() {
        List<String> errors = new Fixture(dir)
                .compose("include:\n  - project_directory: x\n    paths: y.yaml\nservices:\n  s:\n    image: s\n")
                .errors();
        assertThat(errors).containsExactly(
                "include@2:5: include[0] has no 'path'",
                "unknown-key@3:5: unknown key 'paths' in include[0]: the Compose Specification has no such key here");
    }

    @Test
    void includesNestingTooDeepAreAnError() {
        Fixture fixture = new Fixture(dir);
        int files = LoadSession.MAX_INCLUDE_DEPTH + 3;
        for (int i = 1; i < files; i++) {
            fixture.write("f" + i + ".yaml", "include:\n  - f" + (i + 1) + ".yaml\n");
        }
        fixture.write("f" + files + ".yaml", "services:\n  s:\n    image: s\n");
        List<String> errors = fixture.compose("include:\n  - f1.yaml\n").errors();
        assertThat(errors).singleElement().asString().startsWith("limit@2:5: include[0]: includes nest deeper than 32");
    }

    @Test
    void theIncludedFileIsInterpolatedAndItsErrorsPointIntoIt() {
        Diagnostic error = new Fixture(dir)
                .write("lib.yaml", "services:\n  s:\n    image: ${IMAGE:?set IMAGE first}\n")
                .compose("include:\n  - lib.yaml\n").error();
        assertThat(error.location().file()).isEqualTo("lib.yaml");
        assertThat(error.location().line()).isEqualTo(3);
        assertThat(error.message()).contains("set IMAGE first");
    }
}
