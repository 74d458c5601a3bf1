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

/** Builds the two mappers of the writers, configured for kompose-like, stable output. */
final class WriterMappers {

    private WriterMappers() {
    }

    /**
     * Block style with 2-space indentation and sequence items indented under their key, no
     * line folding, strings quoted only when a YAML 1.1 or 1.2 reader would otherwise read
     * something else, multi-line strings as literal blocks. The caller writes {@code ---}.
     */
    static ObjectMapper yaml() {
        return YAMLMapper.builder(yamlFactory())
                // Trees are written in their own key order; manifests are sorted beforehand.
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /**
     * The YAML mapper's factory alone: {@link ManifestWriter} writes manifests (trees) straight to its
     * generators, which is what the mapper does with a tree, without the cost of building a mapper.
     */
    static YAMLFactory yamlFactory() {
        return YAMLFactory.builder()
                .stringQuotingChecker(new YamlQuoting())
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES,
                        YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                        YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR,
                        YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER,
                        YAMLWriteFeature.SPLIT_LINES)
                .build();
    }

    /**
     * 2-space indentation for objects and arrays, {@code "key": value}, {@code {}} and
     * {@code []} for empty containers, '\n' line ends on every platform.
     */
    static ObjectMapper json() {
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
