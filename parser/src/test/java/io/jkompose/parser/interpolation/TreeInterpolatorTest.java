package io.jkompose.parser.interpolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.Tags;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TreeInterpolatorTest {

    private static final Function<String, String> ENV = Map.of("TAG", "1.25", "PORT", "8080", "NAME", "web",
            "EMPTY", "")::get;

    private final Diagnostics diagnostics = new Diagnostics();

    private static YamlNode read(String yaml) throws Exception {
        return new YamlReader().read(yaml, "compose.yaml");
    }

    private YamlNode interpolate(YamlNode root) {
        return TreeInterpolator.interpolate(root, ENV, diagnostics);
    }

    private static String scalar(YamlNode root, String... path) {
        YamlNode node = root;
        for (String step : path) {
            node = node instanceof SequenceNode sequence
                    ? sequence.items().get(Integer.parseInt(step))
                    : ((MappingNode) node).get(step);
        }
        return ((ScalarNode) node).value();
    }

    @Test
    void interpolatesValuesInMappingsAndSequences() throws Exception {
        YamlNode root = interpolate(read("""
                services:
                  web:
                    image: "nginx:${TAG}"
                    ports:
                      - "${PORT}:80"
                      - $PORT
                    command: [echo, '${NAME:-x}', $$HOME]
                """));
        assertThat(scalar(root, "services", "web", "image")).isEqualTo("nginx:1.25");
        assertThat(scalar(root, "services", "web", "ports", "0")).isEqualTo("8080:80");
        assertThat(scalar(root, "services", "web", "ports", "1")).isEqualTo("8080");
        assertThat(scalar(root, "services", "web", "command", "1")).isEqualTo("web");
        assertThat(scalar(root, "services", "web", "command", "2")).isEqualTo("$HOME");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void keysAreNotInterpolated() throws Exception {
        MappingNode root = (MappingNode) interpolate(read("""
                environment:
                  ${NAME}_KEY: $NAME
                """));
        MappingNode environment = (MappingNode) root.get("environment");
        assertThat(environment.keys()).containsExactly("${NAME}_KEY");
        assertThat(scalar(environment, "${NAME}_KEY")).isEqualTo("web");
    }

    @Test
    void keepsTagsQuotingAndLocations() throws Exception {
        MappingNode root = (MappingNode) interpolate(read("port: ${PORT}\nquoted: '${PORT}'\n"));
        ScalarNode port = (ScalarNode) root.get("port");
        assertThat(port.value()).isEqualTo("8080");
        assertThat(port.tag()).isEqualTo(Tags.STR);
        assertThat(port.plain()).isTrue();
        assertThat(port.location()).isEqualTo(SourceLocation.of("compose.yaml", 1, 7));
        assertThat(((ScalarNode) root.get("quoted")).plain()).isFalse();
    }

    @Test
    void wholeReferenceScalarsBecomeStringsEvenWhenTheyFail() throws Exception {
        // snakeyaml-engine tags a plain "${X}" with its own !ENV_VARIABLE tag
        MappingNode source = (MappingNode) read("a: ${NAME}\nb: ${NAME:?x}\nc: ${MISSING:?x}\n");
        MappingNode root = (MappingNode) interpolate(source);
        assertThat(root.entries()).extracting(e -> e.value().tag()).containsOnly(Tags.STR);
        assertThat(scalar(root, "b")).isEqualTo("web");
        assertThat(scalar(root, "c")).isEqualTo("${MISSING:?x}");
        assertThat(diagnostics.all()).hasSize(1);
    }

    @Test
    void unchangedTreesAreReturnedAsIs() throws Exception {
        YamlNode root = read("""
                services:
                  web:
                    image: nginx
                    ports: ["80:80", 443]
                    labels: {a: "$$literal"}
                """);
        // "$$literal" changes (to "$literal"), so only that branch is rebuilt
        MappingNode result = (MappingNode) interpolate(root);
        MappingNode before = (MappingNode) ((MappingNode) root).get("services");
        MappingNode after = (MappingNode) result.get("services");
        MappingNode webBefore = (MappingNode) before.get("web");
        MappingNode webAfter = (MappingNode) after.get("web");
        assertThat(webAfter).isNotSameAs(webBefore);
        assertThat(webAfter.get("ports")).isSameAs(webBefore.get("ports"));
        assertThat(webAfter.get("image")).isSameAs(webBefore.get("image"));
        assertThat(webAfter.entry("ports")).isSameAs(webBefore.entry("ports"));
        assertThat(scalar(webAfter, "labels", "a")).isEqualTo("$literal");

        YamlNode untouched = read("a: [1, two, {b: c}]\n");
        assertThat(interpolate(untouched)).isSameAs(untouched);
    }

    @Test
    void nonStringScalarsAreLeftAlone() throws Exception {
        YamlNode root = read("a: !!int 1\nb: true\nc: ~\n");
        assertThat(interpolate(root)).isSameAs(root);
        assertThat(TreeInterpolator.interpolate(null, ENV, diagnostics)).isNull();
    }

    @Test
    void errorBecomesADiagnosticAtTheDollarOfAPlainScalar() throws Exception {
        MappingNode root = (MappingNode) interpolate(read("""
                services:
                  db:
                    environment:
                      PASSWORD: secret-${DB_PASSWORD:?set it in .env}
                """));
        assertThat(diagnostics.all()).hasSize(1);
        Diagnostic diagnostic = diagnostics.all().get(0);
        assertThat(diagnostic.isError()).isTrue();
        assertThat(diagnostic.code()).isEqualTo("interpolation");
        assertThat(diagnostic.message()).isEqualTo("required variable DB_PASSWORD is missing a value: set it in .env");
        // the value starts at column 17; "${" is 7 characters further
        assertThat(diagnostic.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 24));
        assertThat(diagnostic.hint()).contains("DB_PASSWORD");
        // the failing scalar is kept as written
        assertThat(scalar(root, "services", "db", "environment", "PASSWORD"))
                .isEqualTo("secret-${DB_PASSWORD:?set it in .env}");
    }

    @Test
    void errorInAQuotedScalarSkipsTheQuote() throws Exception {
        interpolate(read("image: \"nginx:${TAG\"\n"));
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("invalid interpolation format for \"${TAG\": a closing brace is missing");
            assertThat(d.location()).isEqualTo(SourceLocation.of("compose.yaml", 1, 15));
            assertThat(d.hint()).isEqualTo("write $$ for a literal $");
        });
    }

    @Test
    void columnsCountCharactersNotUtf16Units() throws Exception {
        interpolate(read("a: \uD83D\uDE00 ${X?}\n"));
        // the emoji is one column; "${" is at column 6
        assertThat(diagnostics.all()).singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(SourceLocation.of("compose.yaml", 1, 6)));
    }

    @Test
    void errorInAMultiLineScalarPointsAtTheScalar() throws Exception {
        interpolate(read("script: |\n  echo one\n  echo ${X?}\n"));
        assertThat(diagnostics.all()).singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(SourceLocation.of("compose.yaml", 1, 9)));
    }

    @Test
    void everyFailingScalarIsReportedAndTheRestIsInterpolated() throws Exception {
        MappingNode root = (MappingNode) interpolate(read("a: ${A?}\nb: $NAME\nc: ${\n"));
        assertThat(diagnostics.all()).extracting(d -> d.location().line()).containsExactly(1, 3);
        assertThat(scalar(root, "b")).isEqualTo("web");
    }

    @Test
    void unsetVariablesAreReportedWithTheirScalar() throws Exception {
        List<String> seen = new ArrayList<>();
        TreeInterpolator.interpolate(read("a: $EMPTY\nb:\n  - x${MISSING}y\n"), ENV, diagnostics,
                (name, location) -> seen.add(name + "@" + location));
        assertThat(seen).containsExactly("MISSING@compose.yaml:3:5");
        assertThat(diagnostics.all()).isEmpty();
    }
}
