package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Converts every example of {@code ../examples}, the way its README tells a newcomer to:
 * <ul>
 *   <li>{@code convert --stdout} with the default file lookup, working folder the example's
 *       folder (so {@code compose.override.yaml} joins in where there is one);</li>
 *   <li>every command of the README that starts with {@code ./jkompose convert} and prints to
 *       {@code --stdout}, word for word, from the project root (the README says to run it
 *       there).</li>
 * </ul>
 * Each run must exit 0, report no error, and print manifests that pass {@code k8s-validate}.
 * The environment is empty: what an example needs comes from its own files ({@code .env}).
 */
class ExamplesTest {

    private static final List<String> REQUIRED = List.of("web-db-cache", "env-and-secrets", "multi-file");
    private static final String COMMAND_PREFIX = "./jkompose ";

    static Path projectRoot() {
        return ModuleFolder.root().getParent();
    }

    static Path examplesFolder() {
        return projectRoot().resolve("examples");
    }

    static List<Path> examples() {
        try (Stream<Path> entries = Files.list(examplesFolder())) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyExampleHasAComposeFileAndAReadmeWithItsCommand() {
        assertThat(examples()).extracting(path -> path.getFileName().toString()).containsAll(REQUIRED);
        for (Path example : examples()) {
            assertThat(example.resolve("compose.yaml")).isRegularFile();
            assertThat(example.resolve("README.md")).isRegularFile();
            assertThat(readmeCommands(example)).as("'%sconvert … --stdout' commands in %s", COMMAND_PREFIX,
                    example.resolve("README.md")).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesConvert() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : examples()) {
            String name = example.getFileName().toString();
            tests.add(dynamicTest(name + ": convert --stdout (default lookup)", example.toUri(),
                    () -> convert(example, List.of("convert", "--stdout"))));
            for (List<String> command : readmeCommands(example)) {
                tests.add(dynamicTest(name + ": " + String.join(" ", command), example.resolve("README.md").toUri(),
                        () -> convert(projectRoot(), command)));
            }
        }
        return tests.stream();
    }

    private static void convert(Path workingDir, List<String> args) throws IOException {
        CliResult result = InProcessCli.run(workingDir, Map.of(), args);
        String context = "jkompose " + String.join(" ", args) + " in " + workingDir + "\nstderr:\n" + result.stderr();
        assertThat(result.exitCode()).as("exit code of %s", context).isZero();
        assertThat(result.stderr().lines()).as("error diagnostics of %s", context)
                .noneMatch(line -> line.contains(": error:"));
        assertThat(result.stdout()).as("stdout of %s", context).isNotBlank();

        Path temp = Files.createTempDirectory("jkompose-example-");
        try {
            Path output = temp.resolve("output.yaml");
            Files.writeString(output, result.stdout(), StandardCharsets.UTF_8);
            ManifestTools.ToolResult validation = ManifestTools.validate(List.of(output));
            assertThat(validation.ok()).as("k8s-validate of the output of %s:%n%s", context, validation.text())
                    .isTrue();
        } finally {
            FileTree.delete(temp);
        }
    }

    /** The README's {@code ./jkompose convert … --stdout} lines, as words without {@code ./jkompose}. */
    static List<List<String>> readmeCommands(Path example) {
        List<String> lines;
        try {
            lines = Files.readAllLines(example.resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> commands = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (!text.startsWith(COMMAND_PREFIX + "convert")) {
                continue;
            }
            List<String> words = Arrays.asList(text.substring(COMMAND_PREFIX.length()).strip().split("\\s+"));
            // Commands that write files would write into the project; only --stdout ones run here.
            if (words.contains("--stdout")) {
                assertThat(text).as("README commands are run as plain words: no quotes, no shell syntax")
                        .doesNotContain("\"", "'", "$", "|", "&", ";", "<", ">");
                commands.add(words);
            }
        }
        return commands;
    }
}
