package io.jkompose.parser.interpolation;

import io.jkompose.parser.interpolation.InterpolationException.Problem;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Substitutes variables in a text the way the Compose Specification (and compose-go, its reference
 * loader) does.
 *
 * <ul>
 *   <li>{@code $VAR} and {@code ${VAR}}: the value, or the empty string when the variable is unset
 *       (the caller is told through {@code onUnset}, so that it can warn);</li>
 *   <li>{@code ${VAR:-default}} / {@code ${VAR-default}}: the default when the variable is unset or
 *       empty / unset;</li>
 *   <li>{@code ${VAR:?message}} / {@code ${VAR?message}}: an error quoting the message when the
 *       variable is unset or empty / unset;</li>
 *   <li>{@code ${VAR:+replacement}} / {@code ${VAR+replacement}}: the replacement when the variable
 *       is set and not empty / set, otherwise the variable's value (empty or nothing);</li>
 *   <li>{@code $$}: a literal {@code $}, so {@code $${VAR}} gives {@code ${VAR}}.</li>
 * </ul>
 *
 * <p>Names are {@code [A-Za-z_][A-Za-z0-9_]*}. Defaults, replacements and messages are interpolated
 * in turn, and only when they are used. A {@code $} followed by anything else ({@code "a $ b"},
 * {@code "^x$"}) stays as written, as in compose-go; a {@code $} and an opening brace followed by
 * anything but a well-formed reference is an error. The argument of an operator runs to the brace that balances
 * the opening one, so it may hold braces ({@code ${X:-{"a":1}}}) and nested references; like
 * compose-go, it cannot span a line break.
 */
public final class Interpolator {

    private static final int MAX_QUOTED = 60;
    /** Far beyond real files; bounds the recursion and the rescans a hostile text could cause. */
    static final int MAX_NESTING = 100;

    private Interpolator() {
    }

    public static String interpolate(String text, Function<String, String> lookup) throws InterpolationException {
        return interpolate(text, lookup, name -> { });
    }

    /**
     * @param onUnset told the name of each unset variable the result replaced by the empty string
     *                (once per reference; references with a default or an error message do not count)
     */
    public static String interpolate(String text, Function<String, String> lookup, Consumer<String> onUnset)
            throws InterpolationException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(onUnset, "onUnset");
        if (text.indexOf('$') < 0) {
            return text;
        }
        return new Run(text, lookup, onUnset).substitute(0, text.length());
    }

    /** True for a text that holds a {@code $}, the only texts interpolation can change. */
    public static boolean mayInterpolate(String text) {
        return text.indexOf('$') >= 0;
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** One interpolation of one text; every offset is an index into that whole text. */
    private static final class Run {

        private final String text;
        private final Function<String, String> lookup;
        private final Consumer<String> onUnset;
        private int depth;

        Run(String text, Function<String, String> lookup, Consumer<String> onUnset) {
            this.text = text;
            this.lookup = lookup;
            this.onUnset = onUnset;
        }

        /** The interpolation of {@code text[from, to)}. */
        String substitute(int from, int to) throws InterpolationException {
            StringBuilder out = new StringBuilder(to - from);
            int i = from;
            while (i < to) {
                int dollar = text.indexOf('$', i);
                if (dollar < 0 || dollar >= to) {
                    out.append(text, i, to);
                    break;
                }
                out.append(text, i, dollar);
                if (dollar + 1 >= to) {
                    out.append('$');
                    i = to;
                } else {
                    char next = text.charAt(dollar + 1);
                    if (next == '$') {
                        out.append('$');
                        i = dollar + 2;
                    } else if (isNameStart(next)) {
                        int end = nameEnd(dollar + 1, to);
                        out.append(valueOf(text.substring(dollar + 1, end)));
                        i = end;
                    } else if (next == '{') {
                        i = braced(dollar, to, out);
                    } else {
                        out.append('$');
                        i = dollar + 1;
                    }
                }
            }
            return out.toString();
        }

        /** Appends the value of the {@code ${...}} starting at {@code dollar}; returns the index after it. */
        private int braced(int dollar, int to, StringBuilder out) throws InterpolationException {
            int nameStart = dollar + 2;
            if (nameStart >= to || !isNameStart(text.charAt(nameStart))) {
                String reason = nameStart < to && text.charAt(nameStart) == '}'
                        ? "the variable name is missing"
                        : "\"${\" must be followed by a variable name (letters, digits and '_', not starting"
                                + " with a digit)";
                throw invalid(dollar, to, reason);
            }
            int nameEnd = nameEnd(nameStart, to);
            String name = text.substring(nameStart, nameEnd);
            if (nameEnd >= to) {
                throw invalid(dollar, to, "a closing brace is missing");
            }
            char c = text.charAt(nameEnd);
            if (c == '}') {
                out.append(valueOf(name));
                return nameEnd + 1;
            }
            boolean colon = c == ':' && nameEnd + 1 < to && isOperator(text.charAt(nameEnd + 1));
            if (!colon && !isOperator(c)) {
                throw invalid(dollar, to, "unexpected " + describe(text.codePointAt(nameEnd))
                        + " after the variable name; write " + forms(name));
            }
            char operator = colon ? text.charAt(nameEnd + 1) : c;
            int argStart = colon ? nameEnd + 2 : nameEnd + 1;
            int close = closingBrace(argStart, to);
            if (close < 0) {
                throw invalid(dollar, to, "a closing brace is missing");
            }
            if (depth >= MAX_NESTING) {
                throw invalid(dollar, to, "references are nested more than " + MAX_NESTING + " levels deep");
            }
            String value = lookup.apply(name);
            boolean set = value != null;
            boolean nonEmpty = set && !value.isEmpty();
            switch (operator) {
                case '-' -> out.append((colon ? nonEmpty : set) ? value : argument(argStart, close));
                case '+' -> out.append((colon ? nonEmpty : set) ? argument(argStart, close) : orEmpty(value));
                default -> {
                    if (!(colon ? nonEmpty : set)) {
                        String message = argument(argStart, close);
                        throw new InterpolationException(Problem.MISSING_REQUIRED,
                                "required variable " + name + " is missing a value"
                                        + (message.isEmpty() ? "" : ": " + message),
                                dollar, name);
                    }
                    out.append(value);
                }
            }
            return close + 1;
        }

        /** The interpolation of an operator's argument, one level deeper. */
        private String argument(int from, int to) throws InterpolationException {
            depth++;
            try {
                return substitute(from, to);
            } finally {
                depth--;
            }
        }

        private String valueOf(String name) {
            String value = lookup.apply(name);
            if (value == null) {
                onUnset.accept(name);
                return "";
            }
            return value;
        }

        private int nameEnd(int start, int to) {
            int end = start;
            while (end < to && isNamePart(text.charAt(end))) {
                end++;
            }
            return end;
        }

        /** The index of the brace that closes an operator's argument, or -1 (the line or text ends first). */
        private int closingBrace(int from, int to) {
            int depth = 1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return -1;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private InterpolationException invalid(int dollar, int to, String reason) {
            return new InterpolationException(Problem.INVALID_FORMAT,
                    "invalid interpolation format for \"" + fragment(dollar, to) + "\": " + reason,
                    dollar, null);
        }

        /** The reference as written, for messages: up to its closing brace, or to the end of the line. */
        private String fragment(int dollar, int to) {
            int end = dollar + 2;
            int depth = 0;
            while (end < to && text.charAt(end) != '\n') {
                char c = text.charAt(end++);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth < 0) {
                    break;
                }
            }
            String fragment = text.substring(dollar, end);
            if (fragment.codePointCount(0, fragment.length()) > MAX_QUOTED) {
                fragment = fragment.substring(0, fragment.offsetByCodePoints(0, MAX_QUOTED)) + "...";
            }
            return fragment;
        }
    }

    /** The forms a reference to {@code name} may take, for messages. */
    private static String forms(String name) {
        String ref = "${" + name;
        return ref + "}, " + ref + ":-default}, " + ref + "-default}, " + ref + ":?error}, " + ref + "?error}, "
                + ref + ":+replacement} or " + ref + "+replacement}";
    }

    private static boolean isOperator(char c) {
        return c == '-' || c == '+' || c == '?';
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String describe(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r') {
            return "line break";
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return "space";
        }
        return "\"" + Character.toString(codePoint) + "\"";
    }
}
