package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.parser.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Env and label files are read once per load, whatever the number of services that name them. */
class EnvFileTextsTest {

    @TempDir
    Path dir;

    @Test
    void aFileNamedByManyServicesIsReadOnceAndParsedByEachWithItsOwnVariables() {
        // more services than ComposeProjectLoader.PARALLEL_FROM: they are mapped on several threads
        int count = ComposeProjectLoader.PARALLEL_FROM + 50;
        StringBuilder compose = new StringBuilder("services:\n");
        for (int i = 0; i < count; i++) {
            String written = i % 2 == 0 ? "common.env" : "./common.env";
            compose.append("  s").append(i).append(":\n    image: x\n    env_file: ").append(written)
                    .append("\n    environment:\n      - WHO=s").append(i).append('\n');
        }
        compose.append("  labelled:\n    image: x\n    label_file: common.env\n");
        Fixture fixture = new Fixture(dir).write("common.env", "\uFEFFGREETING=hello ${WHO:-nobody}\n")
                .compose(compose.toString());
        Map<Path, AtomicInteger> reads = new ConcurrentHashMap<>();
        EnvFileTexts counted = new EnvFileTexts(path -> {
            reads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            return EnvFileTexts.readFile(path);
        });

        LoadResult result = ComposeProjectLoader.load(fixture.request(), counted);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(reads).containsOnlyKeys(dir.resolve("common.env"));
        assertThat(reads.get(dir.resolve("common.env"))).hasValue(1);
        Project project = result.project();
        for (int i = 0; i < count; i++) {
            Service service = project.services().get("s" + i);
            assertThat(service.process().envFiles()).singleElement().satisfies(file -> assertThat(file.entries())
                    .containsExactly(Map.entry("GREETING", "hello " + service.name())));
        }
        assertThat(project.services().get("labelled").labels()).containsEntry("GREETING", "hello nobody");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAtEveryServiceThatNamesItWithTheReadersMessage() {
        Fixture fixture = new Fixture(dir).compose("""
                services:
                  a:
                    image: x
                    env_file: shared.env
                  b:
                    image: x
                    env_file: shared.env
                    label_file: shared.env
                """);
        EnvFileTexts failing = new EnvFileTexts(path -> new EnvFileTexts.Failed(new IOException("disk on fire")));

        LoadResult result = ComposeProjectLoader.load(fixture.request(), failing);

        String shared = dir.resolve("shared.env").toString();
        assertThat(result.project()).isNull();
        assertThat(result.diagnostics()).map(Fixture::brief).containsExactly(
                "unreadable-file@4:15: services.a.env_file: cannot read '" + shared + "': disk on fire",
                "unreadable-file@7:15: services.b.env_file: cannot read '" + shared + "': disk on fire",
                "unreadable-file@8:17: services.b.label_file: cannot read '" + shared + "': disk on fire");
    }

    /** The same errors as when each service read the file itself (this test passed before the files were shared). */
    @Test
    void aMissingOrNonUtf8FileIsReportedAtEveryServiceThatNamesIt() throws IOException {
        Files.write(dir.resolve("latin1.env"), new byte[] {'A', '=', (byte) 0xE9, '\n'});
        Files.createDirectory(dir.resolve("folder.env"));
        Fixture fixture = new Fixture(dir).compose("""
                services:
                  a:
                    image: x
                    env_file: [missing.env, latin1.env, folder.env]
                    label_file: latin1.env
                  b:
                    image: x
                    env_file: [missing.env, latin1.env, folder.env]
                    label_file: [missing.env, folder.env]
                """);
        String missing = dir.resolve("missing.env").toString();
        String latin1 = dir.resolve("latin1.env").toString();
        String folder = dir.resolve("folder.env").toString();
        assertThat(fixture.errors()).containsExactly(
                "file-not-found@4:16: services.a.env_file[0]: the env file 'missing.env' does not exist (" + missing + ")",
                "unreadable-file@4:29: services.a.env_file[1]: '" + latin1 + "' is not UTF-8 text",
                "file-not-found@4:41: services.a.env_file[2]: the env file 'folder.env' does not exist (" + folder + ")",
                "unreadable-file@5:17: services.a.label_file: '" + latin1 + "' is not UTF-8 text",
                "file-not-found@8:16: services.b.env_file[0]: the env file 'missing.env' does not exist (" + missing + ")",
                "unreadable-file@8:29: services.b.env_file[1]: '" + latin1 + "' is not UTF-8 text",
                "file-not-found@8:41: services.b.env_file[2]: the env file 'folder.env' does not exist (" + folder + ")",
                "file-not-found@9:18: services.b.label_file[0]: the label file 'missing.env' does not exist ("
                        + missing + ")",
                "file-not-found@9:31: services.b.label_file[1]: the label file 'folder.env' does not exist ("
                        + folder + ")");
    }
}
