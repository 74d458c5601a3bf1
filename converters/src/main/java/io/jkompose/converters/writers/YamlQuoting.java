package io.jkompose.converters.writers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings must be quoted so that every YAML reader reads them back as strings.
 *
 * <p>Jackson's default check knows the YAML 1.2 core schema and some YAML 1.1 words, but leaves
 * plain a few forms that YAML 1.1 readers (PyYAML, go-yaml v2 behind {@code kubectl}) resolve to
 * numbers, dates or special keys: {@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1_000},
 * base 60 {@code 22:22}, {@code 2001-12-14}, {@code .NaN}, {@code <<}, {@code =}. A port mapping
 * such as {@code 22:22} left plain becomes the integer 1342 in such a reader. This check quotes
 * those too; quoting a string that did not need it is harmless.
 */
final class YamlQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;

    private static final StringQuotingChecker DEFAULT = StringQuotingChecker.Default.instance();

    /** Booleans and nulls of YAML 1.1 and 1.2, compared ignoring case (over-quoting is harmless). */
    private static final Set<String> WORDS = Set.of(
            "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=");

    /** Integers and floats of YAML 1.1 (with '_' and base 60) and of the YAML 1.2 core schema. */
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:"
                    + "0b[01_]+"
                    + "|0o?[0-7_]+"
                    + "|0x[0-9a-fA-F_]+"
                    + "|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
                    + "|[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
                    + "|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
                    + "|\\.(?:inf|Inf|INF)"
                    + ")"
                    + "|\\.(?:nan|NaN|NAN)");

    /** YAML 1.1 timestamps: a date, optionally followed by a time and a zone. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
                    + "(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?");

    @Override
    public boolean needToQuoteName(String name) {
        return DEFAULT.needToQuoteName(name) || resolvesToNonString(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return DEFAULT.needToQuoteValue(value) || resolvesToNonString(value);
    }

    /** Whether a plain scalar with this text would be read as something other than a string. */
    static boolean resolvesToNonString(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        // Numbers and timestamps start with a digit, sign or dot; anything else can only be one of
        // the short words. Most strings (names, images, paths) end here without a regex.
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return text.length() <= 5 && WORDS.contains(text.toLowerCase(Locale.ROOT));
        }
        // (none of the words starts with a digit, sign or dot)
        return NUMBER.matcher(text).matches() || TIMESTAMP.matcher(text).matches();
    }
}
