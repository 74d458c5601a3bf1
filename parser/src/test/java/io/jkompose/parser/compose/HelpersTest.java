package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.Tags;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small pieces: suggestions, IP addresses, file modes, project names (shell words: the syntax module). */
class HelpersTest {

    @Test
    void suggestions() {
        Set<String> keys = KnownKeys.SERVICE;
        assertThat(Suggestions.closest("imgae", keys)).isEqualTo("image");
        assertThat(Suggestions.closest("port", keys)).isEqualTo("ports");
        assertThat(Suggestions.closest("Environment", keys)).isEqualTo("environment");
        assertThat(Suggestions.closest("env-file", keys)).isEqualTo("env_file");
        assertThat(Suggestions.closest("completely_unrelated", keys)).isNull();
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    }

    @Test
    void fileModesFollowYaml11() {
        assertThat(FileModes.parse(scalar("0440", Tags.INT))).isEqualTo(0440);
        assertThat(FileModes.parse(scalar("0o755", Tags.STR))).isEqualTo(0755);
        assertThat(FileModes.parse(scalar("288", Tags.INT))).isEqualTo(288);
        assertThat(FileModes.parse(scalar("440", Tags.STR))).isEqualTo(0440);
        assertThat(FileModes.parse(scalar("rw", Tags.STR))).isNull();
        assertThat(FileModes.parse(scalar("0999", Tags.INT))).isNull();
    }

    @Test
    void projectNames() {
        assertThat(ProjectNames.normalize("My-App_2")).isEqualTo("my-app_2");
        assertThat(ProjectNames.normalize("__x")).isEqualTo("x");
        assertThat(ProjectNames.isValid("web")).isTrue();
        assertThat(ProjectNames.isValid("Web")).isFalse();
        assertThat(ProjectNames.isValid("-web")).isFalse();
        assertThat(ProjectNames.isValid("")).isFalse();
    }

    @Test
    void mountTargetsAreCleaned() {
        assertThat(List.of("/a//b/", "/a/./b", "/a/../b", "/", "relative/x", "D:\\x"))
                .extracting(VolumeParser::cleanTarget).containsExactly("/a/b", "/a/b", "/b", "/", "relative/x",
                        "D:\\x");
    }

    private static ScalarNode scalar(String value, String tag) {
        return new ScalarNode(value, tag, true, SourceLocation.NONE);
    }
}
