package io.jkompose.parser;

import io.jkompose.parser.yaml.LimitHints;
import io.jkompose.parser.yaml.YamlReader;
import java.util.Map;
import java.util.function.Function;

/**
 * How much input the loader accepts before it stops with an error at the place that crosses a
 * limit. The defaults are far above any real project and low enough that hostile input (a billion
 * laughs, a file nested ten thousand levels deep) fails fast instead of exhausting memory or the
 * stack. The CLI takes other values from the system properties named by the {@code *_PROPERTY}
 * constants (see {@code docs/reliability.md}).
 *
 * @param maxFileChars      characters in one file
 * @param maxDepth          nesting of collections in one document
 * @param maxAliasNodes     nodes one document has with every alias expanded
 * @param maxScalarChars    characters in one scalar (a string, a key)
 * @param maxServices       services of the whole project, after includes and merges
 */
public record LoadLimits(int maxFileChars, int maxDepth, long maxAliasNodes, int maxScalarChars, int maxServices) {

    public static final String FILE_CHARS_PROPERTY = LimitHints.FILE_CHARS_PROPERTY;
    public static final String DEPTH_PROPERTY = LimitHints.DEPTH_PROPERTY;
    public static final String ALIAS_NODES_PROPERTY = LimitHints.ALIAS_NODES_PROPERTY;
    public static final String SCALAR_CHARS_PROPERTY = LimitHints.SCALAR_CHARS_PROPERTY;
    public static final String SERVICES_PROPERTY = LimitHints.SERVICES_PROPERTY;

    public static final LoadLimits DEFAULT = new LoadLimits(16 * 1024 * 1024, 128, 2_000_000, 1024 * 1024, 10_000);

    public LoadLimits {
        if (maxFileChars < 1 || maxDepth < 1 || maxAliasNodes < 1 || maxScalarChars < 1 || maxServices < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    /**
     * The defaults, each replaced by the property of its name when set.
     *
     * @param properties such as {@code System.getProperties()} as a map; a value must be a whole number above 0
     * @throws IllegalArgumentException naming the property whose value is not such a number
     */
    public static LoadLimits from(Map<String, String> properties) {
        Function<String, Long> read = name -> {
            String value = properties.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                long number = Long.parseLong(value.strip());
                if (number < 1 || number > Integer.MAX_VALUE && !name.equals(ALIAS_NODES_PROPERTY)) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + name + "=" + value
                        + " is not a limit: give a whole number from 1 to " + Integer.MAX_VALUE, e);
            }
        };
        return new LoadLimits(
                intOr(read.apply(FILE_CHARS_PROPERTY), DEFAULT.maxFileChars),
                intOr(read.apply(DEPTH_PROPERTY), DEFAULT.maxDepth),
                read.apply(ALIAS_NODES_PROPERTY) == null ? DEFAULT.maxAliasNodes : read.apply(ALIAS_NODES_PROPERTY),
                intOr(read.apply(SCALAR_CHARS_PROPERTY), DEFAULT.maxScalarChars),
                intOr(read.apply(SERVICES_PROPERTY), DEFAULT.maxServices));
    }

    private static int intOr(Long value, int fallback) {
        return value == null ? fallback : value.intValue();
    }

    /** The limits the YAML reader applies. */
    public YamlReader.Limits yaml() {
        return new YamlReader.Limits(maxFileChars, maxDepth, maxAliasNodes, maxScalarChars);
    }

    /** The words a message uses to tell how to raise a limit. */
    public static String howToRaise(String property) {
        return LimitHints.howToRaise(property);
    }
}
