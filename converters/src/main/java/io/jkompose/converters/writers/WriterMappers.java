package io.jkompose.converters.writers;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The serializers of the writers, configured for kompose-like, stable output. Each is built on first
 * use (a short-lived CLI often needs only the YAML factory) and then shared by every writer of the
 * process: building one costs more than writing a small project, which the Maven plugin and IDEs do
 * again and again. Jackson 3 factories and mappers are immutable, so sharing them is safe.
 */
final class WriterMappers {

    private WriterMappers() {
    }

    /**
     * Block style with 2-space indentation and sequence items indented under their key, no
     * line folding, strings quoted only when a YAML 1.1 or 1.2 reader would otherwise read
     * something else, multi-line strings as literal blocks. The caller writes {@code ---}.
     */
    static ObjectMapper yaml() {
        return YamlMapper.MAPPER;
    }

    /**
     * The YAML mapper's factory alone: {@link ManifestWriter} writes manifests (trees) straight to its
     * generators, which is what the mapper does with a tree, without the cost of building a mapper.
     */
    static YAMLFactory yamlFactory() {
        return Yaml.FACTORY;
    }

    /**
     * 2-space indentation for objects and arrays, {@code "key": value}, {@code {}} and
     * {@code []} for empty containers, '\n' line ends on every platform.
     */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .stringQuotingChecker(new YamlQuoting())
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES,
                        YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                        YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR,
                        YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER,
                        YAMLWriteFeature.SPLIT_LINES)
                .build();
    }

    private static final class YamlMapper {
        static final ObjectMapper MAPPER = YAMLMapper.builder(Yaml.FACTORY)
                // Trees are written in their own key order; manifests are sorted beforehand.
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    private static final class Json {
        static final ObjectMapper MAPPER = buildJson();

        private static ObjectMapper buildJson() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
            return JsonMapper.builder()
                    .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .defaultPrettyPrinter(printer)
                    .build();
        }
    }
}
