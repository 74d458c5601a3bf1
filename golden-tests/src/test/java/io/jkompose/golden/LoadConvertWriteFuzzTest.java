package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.cli.FileSetWriter;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.FileSource;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole path a Compose file takes, load → convert → write (YAML stream, JSON list, one file per
 * object), over arbitrary bytes. jkompose may reject any input, but only with its own diagnostics:
 * every exception that escapes, every error without a location, and every output file name that is
 * not a plain name (it could write outside {@code -o}) is a bug.
 *
 * <p>{@code mvn verify} runs it in Jazzer's regression mode over {@code LoadConvertWriteFuzzTestInputs/}
 * (the golden corpus's Compose files as seeds, and every input a fuzzing run found crashing). To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl golden-tests -am test -Dtest=LoadConvertWriteFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true} (see {@code docs/reliability.md}).
 */
class LoadConvertWriteFuzzTest {

    /** An empty folder: references to project files resolve into it and find nothing. */
    private static final Path PROJECT = emptyFolder();

    /** The converters' view of the project's files: there are none. */
    private static final FileSource NO_FILES = new FileSource() {
        @Override
        public Entry stat(Path path) {
            return Entry.missing();
        }

        @Override
        public byte[] read(Path path) throws IOException {
            throw new NoSuchFileException(path.toString());
        }
    };

    @FuzzTest(maxDuration = "32m")
    void loadConvertWrite(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        LoadResult loaded = ProjectLoader.load(new LoadRequest(List.of("-"), PROJECT, Map.of(), List.of(), "fuzz",
                true, text, InputFormat.AUTO));
        checkDiagnostics(loaded.diagnostics());
        if (loaded.project() == null) {
            assertThat(loaded.hasErrors()).as("a load that gives no project says why").isTrue();
            return;
        }
        ConversionResult converted = KubernetesConverter.convert(loaded.project(), ConvertOptions.defaults(), NO_FILES);
        checkDiagnostics(converted.diagnostics());
        List<HasMetadata> objects = converted.objects();
        ManifestWriter writer = new ManifestWriter();
        writer.yaml(objects);
        writer.json(objects);
        for (boolean json : new boolean[] {false, true}) {
            for (String name : writer.files(objects, json).keySet()) {
                assertThat(FileSetWriter.isPlainFileName(name)).as("output file name %s", name).isTrue();
            }
        }
    }

    private static void checkDiagnostics(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            assertThat(diagnostic.message()).as("a diagnostic's message").isNotBlank();
        }
    }

    private static Path emptyFolder() {
        try {
            Path folder = Files.createTempDirectory("jkompose-fuzz-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
