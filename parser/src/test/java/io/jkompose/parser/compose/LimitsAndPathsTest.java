package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.LoadLimits;
import io.jkompose.parser.ParserCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The configurable limits, and files read from outside the project folder. */
@Timeout(60)
class LimitsAndPathsTest {

    @TempDir
    Path dir;

    private static String services(int count) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  s").append(i).append(":\n    image: x\n");
        }
        return yaml.toString();
    }

    @Test
    void moreServicesThanTheLimitIsAnErrorAtTheFirstServiceTooMany() {
        LoadLimits three = new LoadLimits(1 << 20, 128, 100_000, 1 << 20, 3);
        assertThat(new Fixture(dir).limits(three).compose(services(3)).projectWithWarnings().services()).hasSize(3);
        Diagnostic error = new Fixture(dir).limits(three).compose(services(4)).error();
        assertThat(error.code()).isEqualTo(ParserCode.LIMIT.id());
        assertThat(error.format()).startsWith("compose.yaml:8:3: error: the project has 4 services, more than the limit of 3")
                .contains("-Djkompose.limits.services=N");
    }

    @Test
    void aStringLongerThanTheLimitIsAnErrorAtItsPlace() {
        LoadLimits short100 = new LoadLimits(1 << 20, 128, 100_000, 100, 10);
        String compose = "services:\n  web:\n    image: x\n    command: " + "a".repeat(101) + "\n";
        Diagnostic error = new Fixture(dir).limits(short100).compose(compose).error();
        assertThat(error.format()).startsWith("compose.yaml:4:14: error: this value is longer than 100 characters")
                .contains("-Djkompose.limits.scalarChars=N");
        assertThat(new Fixture(dir).limits(short100).compose(compose.replace("a".repeat(101), "a".repeat(100)))
                .projectWithWarnings()).isNotNull();
    }

    @Test
    void theAliasLimitCountsWhatAliasesRepeatNotTheNodesWrittenOut() {
        LoadLimits aliases200 = new LoadLimits(1 << 20, 128, 200, 1 << 20, 1_000);
        // 500 services written out are ~1,500 nodes, none through an alias: no expansion attack
        assertThat(new Fixture(dir).limits(aliases200).compose(services(500)).projectWithWarnings().services())
                .hasSize(500);
        // each *env repeats the 5 nodes of the anchored mapping: the 41st goes past 200
        StringBuilder repeated = new StringBuilder("x-env: &env {A: '1', B: '2'}\nservices:\n");
        for (int i = 0; i < 41; i++) {
            repeated.append("  s").append(i).append(":\n    image: x\n    environment: *env\n");
        }
        Diagnostic error = new Fixture(dir).limits(aliases200).compose(repeated.toString()).error();
        assertThat(error.format()).startsWith("compose.yaml:125:18: error: the document expands to more than 200 "
                + "nodes through its aliases");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
        LoadLimits small = new LoadLimits(50, 128, 100_000, 100, 10);
        Diagnostic error = new Fixture(dir).limits(small).compose(services(5)).error();
        assertThat(error.format()).startsWith("compose.yaml:1:1: error: the file is larger than 50 characters");
    }

    @Test
    void nestingCanBeAllowedDeeper() {
        String deep = "x-deep: " + "[".repeat(200) + "]".repeat(200) + "\nservices:\n  web:\n    image: x\n";
        LoadLimits deeper = new LoadLimits(1 << 20, 300, 100_000, 1 << 20, 10);
        assertThat(new Fixture(dir).limits(deeper).compose(deep).projectWithWarnings()).isNotNull();
        // ten thousand levels: an error, never a StackOverflowError
        String deepest = "x-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\nservices:\n  web:\n    image: x\n";
        assertThat(new Fixture(dir).compose(deepest).error().message()).contains("nests deeper than 128 levels");
    }

    @Test
    void limitsComeFromProperties() {
        LoadLimits limits = LoadLimits.from(Map.of(LoadLimits.SERVICES_PROPERTY, "20000",
                LoadLimits.ALIAS_NODES_PROPERTY, "5000000000"));
        assertThat(limits.maxServices()).isEqualTo(20_000);
        assertThat(limits.maxAliasNodes()).isEqualTo(5_000_000_000L);
        assertThat(limits.maxDepth()).isEqualTo(LoadLimits.DEFAULT.maxDepth());
        for (String bad : List.of("0", "-1", "many", "99999999999")) {
            assertThatThrownBy(() -> LoadLimits.from(Map.of(LoadLimits.DEPTH_PROPERTY, bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Djkompose.limits.depth=" + bad);
        }
    }

    @Test
    void filesOutsideTheProjectFolderAreReadWithAWarningAtTheirLine() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("shared.env"), "A=b\n");
        Files.writeString(dir.resolve("token.txt"), "t\n");
        Files.writeString(dir.resolve("base.yaml"), "services:\n  base:\n    image: x\n");
        Files.writeString(dir.resolve("other.yaml"), "services:\n  other:\n    image: x\n");
        // a link inside the project that leads out of it counts as outside
        Files.createSymbolicLink(project.resolve("app.conf"), Files.writeString(dir.resolve("app.conf"), "c\n"));
        Files.writeString(project.resolve("inside.env"), "B=c\n");
        Fixture fixture = new Fixture(project).compose("""
                include:
                  - ../other.yaml
                services:
                  web:
                    extends:
                      file: ../base.yaml
                      service: base
                    env_file: [../shared.env, inside.env]
                    secrets: [token]
                    configs: [app]
                secrets:
                  token:
                    file: ../token.txt
                configs:
                  app:
                    file: ./app.conf
                """);
        List<String> warnings = fixture.warnings().stream().filter(d -> d.code().equals(ParserCode.OUTSIDE_PROJECT.id()))
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
        assertThat(warnings).hasSize(5).anySatisfy(w -> assertThat(w).startsWith("2:5 include[0]"))
                .anySatisfy(w -> assertThat(w).startsWith("6:13 services.web.extends.file: '../base.yaml'"))
                .anySatisfy(w -> assertThat(w).startsWith("8:16 services.web.env_file[0]: '../shared.env'"))
                .anySatisfy(w -> assertThat(w).startsWith("13:11 secrets.token.file: '../token.txt'"))
                .anySatisfy(w -> assertThat(w).startsWith("16:11 configs.app.file: './app.conf' is outside the project"));
    }
}
