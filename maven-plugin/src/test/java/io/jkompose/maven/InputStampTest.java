package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampTest {

    @TempDir
    Path folder;

    @Test
    void theDigestFollowsAFilesContentAFoldersListingAndTheSettings() throws Exception {
        Path file = folder.resolve("a.env");
        Path dir = Files.createDirectories(folder.resolve("conf"));
        List<InputStamp.Input> inputs = List.of(InputStamp.Input.path(file), InputStamp.Input.path(dir));
        String missing = InputStamp.digest("s", inputs);

        Files.writeString(file, "A=1\n");
        String one = InputStamp.digest("s", inputs);
        assertThat(one).isNotEqualTo(missing).isEqualTo(InputStamp.digest("s", inputs));
        assertThat(InputStamp.digest("t", inputs)).isNotEqualTo(one);

        Files.writeString(file, "A=2\n");
        String two = InputStamp.digest("s", inputs);
        assertThat(two).isNotEqualTo(one);

        Files.writeString(dir.resolve("new.conf"), "");
        assertThat(InputStamp.digest("s", inputs)).isNotEqualTo(two);
    }

    @Test
    void aComposeFolderCountsOnlyItsYamlAndEnvFiles() throws Exception {
        List<InputStamp.Input> inputs = List.of(InputStamp.Input.composeFolder(folder));
        Files.writeString(folder.resolve("compose.yaml"), "services: {}\n");
        String before = InputStamp.digest("", inputs);

        Files.writeString(folder.resolve("build.log"), "anything");
        Files.createDirectories(folder.resolve("target"));
        assertThat(InputStamp.digest("", inputs)).isEqualTo(before);

        Files.writeString(folder.resolve(".env"), "TAG=1\n");
        String withEnv = InputStamp.digest("", inputs);
        assertThat(withEnv).isNotEqualTo(before);
        Files.writeString(folder.resolve("other.yml"), "x: 1\n");
        assertThat(InputStamp.digest("", inputs)).isNotEqualTo(withEnv);
    }

    @Test
    void readsBackWhatItWroteAndIgnoresWhatItCannotUnderstand() throws Exception {
        TreeMap<String, String> outputs = new TreeMap<>();
        outputs.put("web-deployment.yaml", InputStamp.contentDigest("kind: Deployment\n"));
        InputStamp stamp = new InputStamp("abc", List.of(InputStamp.Input.path(folder.resolve("with space.yaml")),
                InputStamp.Input.composeFolder(folder)), outputs);
        Path file = folder.resolve("stamps/x.stamp");
        stamp.write(file);

        assertThat(InputStamp.read(file)).isEqualTo(stamp);
        assertThat(InputStamp.read(folder.resolve("none.stamp"))).isNull();
        Files.writeString(file, "something else\n");
        assertThat(InputStamp.read(file)).isNull();
    }

    @Test
    void outputsAreIntactOnlyWithTheSameContent() throws Exception {
        TreeMap<String, String> outputs = new TreeMap<>();
        outputs.put("a.yaml", InputStamp.contentDigest("a\n"));
        InputStamp stamp = new InputStamp("d", List.of(), outputs);

        assertThat(stamp.outputsIntact(folder)).isFalse();
        Files.writeString(folder.resolve("a.yaml"), "a\n");
        assertThat(stamp.outputsIntact(folder)).isTrue();
        Files.writeString(folder.resolve("a.yaml"), "b\n");
        assertThat(stamp.outputsIntact(folder)).isFalse();
    }
}
