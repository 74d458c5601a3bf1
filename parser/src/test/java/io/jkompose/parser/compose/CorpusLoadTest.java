package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every Compose file of compose-go's test data (read in place from the shared corpus), each
 * as compose-go's own tests ({@code loader/*_test.go}, {@code cli/*_test.go}, {@code schema/*_test.go}
 * in compose-spec/compose-go) load it: no exception may escape, and each file either loads, or is
 * rejected for the reason compose-go rejects it, with the error at the place written here.
 */
class CorpusLoadTest {

    private static final Path SHARED = SharedFolder.root();
    private static final Path COMPOSE_GO = SHARED.resolve("corpus/compose-go");
    private static final String HISTORICAL = "historical-df29b8a-parent/loader/full-example.yml";

    /** A rejection: the code of an error, where it is ({@code file:line:column}), and words of its message. */
    private record Rejection(String code, String at, String words) {
    }

    private static Rejection rejected(String code, String at, String words) {
        return new Rejection(code, at, words);
    }

    /**
     * The files compose-go rejects, and why (its message in the comment). Every other file loads, as
     * compose-go's tests load it.
     */
    private static final Map<String, Rejection> REJECTED = Map.ofEntries(
            // TestEmptyFile: "empty compose file"
            Map.entry("loader/testdata/empty.yaml", rejected(ParserCode.EMPTY_FILE.id(), "empty.yaml:1:1", "is empty")),
            // TestLoadDependsOnCycle: "dependency cycle detected: service1 -> service2 -> service3 -> service1"
            Map.entry("loader/testdata/compose-depends-on-cycle.yaml", rejected(ParserCode.INVALID_VALUE.id(),
                    "compose-depends-on-cycle.yaml:14:9", "cycle: service1 -> service2 -> service3 -> service1")),
            // the same file under another name (no test uses it any more): the same cycle
            Map.entry("loader/testdata/compose-depends-on-profile-no-cycle.yaml", rejected(ParserCode.INVALID_VALUE.id(),
                    "compose-depends-on-profile-no-cycle.yaml:14:9",
                    "cycle: service1 -> service2 -> service3 -> service1")),
            // TestLoadDependsOnSelf: "dependency cycle detected: service1 -> service1"
            Map.entry("loader/testdata/compose-depends-on-self.yaml", rejected(ParserCode.INVALID_VALUE.id(),
                    "compose-depends-on-self.yaml:6:9", "cycle: service1 -> service1")),
            // TestLoadWithIncludeCycle: "include cycle detected"
            Map.entry("loader/testdata/compose-include-cycle.yaml", rejected(ParserCode.INCLUDE.id(),
                    "compose-include-cycle.yaml:2:5",
                    "cycle: compose-include-cycle.yaml -> compose-include-cycle.yaml")),
            // on its own (TestExtends* only extend its services): "service \"with-port\" has neither an image
            // nor a build context specified"
            Map.entry("loader/testdata/extends/base.yaml", rejected(ParserCode.INVALID_VALUE.id(), "base.yaml:8:3",
                    "service 'with-port' has neither an image nor a build")),
            // on its own (TestIncludeWithProjectDirectory includes it with project_directory ../subdir):
            // "env file .../include/dir/extra.env not found"
            Map.entry("loader/testdata/include/dir/compose.yaml", rejected(ParserCode.FILE_NOT_FOUND.id(),
                    "compose.yaml:12:9", "the env file 'extra.env' does not exist")),
            // the remote: files are read by the tests' own resource loader; without it, as here, compose-go
            // does not find them: "open .../remote:cycle/compose.yaml: no such file or directory"
            Map.entry("loader/testdata/remote/cycle/compose.yaml", rejected(ParserCode.FILE_NOT_FOUND.id(),
                    "compose.yaml:4:13", "the file 'remote:cycle/compose-cycle.yaml' does not exist")),
            Map.entry("loader/testdata/remote/cycle/compose-cycle.yaml", rejected(ParserCode.FILE_NOT_FOUND.id(),
                    "compose-cycle.yaml:4:13", "the file 'remote:cycle/compose.yaml' does not exist")),
            Map.entry("loader/testdata/remote/nested/compose.yaml", rejected(ParserCode.FILE_NOT_FOUND.id(),
                    "compose.yaml:4:13", "the file 'remote:nested/compose-nested.yaml' does not exist")),
            // TestValidateVariables checks the schema on the raw file; loaded with VARIABLE unset, every
            // typed value is empty: "failed to cast to expected type: strconv.Atoi: parsing \"\"" (replicas)
            Map.entry("schema/using-variables.yaml", rejected(ParserCode.INVALID_VALUE.id(), "using-variables.yaml:6:17",
                    "deploy.replicas must be a whole number")),
            // TestFullExample loaded it with SkipConsistencyCheck; with the checks Compose runs:
            // "service \"foo\" depends on undefined service \"db\": invalid compose project"
            Map.entry(HISTORICAL, rejected(ParserCode.INVALID_VALUE.id(), "full-example.yml:69:9",
                    "refers to the service 'db', which is not defined")));

    /** The environment compose-go's tests give a file, where it is not empty. */
    private static final Map<String, Map<String, String>> ENVIRONMENTS = Map.of(
            "cli/testdata/simple/compose-name.yaml", Map.of("TEST", "dev"),
            HISTORICAL, Map.of("HOME", "/home/tester", "BAR", "this is a secret", "QUX", "qux_from_environment"));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyComposeFileLoadsOrIsRejectedAsInComposeGo() throws IOException {
        SharedFolder.require(COMPOSE_GO);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(COMPOSE_GO)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), () -> loadOne(file)));
    }

    @Test
    void everyExpectationNamesAFileOfTheCorpus() {
        SharedFolder.require(COMPOSE_GO);
        for (String file : REJECTED.keySet()) {
            assertThat(COMPOSE_GO.resolve(file)).as(file).isRegularFile();
        }
    }

    private static String name(Path file) {
        return COMPOSE_GO.relativize(file).toString().replace('\\', '/');
    }

    /**
     * compose-go's full example was read from the folder of its tests, beside the env and label
     * files it names; the corpus keeps those in {@code loader/}, so the test puts them together again.
     */
    private Path placed(Path file, String name) throws IOException {
        if (!name.equals(HISTORICAL)) {
            return file;
        }
        Path folder = Files.createDirectories(temp.resolve("loader"));
        for (String companion : List.of("example1.env", "example2.env", "example1.label", "example2.label")) {
            Files.copy(COMPOSE_GO.resolve("loader").resolve(companion), folder.resolve(companion));
        }
        return Files.copy(file, folder.resolve(file.getFileName()));
    }

    private void loadOne(Path corpusFile) throws IOException {
        String name = name(corpusFile);
        Path file = placed(corpusFile, name);
        LoadResult[] result = new LoadResult[1];
        assertThatCode(() -> result[0] = ComposeLoader.load(new LoadRequest(List.of(file.getFileName().toString()),
                file.getParent(), ENVIRONMENTS.getOrDefault(name, Map.of()), List.of(), null, true)))
                .doesNotThrowAnyException();
        List<Diagnostic> errors = result[0].diagnostics().stream().filter(Diagnostic::isError).toList();
        Rejection expected = REJECTED.get(name);
        if (expected == null) {
            assertThat(errors).as(name).isEmpty();
            assertThat(result[0].project()).isNotNull();
        } else {
            assertThat(result[0].project()).as(name).isNull();
            assertThat(errors).as(name).anySatisfy(error -> {
                assertThat(error.code()).isEqualTo(expected.code());
                assertThat(error.location().toString()).isEqualTo(expected.at());
                assertThat(error.message()).contains(expected.words());
            });
        }
        for (Diagnostic diagnostic : result[0].diagnostics()) {
            assertThat(diagnostic.location().file()).as("every diagnostic names its file: " + diagnostic)
                    .isNotEmpty();
        }
    }

    /**
     * kompose's golden inputs are all valid Compose files: each loads without an error (interpolation
     * warnings aside), except the override file of the multiple-files case, which needs its base.
     */
    @TestFactory
    Stream<DynamicTest> everyKomposeInputLoads() throws IOException {
        Path kompose = SHARED.resolve("corpus/kompose");
        SharedFolder.require(kompose);
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
}
