package io.jkompose.parser.dotenv;

import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.ParserCode;
import io.jkompose.parser.interpolation.InterpolationException;
import io.jkompose.parser.interpolation.Interpolator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One pass over one .env text. A structural problem (a bad name, an unterminated quote) ends the
 * pass, as in compose-go: what follows it cannot be read reliably. A value that cannot be
 * interpolated is reported and kept as written, and the pass goes on.
 */
final class DotEnvParser {

    private final String text;
    private final String file;
    private final Function<String, String> lookup;
    private final Diagnostics diagnostics;
    private final BiConsumer<String, SourceLocation> onUnset;
    private final int[] lineStarts;
    private final LinkedHashMap<String, String> variables;
    private int pos;

    DotEnvParser(String text, String file, Function<String, String> lookup, Diagnostics diagnostics,
            BiConsumer<String, SourceLocation> onUnset, LinkedHashMap<String, String> variables) {
        this.variables = variables;
        this.text = text;
        this.file = file;
        this.lookup = lookup;
        this.diagnostics = diagnostics;
        this.onUnset = onUnset;
        this.lineStarts = lineStarts(text);
    }

    LinkedHashMap<String, String> parse() {
        while (true) {
            while (pos < text.length() && isBlank(text.codePointAt(pos))) {
                pos += Character.charCount(text.codePointAt(pos));
            }
            if (pos >= text.length()) {
                return variables;
            }
            if (text.charAt(pos) == '#') {
                pos = endOfLine(pos);
            } else if (!statement()) {
                return variables;
            }
        }
    }

    /** Reads one {@code KEY=value}, {@code KEY: value} or {@code KEY}; false after a structural error. */
    private boolean statement() {
        skipExport();
        int keyStart = pos;
        int i = pos;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '=' || c == ':' || c == '\n') {
                break;
            }
            if (!isSpace(c) && !isNameChar(c)) {
                return error(i, "invalid variable name \"" + text.substring(keyStart, endOfLine(i)).strip() + "\": "
                        + quote(c) + " is not allowed in a name",
                        "a name takes letters, digits, '_', '.', '-', '[' and ']'; a line holds NAME=value,"
                                + " NAME: value or NAME alone");
            }
            i += Character.charCount(c);
        }
        String key = stripTrailing(text.substring(keyStart, i));
        for (int k = 0; k < key.length(); k++) {
            if (isSpace(key.charAt(k))) {
                return error(keyStart + k, "invalid variable name \"" + key + "\": a name cannot contain a space",
                        "write NAME=value; quote a value that holds spaces only if you want to keep its"
                                + " surrounding spaces");
            }
        }
        char stop = i < text.length() ? text.charAt(i) : '\n';
        if (key.isEmpty()) {
            return error(keyStart, "a variable name is missing before '" + stop + "'", "write NAME=value");
        }
        if (stop == '\n') {
            // A name alone takes its value from the environment, and is left out when that has none.
            String inherited = lookup.apply(key);
            if (inherited != null) {
                variables.put(key, inherited);
            }
            pos = Math.min(i + 1, text.length());
            return true;
        }
        pos = i + 1;
        while (pos < text.length() && text.charAt(pos) != '\n' && isSpace(text.codePointAt(pos))) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
            return quoted(key);
        }
        unquoted(key);
        return true;
    }

    /** {@code export NAME=value}: the shell keyword is dropped when a name follows it on the line. */
    private void skipExport() {
        if (!text.startsWith("export", pos)) {
            return;
        }
        int i = pos + "export".length();
        int afterKeyword = i;
        while (i < text.length() && text.charAt(i) != '\n' && isSpace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i > afterKeyword && i < text.length() && text.charAt(i) != '\n') {
            pos = i;
        }
    }

    private void unquoted(String key) {
        int start = pos;
        int end = endOfLine(pos);
        String value = text.substring(start, end);
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment);
        }
        value = stripTrailing(value);
        pos = end;
        variables.put(key, interpolate(value, start, true));
    }

    private boolean quoted(String key) {
        int open = pos;
        char quote = text.charAt(open);
        StringBuilder raw = new StringBuilder();
        boolean escaped = false;
        int i = open + 1;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote && !escaped) {
                break;
            }
            if (c == '\\' && !escaped) {
                escaped = true;
                continue;
            }
            // A backslash stays, except before the quote it escapes; double quotes expand it later.
            if (escaped && c != quote) {
                raw.append('\\');
            }
            escaped = false;
            raw.append(c);
        }
        if (i >= text.length()) {
            return error(open, "unterminated quoted value " + text.substring(open, endOfLine(open)),
                    "close the value with " + quote);
        }
        pos = i + 1;
        int rest = pos;
        while (rest < text.length() && text.charAt(rest) != '\n' && isSpace(text.codePointAt(rest))) {
            rest += Character.charCount(text.codePointAt(rest));
        }
        if (rest < text.length() && text.charAt(rest) != '\n' && text.charAt(rest) != '#') {
            variables.put(key, raw.toString());
            return error(rest, "unexpected text after the closing quote of " + key,
                    "put a comment after ' #', or the whole value inside the quotes");
        }
        if (quote == '\'') {
            variables.put(key, raw.toString());
        } else {
            String value = raw.toString();
            String expanded = DoubleQuoteEscapes.expand(value);
            boolean exact = expanded.equals(value) && value.length() == i - open - 1;
            variables.put(key, interpolate(expanded, open + 1, exact));
        }
        return true;
    }

    /**
     * Interpolates a value: names resolve through the lookup first, then through the variables read
     * so far (compose-go's order). On an error the value is kept as written.
     *
     * @param exact whether {@code value} maps character for character onto the text at {@code start}
     */
    private String interpolate(String value, int start, boolean exact) {
        SourceLocation location = locate(start);
        try {
            return Interpolator.interpolate(value, name -> {
                String found = lookup.apply(name);
                return found != null ? found : variables.get(name);
            }, name -> onUnset.accept(name, location));
        } catch (InterpolationException e) {
            diagnostics.error(ParserCode.ENV_FILE, exact ? locate(start + e.offset()) : location, e.getMessage(),
                    e.problem() == InterpolationException.Problem.MISSING_REQUIRED
                            ? "set " + e.variable() + " in the environment or earlier in " + file
                            : "write $$ (or \\$ inside double quotes) for a literal $");
            return value;
        }
    }

    private boolean error(int at, String message, String hint) {
        diagnostics.error(ParserCode.ENV_FILE, locate(at), message, hint);
        return false;
    }

    SourceLocation locate(int index) {
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        int column = text.codePointCount(lineStarts[line], Math.min(index, text.length())) + 1;
        return SourceLocation.of(file, line + 1, column);
    }

    private int endOfLine(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** Go's {@code unicode.IsSpace}: what separates statements, line breaks included. */
    private static boolean isBlank(int c) {
        return c == '\n' || isSpace(c);
    }

    /** A space that does not end a line, as compose-go's parser counts them. */
    private static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0' -> true;
            default -> c > 0xff && Character.isSpaceChar(c);
        };
    }

    /** Letters and numbers of any script, and {@code _ . - [ ]} (compose-go accepts {@code a[1]} and {@code a.b}). */
    private static boolean isNameChar(int c) {
        if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String stripTrailing(String value) {
        int end = value.length();
        while (end > 0) {
            int c = value.codePointBefore(end);
            if (!isBlank(c) && !Character.isWhitespace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return value.substring(0, end);
    }

    private static String quote(int c) {
        return "'" + Character.toString(c) + "'";
    }
}
