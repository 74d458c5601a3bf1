package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads every Compose file of compose-go's test data (read in place from the shared corpus): no
 * exception may escape, and each file either loads or fails for the reason written here.
 */
class CorpusLoadTest {

    private static final Path SHARED = Path.of(System.getProperty("jkompose.shared", "/work/shared"));
    private static final Path COMPOSE_GO = SHARED.resolve("corpus/compose-go");

    /** Files that must fail, with the code of their first error and why. */
    private static final Map<String, String> FAILING = Map.ofEntries(
            // an empty file ("# Empty file") is an error, as in compose-go ("empty compose file")
            Map.entry("loader/testdata/empty.yaml", Codes.EMPTY_FILE),
            // include and extends are not supported yet
            Map.entry("loader/testdata/combined/compose.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/combined/dir/included.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/compose-include.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/compose-include-cycle.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/include/compose.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/include/project-directory.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/compose-test-extends.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/compose-test-extends-with-context-url.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/extends/base.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/extends/nested.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/extends/reset.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/extends/withdir/compose.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/extends/withdir/dir/compose.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/remote/cycle/compose.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/remote/cycle/compose-cycle.yaml", Codes.NOT_SUPPORTED),
            Map.entry("loader/testdata/remote/nested/compose.yaml", Codes.NOT_SUPPORTED),
            // depends_on cycles, as compose-go reports them
            Map.entry("loader/testdata/compose-depends-on-cycle.yaml", Codes.INVALID_VALUE),
            Map.entry("loader/testdata/compose-depends-on-profile-no-cycle.yaml", Codes.INVALID_VALUE),
            Map.entry("loader/testdata/compose-depends-on-self.yaml", Codes.INVALID_VALUE),
            // the env_file extra.env lives in subdir/, not beside the file
            Map.entry("loader/testdata/include/dir/compose.yaml", Codes.FILE_NOT_FOUND));

    @TestFactory
    Stream<DynamicTest> everyComposeFileLoadsOrFailsWithDiagnostics() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(COMPOSE_GO), "the shared corpus is not here");
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(COMPOSE_GO.resolve("loader/testdata")),
                Files.walk(COMPOSE_GO.resolve("cli/testdata")))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        return files.stream().map(file -> DynamicTest.dynamicTest(COMPOSE_GO.relativize(file).toString(),
                () -> loadOne(file)));
    }

    /**
     * kompose's golden inputs are all valid Compose files: each loads without an error (interpolation
     * warnings aside), except the override file of the multiple-files case, which needs its base.
     */
    @TestFactory
    Stream<DynamicTest> everyKomposeInputLoads() throws IOException {
        Path kompose = SHARED.resolve("corpus/kompose");
        Assumptions.assumeTrue(Files.isDirectory(kompose), "the shared corpus is not here");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(kompose)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !p.getFileName().toString().startsWith("output")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        return files.stream().map(file -> DynamicTest.dynamicTest(kompose.relativize(file).toString(), () -> {
            LoadResult result = ComposeLoader.load(new LoadRequest(List.of(file.getFileName().toString()),
                    file.getParent(), Map.of(), List.of(), null, true));
            boolean override = kompose.relativize(file).toString().equals("multiple-files/second.yaml");
            assertThat(result.project() == null).as(file + ": " + result.diagnostics()).isEqualTo(override);
        }));
    }

    private static void loadOne(Path file) {
        String name = COMPOSE_GO.relativize(file).toString().replace('\\', '/');
        LoadResult[] result = new LoadResult[1];
        assertThatCode(() -> result[0] = ComposeLoader.load(new LoadRequest(List.of(file.getFileName().toString()),
                file.getParent(), Map.of(), List.of(), null, true))).doesNotThrowAnyException();
        List<Diagnostic> errors = result[0].diagnostics().stream().filter(Diagnostic::isError).toList();
        String expected = FAILING.get(name);
        if (expected == null) {
            assertThat(errors).as(name).isEmpty();
            assertThat(result[0].project()).isNotNull();
        } else {
            assertThat(result[0].project()).as(name).isNull();
            assertThat(errors).isNotEmpty();
            if (!expected.equals("-")) {
                assertThat(errors).extracting(Diagnostic::code).as(name).contains(expected);
            }
        }
        for (Diagnostic diagnostic : result[0].diagnostics()) {
            assertThat(diagnostic.location().file()).as("every diagnostic names its file: " + diagnostic)
                    .isNotEmpty();
        }
    }
}
