package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus ({@code golden/bad-input/}, one folder per case, run like every golden case
 * by {@link GoldenTest}): beyond its exact expected output, every case must hold what hostile or
 * broken input must always give, so a case cannot be "fixed" by rewriting its expectation into a
 * crash: exit 1, at least one {@code file:line:column: error:} line whose message says what to do
 * (a hint in parentheses), no stack trace or Java class name, nothing on stdout and nothing written
 * to {@code -o}.
 */
class BadInputTest {

    /** {@code file:line:column: error: message}, where the message says what to do: in parentheses, or "must". */
    private static final Pattern ERROR_LINE = Pattern.compile(
            "^[^\\s:][^:]*:\\d+:\\d+: error: (.+\\(.+\\)|.* must .+|.*; (write|use|give|add|remove) .+)$", Pattern.MULTILINE);
    /** {@code path: error: message (hint)}: allowed only about a path that is no readable file (no lines to point at). */
    private static final Pattern FILE_ERROR_LINE = Pattern.compile("^([^\\s:][^:]*): error: .+\\(.+\\)$",
            Pattern.MULTILINE);
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|\\tat |java\\.|io\\.jkompose\\.|org\\.snakeyaml|StackOverflow|OutOfMemory");

    static Path corpus() {
        return GoldenTest.corpusRoot().resolve("bad-input");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsCleanly() {
        List<GoldenCase> cases = GoldenCase.findAll(corpus());
        assertThat(cases).as("bad-input cases").hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(goldenCase -> dynamicTest(goldenCase.name(), goldenCase.folder().toUri(),
                () -> check(goldenCase)));
    }

    private static void check(GoldenCase goldenCase) throws IOException {
        Path temp = Files.createTempDirectory("jkompose-bad-input-");
        try {
            Path work = temp.resolve(goldenCase.folder().getFileName().toString());
            FileTree.copy(goldenCase.folder(), work, GoldenCase::harnessFile);
            CliResult result = InProcessCli.run(work, goldenCase.environment(), goldenCase.args());
            assertCleanFailure(result, work);
        } finally {
            FileTree.delete(temp);
        }
    }

    static void assertCleanFailure(CliResult result, Path work) {
        assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.stderr()).isEqualTo(1);
        if (!ERROR_LINE.matcher(result.stderr()).find()) {
            Matcher fileError = FILE_ERROR_LINE.matcher(result.stderr());
            assertThat(fileError.find()).as("an error at file:line:column that says what to do:%n%s", result.stderr())
                    .isTrue();
            assertThat(Files.isRegularFile(work.resolve(fileError.group(1))))
                    .as("%s has an error without a line, so it must be no readable file", fileError.group(1)).isFalse();
        }
        assertThat(result.stderr()).as("no stack trace, no Java names").doesNotContainPattern(JAVA_LEAK);
        assertThat(result.stdout()).as("stdout").isEmpty();
        assertThat(work.resolve("out")).as("the -o folder").doesNotExist();
    }

    /** Not in the corpus folder: git cannot keep a file that nobody may read. */
    @Test
    void unreadableFile() throws IOException {
        Path temp = Files.createTempDirectory("jkompose-bad-input-");
        try {
            Path work = Files.createDirectories(temp.resolve("unreadable"));
            Path compose = work.resolve("compose.yaml");
            Files.writeString(compose, "services:\n  web:\n    image: nginx\n    env_file: secret.env\n");
            Path envFile = work.resolve("secret.env");
            Files.writeString(envFile, "A=b\n");
            Files.setPosixFilePermissions(envFile, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(compose, PosixFilePermissions.fromString("---------"));
            // root (as in CI containers) reads any file: then there is nothing to test
            assumeFalse(Files.isReadable(compose), "running as a user who can read a file with mode 000 (root)");
            CliResult result = InProcessCli.run(work, Map.of(), List.of("convert", "-o", "out/"));
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr()).contains("compose.yaml").contains("error:").doesNotContainPattern(JAVA_LEAK);
            assertThat(work.resolve("out")).doesNotExist();

            Files.setPosixFilePermissions(compose, PosixFilePermissions.fromString("rw-r--r--"));
            result = InProcessCli.run(work, Map.of(), List.of("convert", "-o", "out/"));
            assertCleanFailure(result, work);
            assertThat(result.stderr()).contains("compose.yaml:4:").contains("secret.env");
        } finally {
            for (Path path : List.of(temp.resolve("unreadable/compose.yaml"), temp.resolve("unreadable/secret.env"))) {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                }
            }
            FileTree.delete(temp);
        }
    }
}
