package io.jkompose.parser.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * compose-go's dotenv fixtures (read in place from the shared corpus), with the values its
 * godotenv_test.go expects of each.
 */
class DotEnvFixturesTest {

    private static final Path FIXTURES = SharedFolder.resolve("corpus/compose-go/dotenv/fixtures");
    private static final Function<String, String> NO_ENV = name -> null;

    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void corpus() {
        SharedFolder.require(FIXTURES);
    }

    private LinkedHashMap<String, String> read(String fixture, Function<String, String> lookup) throws IOException {
        String text = Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
        return DotEnv.parse(text, fixture, lookup, diagnostics);
    }

    private LinkedHashMap<String, String> read(String fixture) throws IOException {
        LinkedHashMap<String, String> variables = read(fixture, NO_ENV);
        assertThat(diagnostics.all()).as("diagnostics of %s", fixture).isEmpty();
        return variables;
    }

    @Test
    void plain() throws IOException {
        // compose-go's Read drops "456" (a name starting with a digit); GetEnvFromFile, which Compose
        // uses for .env and env_file, keeps it, and so do we.
        assertThat(read("plain.env")).containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "2"),
                entry("OPTION_C", "3"), entry("OPTION_D", "4"), entry("OPTION_E", "5"), entry("456", "ABC"),
                entry("OPTION_F", ""), entry("OPTION_G", ""), entry("OPTION_H", "my string"));
    }

    @Test
    void exported() throws IOException {
        assertThat(read("exported.env")).containsExactly(entry("OPTION_A", "2"), entry("OPTION_B", "\\n"));
    }

    @Test
    void equals() throws IOException {
        assertThat(read("equals.env"))
                .containsExactly(entry("OPTION_A", "postgres://localhost:5432/database?sslmode=disable"));
    }

    @Test
    void quoted() throws IOException {
        assertThat(read("quoted.env")).containsExactly(
                entry("OPTION_A", "1"),
                entry("OPTION_B", "2"),
                entry("OPTION_C", ""),
                entry("OPTION_D", "\\n"),
                entry("OPTION_E", "1"),
                entry("OPTION_F", "2"),
                entry("OPTION_G", ""),
                entry("OPTION_H", "\n"),
                entry("OPTION_I", "echo 'asd'"),
                entry("OPTION_J", "first line\nsecond line\nthird line\nand so on"),
                entry("OPTION_K", "Let's go!"),
                entry("OPTION_Z", "last value"));
    }

    @Test
    void unquoted() throws IOException {
        assertThat(read("unquoted.env")).containsExactly(
                entry("OPTION_A", "some quoted phrase"),
                entry("OPTION_B", "first one with an unquoted phrase"),
                entry("OPTION_C", "then another one with an unquoted phrase"),
                entry("OPTION_D", "then another one with an unquoted phrase special è char"),
                entry("OPTION_E", "then another one quoted phrase"));
    }

    @Test
    void substitutionsWithoutEnvironment() throws IOException {
        assertThat(read("substitutions.env", NO_ENV)).containsExactly(entry("OPTION_A", "1"),
                entry("OPTION_B", "1"), entry("OPTION_C", "1"), entry("OPTION_D", "1_1"), entry("OPTION_E", ""));
        // ${OPTION_NOT_DEFINED} has no default: compose-go warns, and so do we (with its location)
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.code()).isEqualTo("env-file");
            assertThat(d.message()).isEqualTo("variable OPTION_NOT_DEFINED is not set; it is replaced by an empty string");
            assertThat(d.location()).isEqualTo(SourceLocation.of("substitutions.env", 5, 10));
        });
    }

    @Test
    void substitutionsPreferTheEnvironmentOverTheFile() throws IOException {
        // TestSubstitutionsWithEnvFilePrecedence: OPTION_A=5 in the environment wins inside values,
        // though the file's own OPTION_A stays 1
        assertThat(read("substitutions.env", Map.of("OPTION_A", "5")::get)).containsExactly(
                entry("OPTION_A", "1"), entry("OPTION_B", "5"), entry("OPTION_C", "5"), entry("OPTION_D", "5_5"),
                entry("OPTION_E", ""));
    }

    @Test
    void substitutionDefaultsWithTheVariableSet() throws IOException {
        assertThat(read("substitutions-default.env", Map.of("OPTION_A", "5")::get)).containsExactly(
                entry("OPTION_A", "5"), entry("OPTION_B", "5"), entry("OPTION_C", "5"), entry("OPTION_D", "5_5"),
                entry("OPTION_E", ""));
    }

    @Test
    void substitutionDefaultsWithTheVariableUnset() throws IOException {
        assertThat(read("substitutions-default.env", NO_ENV)).containsExactly(entry("OPTION_A", "1"),
                entry("OPTION_B", "1"), entry("OPTION_C", "1"), entry("OPTION_D", "1_1"), entry("OPTION_E", ""));
    }

    @Test
    void invalidLineIsReportedWithItsLine() throws IOException {
        LinkedHashMap<String, String> variables = read("invalid1.env", NO_ENV);
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("env-file");
            assertThat(d.message()).isEqualTo("invalid variable name \"INVALID LINE\": a name cannot contain a space");
            assertThat(d.location()).isEqualTo(SourceLocation.of("invalid1.env", 7, 8));
        });
        // what came before the error was read; the multi-line value keeps its line breaks
        assertThat(variables).containsExactly(entry("foo", "\n  a\n  multine\n  value\n"));
    }

    @Test
    void inheritedVariablesAmongOthers() throws IOException {
        Function<String, String> os = Map.of("VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE")::get;
        assertThat(read("inherited-multi-var.env", os)).containsExactly(entry("foo", "bar"),
                entry("VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE"), entry("bar", "baz"));
    }

    @Test
    void inheritedSingleVariable() throws IOException {
        Function<String, String> os = Map.of("VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE")::get;
        assertThat(read("inherited-single-var.env", os))
                .containsExactly(entry("VAR_TO_BE_LOADED_FROM_OS_ENV", "SOME_RANDOM_VALUE"));
    }

    @Test
    void inheritedVariableNotFoundIsLeftOutAndWasAskedFor() throws IOException {
        java.util.List<String> asked = new java.util.ArrayList<>();
        LinkedHashMap<String, String> variables = read("inherited-not-found.env", name -> {
            asked.add(name);
            return null;
        });
        assertThat(variables).isEmpty();
        assertThat(asked).containsExactly("VARIABLE_NOT_FOUND");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("utf8-bom.env"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(read("utf8-bom.env")).containsEntry("OPTION_A", "1").containsEntry("OPTION_B", "2")
                .containsEntry("OPTION_C", "3").containsEntry("OPTION_D", "4").containsEntry("OPTION_E", "5");
    }

    @Test
    void namesWithDotsAndDashes() throws IOException {
        assertThat(read("special.env")).containsExactly(entry("VAR.WITH.DOTS", "dots"),
                entry("VAR_WITH_UNDERSCORES", "underscores"), entry("VAR-WITH-DASHES", "dashes"));
    }

    @Test
    void yamlStyleFileGivesWhatComposeGoCustomFormatTestExpects() throws IOException {
        assertThat(read("custom.format")).containsExactly(entry("FOO", "BAR"), entry("ZOT", "QIX"));
    }

    @Test
    void severalFilesReadIntoOneMap() {
        // TestMultipleFiles: a later file overrides an earlier one, and its values see its own entries
        String base = "\nENV_HOSTNAME=localhost\nENV_MY_URL=\"http://${ENV_HOSTNAME}\"\n";
        String override = "\nENV_HOSTNAME=dev.my-company.com\nENV_MY_URL=\"http://${ENV_HOSTNAME}\"\n";
        LinkedHashMap<String, String> env = new LinkedHashMap<>();
        DotEnv.parseInto(base, "base.env", NO_ENV, diagnostics, DotEnv.warnUnset(diagnostics), env);
        DotEnv.parseInto(override, "override.env", NO_ENV, diagnostics, DotEnv.warnUnset(diagnostics), env);
        assertThat(env).containsExactly(entry("ENV_HOSTNAME", "dev.my-company.com"),
                entry("ENV_MY_URL", "http://dev.my-company.com"));

        Function<String, String> os = Map.of("ENV_HOSTNAME", "host.local")::get;
        LinkedHashMap<String, String> withOs = new LinkedHashMap<>();
        DotEnv.parseInto(base, "base.env", os, diagnostics, DotEnv.warnUnset(diagnostics), withOs);
        DotEnv.parseInto(override, "override.env", os, diagnostics, DotEnv.warnUnset(diagnostics), withOs);
        assertThat(withOs).containsExactly(entry("ENV_HOSTNAME", "dev.my-company.com"),
                entry("ENV_MY_URL", "http://host.local"));
        assertThat(diagnostics.all()).extracting(Diagnostic::message).isEmpty();
    }
}
