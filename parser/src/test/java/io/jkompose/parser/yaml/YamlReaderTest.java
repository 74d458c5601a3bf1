package io.jkompose.parser.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private MappingNode map(String text) throws YamlException {
        return (MappingNode) reader.read(text, "compose.yaml");
    }

    @Test
    void locationsAreOneBasedLineAndColumnOfTheNode() throws YamlException {
        MappingNode root = map("services:\n  web:\n    image: nginx\n");
        MappingNode web = (MappingNode) ((MappingNode) root.get("services")).get("web");
        MappingNode.Entry image = web.entry("image");
        assertThat(image.key().location()).isEqualTo(SourceLocation.of("compose.yaml", 3, 5));
        assertThat(image.value().location()).isEqualTo(SourceLocation.of("compose.yaml", 3, 12));
        assertThat(((ScalarNode) image.value()).value()).isEqualTo("nginx");
    }

    @Test
    void plainScalarsAreResolvedWithTheCoreSchemaAndQuotedOnesStayStrings() throws YamlException {
        MappingNode root = map("a: 8080\nb: \"8080\"\nc: true\nd: ~\ne:\nf: 1.5\ng: yes\n");
        assertThat(root.get("a").tag()).isEqualTo(Tags.INT);
        assertThat(root.get("b").tag()).isEqualTo(Tags.STR);
        assertThat(((ScalarNode) root.get("b")).plain()).isFalse();
        assertThat(root.get("c").tag()).isEqualTo(Tags.BOOL);
        assertThat(root.get("d").isNull()).isTrue();
        assertThat(root.get("e").isNull()).isTrue();
        assertThat(root.get("f").tag()).isEqualTo(Tags.FLOAT);
        // YAML 1.2: "yes" is a string, not a boolean
        assertThat(root.get("g").tag()).isEqualTo(Tags.STR);
    }

    @Test
    void aPlainVariableReferenceIsAString() throws YamlException {
        assertThat(map("port: ${PORT}\n").get("port").tag()).isEqualTo(Tags.STR);
    }

    @Test
    void keysKeepTheirWrittenOrder() throws YamlException {
        assertThat(map("z: 1\na: 2\nm: 3\n").keys()).containsExactly("z", "a", "m");
    }

    @Test
    void aliasesShareTheAnchoredNode() throws YamlException {
        MappingNode root = map("x: &env {A: 1}\ny: *env\n");
        assertThat(root.get("y")).isSameAs(root.get("x"));
    }

    @Test
    void mergeKeysAddTheMissingKeysAndLocalKeysWin() throws YamlException {
        MappingNode root = map("""
                base: &base
                  image: nginx
                  restart: always
                web:
                  <<: *base
                  restart: "no"
                """);
        MappingNode web = (MappingNode) root.get("web");
        assertThat(web.keys()).containsExactly("restart", "image");
        assertThat(((ScalarNode) web.get("restart")).value()).isEqualTo("no");
        assertThat(((ScalarNode) web.get("image")).value()).isEqualTo("nginx");
    }

    @Test
    void mergeKeysWithAListLetEarlierMappingsWin() throws YamlException {
        MappingNode root = map("""
                a: &a {x: 1, y: 1}
                b: &b {y: 2, z: 2}
                c:
                  <<: [*a, *b]
                """);
        MappingNode c = (MappingNode) root.get("c");
        assertThat(c.keys()).containsExactly("x", "y", "z");
        assertThat(((ScalarNode) c.get("y")).value()).isEqualTo("1");
    }

    @Test
    void mergeKeyOfAScalarIsAnError() {
        assertThatThrownBy(() -> map("a:\n  <<: 3\n"))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("'<<' merge key")
                .extracting(e -> ((YamlException) e).location())
                .isEqualTo(SourceLocation.of("compose.yaml", 2, 7));
    }

    @Test
    void duplicateKeysAreRejectedAtTheSecondKey() {
        assertThatThrownBy(() -> map("services:\n  web: {}\n  web: {}\n"))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("duplicate key 'web'")
                .extracting(e -> ((YamlException) e).location())
                .isEqualTo(SourceLocation.of("compose.yaml", 3, 3));
    }

    @Test
    void syntaxErrorsCarryTheProblemsLocation() {
        assertThatThrownBy(() -> map("services:\n  web:\n    image: [nginx\n"))
                .isInstanceOf(YamlException.class)
                .hasMessageStartingWith("invalid YAML:")
                .satisfies(e -> assertThat(((YamlException) e).location().line()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void tabIndentationIsASyntaxErrorWithALine() {
        assertThatThrownBy(() -> map("services:\n\tweb: {}\n"))
                .isInstanceOf(YamlException.class)
                .satisfies(e -> assertThat(((YamlException) e).location().line()).isEqualTo(2));
    }

    @Test
    void customTagsAreKept() throws YamlException {
        MappingNode root = map("ports: !reset []\nimage: !override nginx\n");
        assertThat(root.get("ports").tag()).isEqualTo("!reset");
        assertThat(root.get("image").tag()).isEqualTo("!override");
    }

    @Test
    void nonScalarKeysAreRejected() {
        assertThatThrownBy(() -> map("? [a, b]\n: 1\n"))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("mapping key");
    }

    @Test
    void anUndefinedAliasIsAnErrorNotACrash() {
        assertThatThrownBy(() -> map("a: *nothing\n")).isInstanceOf(YamlException.class);
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                text.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            text.append("]\n");
        }
        assertThatThrownBy(() -> map(text.toString()))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String text = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThatThrownBy(() -> map(text))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("nests deeper");
    }

    @Test
    void oversizedDocumentsAreRefused() {
        YamlReader small = new YamlReader(new YamlReader.Limits(100, 10, 1000, 50));
        assertThatThrownBy(() -> small.read("a: " + "x".repeat(200) + "\n", "big.yaml"))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void emptyTextHasNoDocumentAndSeveralDocumentsAreAllRead() throws YamlException {
        assertThat(reader.read("", "empty.yaml")).isNull();
        assertThat(reader.read("# only a comment\n", "empty.yaml")).isNull();
        List<YamlNode> docs = reader.readAll("a: 1\n---\nb: 2\n", "two.yaml");
        assertThat(docs).hasSize(2);
    }

    @Test
    void anchorsDoNotLeakAcrossDocuments() {
        assertThatThrownBy(() -> reader.readAll("a: &x 1\n---\nb: *x\n", "two.yaml"))
                .isInstanceOf(YamlException.class);
    }

    /** The shortcuts before the schema's patterns give the tag the patterns give, for what a plain scalar can hold. */
    @Test
    void implicitTagsAreTheCoreSchemasTags() {
        org.snakeyaml.engine.v2.resolver.ScalarResolver core =
                new org.snakeyaml.engine.v2.schema.CoreSchema().getScalarResolver();
        List<String> values = new java.util.ArrayList<>(List.of("", "~", "true", "True", "TRUE", "tRUE", "false",
                "False", "FALSE", "null", "Null", "NULL", "nULL", "nil", "yes", "no", "on", "off", "y", "n", "N", "t",
                "f", "test", "timeout", "name", "nan", "NaN", ".nan", ".NaN", ".inf", "-.inf", "+.Inf", "inf",
                "Infinity", "0", "-0", "+1", "007", "0o17", "0x1F", "0b101", "1_000", "1.5", "1e3", "1.5e-3", "-",
                ".", "+", "22:22", "2001-12-14", "a1", "Z", "é", "ñame", "null!", "x", "8080/tcp"));
        for (char c = 'A'; c <= 'z'; c++) {
            values.add(String.valueOf(c));
            values.add(c + "rue");
            values.add(c + "ull");
            values.add(c + "alse");
        }
        for (String value : values) {
            String expected = core.resolve(value, true).getValue();
            if (!List.of(Tags.INT, Tags.FLOAT, Tags.BOOL, Tags.NULL).contains(expected)) {
                expected = Tags.STR;
            }
            assertThat(YamlReader.implicitTag(value)).as("'%s'", value).isEqualTo(expected);
        }
    }
}
