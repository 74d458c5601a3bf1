package io.jkompose.parser.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.parser.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading a large text in pieces ({@link BlockSplit}, {@link YamlReader#readInPieces}) gives what
 * reading it whole gives: the same nodes, tags, values and locations, the same error at the same
 * place. Each case says whether the pieces are read at all, so no comparison passes only because
 * the whole text was read twice.
 */
class YamlReaderPiecesTest {

    private final YamlReader whole = new YamlReader(YamlReader.Limits.DEFAULT, Integer.MAX_VALUE);
    private final YamlReader inPieces = new YamlReader(YamlReader.Limits.DEFAULT, 0);

    /** Asserts both readings agree (the same nodes, or the same error at the same place) and returns whether the pieces were used. */
    private boolean sameAsWhole(String text) {
        assertThat(outcome(inPieces, text)).isEqualTo(outcome(whole, text));
        List<YamlNode> pieces = inPieces.readInPieces(text, "compose.yaml");
        if (pieces != null) {
            assertThat(pieces).isEqualTo(outcome(whole, text));
        }
        return pieces != null;
    }

    /** The nodes read, or the error's message and place. */
    private static Object outcome(YamlReader reader, String text) {
        try {
            return reader.readAll(text, "compose.yaml");
        } catch (YamlException e) {
            return e.getMessage() + " at " + e.location();
        }
    }

    private static String services(int count) {
        StringBuilder text = new StringBuilder("name: app\nservices:\n");
        for (int i = 0; i < count; i++) {
            text.append("  svc").append(i).append(":\n")
                    .append("    image: \"nginx:1.").append(i).append("\"\n")
                    .append("    ports: [\"").append(8000 + i).append(":80\"]\n")
                    .append("    environment:\n      A: '").append(i).append("'\n      B: 1.5\n      C: ~\n")
                    .append("    command: |\n      echo ").append(i).append("\n\n      done\n");
        }
        return text.append("volumes:\n  data: {}\n").toString();
    }

    @Test
    void aLargeFileReadInPiecesIsTheFileReadWhole() {
        assertThat(sameAsWhole(services(300))).isTrue();
    }

    @Test
    void everyFileOfTheCorporaReadsTheSameInPieces() throws IOException {
        Path shared = SharedFolder.root().resolve("corpus");
        Path examples = Path.of("..", "examples");
        List<Path> files;
        try (Stream<Path> corpus = Files.walk(shared); Stream<Path> ours = Files.walk(examples)) {
            files = Stream.concat(corpus, ours)
                    .filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        int split = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(outcome(inPieces, text)).as(file.toString()).isEqualTo(outcome(whole, text));
            List<YamlNode> pieces = inPieces.readInPieces(text, "compose.yaml");
            if (pieces != null) {
                assertThat(pieces).as(file.toString()).isEqualTo(outcome(whole, text));
                split++;
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        // the files with two services or more in the plain layout split (33 when this was written); the rest,
        // one service, anchors, flow style, are read whole
        assertThat(split).isGreaterThanOrEqualTo(30);
    }

    @Test
    void windowsLineBreaksAndCommentsBetweenEntriesSplit() {
        String text = "services:   # the app\r\n# web first\r\n  web:\r\n    image: nginx\r\n\r\n"
                + "# then the database\r\n  db:\r\n    image: postgres\r\n  cache:\r\n    image: redis\r\n";
        assertThat(sameAsWhole(text)).isTrue();
    }

    @Test
    void aBlockScalarKeepingItsTrailingLinesEndsItsPiece() {
        String text = "services:\n  a:\n    command: |+\n      run\n\n\n  b:\n    command: >-\n      x\n\n  c:\n"
                + "    image: c\n";
        assertThat(sameAsWhole(text)).isTrue();
    }

    @Test
    void aQuotedValueRunningOverACutIsReadWhole() {
        String text = "services:\n  a:\n    command: \"echo\n  b: x\"\n  c:\n    image: c\n";
        assertThat(sameAsWhole(text)).isFalse();
    }

    @Test
    void aFlowListRunningOverACutIsReadWhole() {
        String text = "services:\n  a:\n    ports: [80,\n  81]\n  c:\n    image: c\n";
        sameAsWhole(text);
        assertThat(inPieces.readInPieces(text, "compose.yaml")).isNull();
    }

    @Test
    void anchorsAndAliasesAreReadWhole() {
        String text = "x-base: &base\n  image: nginx\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n";
        assertThat(sameAsWhole(text)).isFalse();
        String inside = "services:\n  a: &a\n    image: nginx\n  b: *a\n  c: {}\n";
        assertThat(sameAsWhole(inside)).isFalse();
    }

    @Test
    void mergeKeysListsAndQuotedKeysAtTheEntriesLevelAreReadWhole() {
        assertThat(sameAsWhole("services:\n  a: {}\n  <<: {b: {}}\n  c: {}\n")).isFalse();
        assertThat(sameAsWhole("services:\n  - a\n  - b\n")).isFalse();
        assertThat(sameAsWhole("services:\n  a: {}\n  \"b\": {}\n  c: {}\n")).isFalse();
        assertThat(sameAsWhole("services:\n    a: {}\n  b: {}\n")).isFalse();
    }

    @Test
    void severalDocumentsDirectivesAndOldLineBreaksAreReadWhole() {
        assertThat(sameAsWhole("services:\n  a: {}\n  b: {}\n---\nservices:\n  c: {}\n  d: {}\n")).isFalse();
        assertThat(sameAsWhole("%YAML 1.2\n---\nservices:\n  a: {}\n  b: {}\n")).isFalse();
        assertThat(sameAsWhole("services:\r  a: {}\r  b: {}\r")).isFalse();
        assertThat(sameAsWhole("services:\n  a: {}\n  b: {command: \"x\u2028y\"}\n")).isFalse();
    }

    @Test
    void theKeyMustStandAloneOnItsLine() {
        assertThat(sameAsWhole("services: !override\n  a: {}\n  b: {}\n")).isFalse();
        assertThat(sameAsWhole("services: # two services\n  a: {}\n  b: {}\n")).isTrue();
    }

    @Test
    void tagsOfEntriesSurviveTheSplit() {
        assertThat(sameAsWhole("services:\n  a: !reset\n  b: !override\n    image: x\n  c:\n    ports: !reset []\n"))
                .isTrue();
    }

    @Test
    void aKeyInTwoPiecesIsTheWholeReadingsError() {
        String text = "services:\n  a:\n    image: x\n  b:\n    image: y\n  a:\n    image: z\n";
        assertThatThrownBy(() -> whole.readAll(text, "compose.yaml")).hasMessageContaining("duplicate key 'a'");
        assertThatThrownBy(() -> inPieces.readAll(text, "compose.yaml"))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.location()).hasToString(
                        errorOf(text).location().toString()))
                .hasMessageContaining("duplicate key 'a'");
        assertThat(inPieces.readInPieces(text, "compose.yaml")).isNull();
    }

    @Test
    void anErrorInAPieceIsReportedWhereTheWholeReadingFindsIt() {
        String text = "services:\n  a:\n    image: x\n  b:\n    image: y\n   bad: indent\n  c:\n    image: z\n";
        YamlException expected = errorOf(text);
        assertThatThrownBy(() -> inPieces.readAll(text, "compose.yaml"))
                .isInstanceOfSatisfying(YamlException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(expected.getMessage());
                    assertThat(e.location()).isEqualTo(expected.location());
                });
    }

    @Test
    void theNestingLimitCountsThePiecesDepthInTheWholeText() throws YamlException {
        YamlReader.Limits limits = new YamlReader.Limits(1 << 20, 4, 1000, 1000);
        String atLimit = "services:\n  a:\n    b: {}\n  d: {}\n";
        String over = "services:\n  a:\n    b:\n      c: {}\n  d: {}\n";
        YamlReader wholeLimited = new YamlReader(limits, Integer.MAX_VALUE);
        YamlReader piecesLimited = new YamlReader(limits, 0);
        assertThat(piecesLimited.readAll(atLimit, "f")).isEqualTo(wholeLimited.readAll(atLimit, "f"));
        assertThat(piecesLimited.readInPieces(atLimit, "f")).isNotNull();
        assertThatThrownBy(() -> wholeLimited.readAll(over, "f")).hasMessageContaining("nests deeper than 4");
        assertThatThrownBy(() -> piecesLimited.readAll(over, "f")).hasMessageContaining("nests deeper than 4");
        assertThat(piecesLimited.readInPieces(over, "f")).isNull();
    }

    private YamlException errorOf(String text) {
        try {
            whole.readAll(text, "compose.yaml");
        } catch (YamlException e) {
            return e;
        }
        throw new AssertionError("the whole text reads without error");
    }
}
