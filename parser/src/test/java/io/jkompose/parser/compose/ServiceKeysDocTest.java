package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.parser.SharedFolder;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/compose-support.md} true: every service property of the Compose Specification's
 * JSON schema has a row there, and the loader knows exactly the schema's keys.
 */
class ServiceKeysDocTest {

    private static final Path SCHEMA = SharedFolder.resolve("corpus/compose-spec/compose-spec.json");
    private static final Path DOC = Path.of("..", "docs", "compose-support.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.+) \\|$");

    private MappingNode schema;

    @BeforeEach
    void readSchema() throws Exception {
        SharedFolder.require(SCHEMA);
        // JSON is YAML: the loader's own reader reads the schema
        schema = (MappingNode) new YamlReader().read(Files.readString(SCHEMA), SCHEMA.toString());
    }

    private Set<String> properties(String... path) {
        YamlNode node = schema;
        for (String key : path) {
            node = ((MappingNode) node).get(key);
        }
        return new TreeSet<>(((MappingNode) node).keys());
    }

    /** The keys of the rows of the section that starts with {@code heading}. */
    private static Set<String> rows(String heading) throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        boolean inside = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                inside = line.equals(heading);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inside && row.matches()) {
                assertThat(row.group(2).trim()).as("what jkompose does with " + row.group(1)).isNotEmpty();
                keys.add(row.group(1));
            }
        }
        return keys;
    }

    @Test
    void everyServicePropertyOfTheSchemaHasARow() throws Exception {
        Set<String> documented = rows("## Service keys");
        Set<String> missing = new TreeSet<>(properties("definitions", "service", "properties"));
        missing.removeAll(documented);
        assertThat(missing).as("service keys of compose-spec.json missing from docs/compose-support.md").isEmpty();
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(properties("definitions", "service", "properties"));
        assertThat(unknown).as("rows for keys the schema does not have").isEmpty();
    }

    @Test
    void everyTopLevelPropertyOfTheSchemaHasARow() throws Exception {
        assertThat(rows("## Top-level keys")).containsExactlyInAnyOrderElementsOf(properties("properties"));
    }

    @Test
    void theLoaderKnowsExactlyTheSchemasKeys() {
        assertThat(new TreeSet<>(KnownKeys.SERVICE)).isEqualTo(properties("definitions", "service", "properties"));
        assertThat(new TreeSet<>(KnownKeys.TOP_LEVEL)).isEqualTo(properties("properties"));
        assertThat(new TreeSet<>(KnownKeys.INCLUDE)).isEqualTo(longForm(schemaNode("definitions", "include")));
        assertThat(new TreeSet<>(KnownKeys.EXTENDS))
                .isEqualTo(longForm(schemaNode("definitions", "service", "properties", "extends")));
    }

    private YamlNode schemaNode(String... path) {
        YamlNode node = schema;
        for (String key : path) {
            node = ((MappingNode) node).get(key);
        }
        return node;
    }

    /** The properties of the mapping branch of a {@code oneOf: [string, object]}. */
    private static Set<String> longForm(YamlNode definition) {
        for (YamlNode branch : ((io.jkompose.parser.yaml.SequenceNode) ((MappingNode) definition).get("oneOf")).items()) {
            if (branch instanceof MappingNode mapping && mapping.has("properties")) {
                return new TreeSet<>(((MappingNode) mapping.get("properties")).keys());
            }
        }
        return Set.of();
    }
}
