package io.jkompose.converters.writers;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a manifest tree as one block-style YAML document, the same characters as the YAML factory of
 * {@link WriterMappers} writes for it (Jackson's {@code YAMLGenerator} driving snakeyaml-engine's
 * {@code Emitter}), without their per-event state machine: that pair was ~40% of a conversion's time.
 *
 * <p>The layout it reproduces is the one those settings give: 2-space indentation, sequence items
 * {@code - } indented two spaces under their key, no line folding (so the 80-column width never
 * applies), empty maps and lists as {@code {}} and {@code []}, a newline after the last line. Which
 * style a scalar gets is decided in two steps, as there: Jackson asks for one (names: double-quoted
 * when {@link YamlQuoting} says so, else plain; values: {@code ""} when empty, literal when multi-line,
 * double-quoted when {@link YamlQuoting} or Jackson's own number check says so, else plain), then the
 * emitter falls back from plain to single-quoted, and from literal or single-quoted to double-quoted,
 * when the text cannot be written in the asked style.
 *
 * <p>Only what is proven byte-identical is written here (ManifestYamlTest compares the two on tricky
 * corpora); for anything else {@link #write} writes nothing and returns false, and the caller writes
 * that whole document the Jackson way: values other than maps, lists, strings, {@code Integer},
 * {@code Long}, {@code Double} and {@code Boolean}; keys that would need the explicit {@code ? } form
 * (empty, multi-line, or 128 characters or more); characters that snakeyaml-engine treats specially
 * (C1 controls such as U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF, unpaired surrogates).
 */
final class ManifestYaml {

    private static final YamlQuoting QUOTING = new YamlQuoting();

    /*
     * Jackson's ALWAYS_QUOTE_NUMBERS_AS_STRINGS check: its own loose pattern (which also matches "-", ".",
     * "+.") or snakeyaml-engine's JSON-schema int and float patterns. YamlQuoting covers most of these but
     * not all, and the output must be the same, so the same three patterns are used here.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");
    private static final Pattern JSON_INT = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern JSON_FLOAT = Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.inf|\\.nan");

    /** Every character the three patterns above can match. */
    private static final String NUMBER_CHARACTERS = "+-.0123456789eEinfa";

    /** Characters that, first in a plain scalar, would start YAML syntax instead. */
    private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

    /** The styles a scalar can be written in (folded never is: Jackson does not ask for it). */
    private enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    /** Thrown, without a stack trace, on the first value this class does not write exactly. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * Deeper trees go to Jackson, which limits nesting (StreamWriteConstraints, 1,000 levels by default)
     * and fails beyond; manifests are a dozen levels deep.
     */
    private static final int MAX_DEPTH = 200;

    private final StringBuilder out;
    private int depth;

    private ManifestYaml(StringBuilder out) {
        this.out = out;
    }

    /**
     * Appends the document of {@code root} (without the {@code ---} line) to {@code out}, or, when the
     * tree holds something the Jackson path must write, leaves {@code out} as it was and returns false.
     */
    static boolean write(Map<?, ?> root, StringBuilder out) {
        int start = out.length();
        try {
            ManifestYaml yaml = new ManifestYaml(out);
            if (root.isEmpty()) {
                out.append("{}\n");
            } else {
                yaml.mapping(root, 0, false);
            }
            return true;
        } catch (Unsupported e) {
            out.setLength(start);
            return false;
        }
    }

    /**
     * A non-empty block mapping whose keys start at column {@code indent}. {@code inline}: the first key
     * goes on the current line, right after a sequence item's {@code "- "}.
     */
    private void mapping(Map<?, ?> map, int indent, boolean inline) {
        enter();
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(first && inline)) {
                spaces(indent);
            }
            first = false;
            if (!(entry.getKey() instanceof String key)) {
                throw Unsupported.INSTANCE;
            }
            name(key);
            out.append(':');
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                out.append('\n');
                mapping(child, indent + 2, false);
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                // A sequence under a key is not indented further by the emitter; its "- " indicator is.
                out.append('\n');
                sequence(list, indent + 2, false);
            } else {
                out.append(' ');
                scalarOrEmpty(value, indent + 2);
            }
        }
        depth--;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Unsupported.INSTANCE;
        }
    }

    /**
     * A non-empty block sequence whose {@code -} indicators are at column {@code dash}. {@code inline}:
     * the first item goes on the current line, where the spaces before its {@code -} have been written.
     */
    private void sequence(List<?> list, int dash, boolean inline) {
        enter();
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) {
                spaces(dash);
            }
            first = false;
            out.append('-');
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                out.append(' ');
                mapping(map, dash + 2, true);
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                // The inner sequence is indented by 2, and its first "-" by 2 more (the indicator
                // indent), all on this line: "-   - x", later items of the inner list under that "-".
                out.append("   ");
                sequence(inner, dash + 4, true);
            } else {
                out.append(' ');
                scalarOrEmpty(item, dash + 2);
            }
        }
        depth--;
    }

    /** A value written on the current line: {@code {}}, {@code []} or a scalar; literal lines at {@code blockIndent}. */
    private void scalarOrEmpty(Object value, int blockIndent) {
        if (value instanceof String text) {
            stringValue(text, blockIndent);
        } else if (value instanceof Map<?, ?>) {
            out.append("{}\n");  // only empty ones come here
        } else if (value instanceof List<?>) {
            out.append("[]\n");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value).append('\n');  // digits, '-', "true", "false": always plain
        } else if (value instanceof Double number) {
            double d = number.doubleValue();
            if (Double.isNaN(d)) {
                out.append(".nan\n");  // Jackson's YAML notation for the non-finite ones
            } else if (Double.isInfinite(d)) {
                out.append(d > 0 ? ".inf\n" : "-.inf\n");
            } else {
                out.append(d).append('\n');  // Double.toString: digits, '.', 'E', '-'; never quoted
            }
        } else {
            throw Unsupported.INSTANCE;  // null, JSON nodes, anything else: as Jackson writes it
        }
    }

    private void name(String key) {
        // Not a simple key: the emitter would write "? key" on its own line.
        if (key.isEmpty() || key.length() >= 128 || key.indexOf('\n') >= 0) {
            throw Unsupported.INSTANCE;
        }
        scalar(key, QUOTING.needToQuoteName(key) ? Style.DOUBLE_QUOTED : Style.PLAIN, 0);
    }

    private void stringValue(String text, int blockIndent) {
        Style asked;
        if (text.isEmpty()) {
            asked = Style.DOUBLE_QUOTED;
        } else if (text.indexOf('\n') >= 0) {
            asked = Style.LITERAL;
        } else if (QUOTING.needToQuoteValue(text) || looksLikeNumber(text)) {
            asked = Style.DOUBLE_QUOTED;
        } else {
            asked = Style.PLAIN;
        }
        if (scalar(text, asked, blockIndent) != Style.LITERAL) {
            out.append('\n');  // a literal block ends its own last line
        }
    }

    private static boolean looksLikeNumber(String text) {
        char first = text.charAt(0);
        if (!(first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9'))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (NUMBER_CHARACTERS.indexOf(text.charAt(i)) < 0) {
                return false;  // no pattern below can match (100Mi, 8080/tcp, 10.0.0.1:80): no regex
            }
        }
        return PLAIN_NUMBER.matcher(text).matches() || JSON_INT.matcher(text).matches()
                || JSON_FLOAT.matcher(text).matches();
    }

    /** Writes {@code text} in the style the emitter ends up with when {@code asked} is asked for; returns that style. */
    private Style scalar(String text, Style asked, int blockIndent) {
        Style style = style(text, asked);
        switch (style) {
            case PLAIN -> out.append(text);
            case SINGLE_QUOTED -> singleQuoted(text);
            case DOUBLE_QUOTED -> doubleQuoted(text);
            case LITERAL -> literal(text, blockIndent);
        }
        return style;
    }

    /**
     * The emitter's choice for {@code text} (empty only when double quotes are asked) in block context: plain only without leading or
     * trailing spaces and without indicators, single quotes unless a character needs escaping, a literal
     * block unless it has trailing spaces at a line end or characters that need escaping, else double
     * quotes. Throws for characters whose treatment is not reproduced here.
     */
    private static Style style(String text, Style asked) {
        int length = text.length();
        boolean escaped = false;     // a character only double quotes can hold (escaped there)
        boolean indicators = text.startsWith("---") || text.startsWith("...");
        boolean spaceBeforeBreak = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE
                        || Character.isLowSurrogate(c)) {
                    throw Unsupported.INSTANCE;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        throw Unsupported.INSTANCE;
                    }
                    i++;  // a whole supplementary character: printable, written as it is
                }
                continue;
            }
            if (c == '\n') {
                spaceBeforeBreak |= i > 0 && text.charAt(i - 1) == ' ';
            } else if (c < 0x20 || c == 0x7F) {
                escaped = true;
            } else if (i == 0) {
                if (LEADING_INDICATORS.indexOf(c) >= 0
                        || ((c == '?' || c == ':' || c == '-') && (length == 1 || isBlankOrBreak(text.charAt(1))))) {
                    indicators = true;
                }
            } else if (c == ':') {
                // ": " starts a value; the emitter also counts a ':' right after a line break
                indicators |= i == length - 1 || isBlank(text.charAt(i + 1)) || text.charAt(i - 1) == '\n';
            } else if (c == '#') {
                indicators |= isBlank(text.charAt(i - 1)) || text.charAt(i - 1) == '\n';  // " #" starts a comment
            }
        }
        boolean trailingSpace = length > 0 && text.charAt(length - 1) == ' ';
        return switch (asked) {
            case DOUBLE_QUOTED -> Style.DOUBLE_QUOTED;
            case LITERAL -> escaped || trailingSpace || spaceBeforeBreak ? Style.DOUBLE_QUOTED : Style.LITERAL;
            case PLAIN, SINGLE_QUOTED -> {
                if (escaped) {
                    yield Style.DOUBLE_QUOTED;
                }
                // (line breaks never get here: names with one are not written by this class, values are literal)
                yield text.charAt(0) == ' ' || trailingSpace || indicators ? Style.SINGLE_QUOTED : Style.PLAIN;
            }
        };
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\0';
    }

    private static boolean isBlankOrBreak(char c) {
        return isBlank(c) || c == '\r' || c == '\n';
    }

    private void singleQuoted(String text) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\'') {
                out.append('\'');
            }
        }
        out.append('\'');
    }

    /** Double quotes with the emitter's escapes; no line is folded (line splitting is off). */
    private void doubleQuoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\0' -> out.append("\\0");
                case '\u0007' -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\u000B' -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\u001B' -> out.append("\\e");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\u00A0' -> out.append("\\_");
                default -> {
                    if (c < 0x20) {
                        // other C0 controls: \x and two lower-case hex digits (DEL, though it forces
                        // double quotes, counts as printable there and is written as it is)
                        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);  // printable ASCII, and the non-ASCII characters style() lets through
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A literal block: {@code |}, an indentation indicator when the text starts with a space or a line
     * break (a reader could not find the indentation otherwise), {@code -} without a final line break,
     * {@code +} with more than one, then each line at {@code indent}, empty lines left empty.
     */
    private void literal(String text, int indent) {
        int length = text.length();
        out.append('|');
        char first = text.charAt(0);
        if (first == ' ' || first == '\n') {
            out.append('2');
        }
        if (text.charAt(length - 1) != '\n') {
            out.append('-');
        } else if (length == 1 || text.charAt(length - 2) == '\n') {
            out.append('+');
        }
        out.append('\n');
        int i = 0;
        while (true) {
            while (i < length && text.charAt(i) == '\n') {
                out.append('\n');
                i++;
            }
            if (i == length) {
                return;
            }
            spaces(indent);
            int end = text.indexOf('\n', i);
            if (end < 0) {
                out.append(text, i, length).append('\n');
                return;
            }
            out.append(text, i, end);
            i = end;
        }
    }

    private void spaces(int count) {
        for (int i = 0; i < count; i++) {
            out.append(' ');
        }
    }
}
