package io.jkompose.converters.writers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text of one Helm template made from an object's written form: the object is written as the
 * plain output writes it, except for the fields replaced by references to values.
 *
 * <p>A replaced field first holds a token (a plain word no real value contains), then the written
 * YAML has each token replaced by its template text. An inline replacement keeps the field's line
 * ({@code image: {{ ... }}}); a block replacement turns the field's line into a {@code with} block
 * that writes the field only when the value is not empty, at the field's own indentation. Literal
 * {@code {{} in the object's own text is escaped so that Helm writes it unchanged.
 */
final class HelmTemplate {

    /** How a block replacement writes the value it is given. */
    enum Body {
        /** A map or list: {@code toYaml}, indented under the field. */
        YAML,
        /** A string: quoted on the field's line. */
        QUOTED,
        /** Text that is already YAML (from an include): indented under the field. */
        TEXT
    }

    private record Replacement(String token, boolean inline, String expression, Body body) {
    }

    private static final String TOKEN_PREFIX = "JKHELMTOKEN";
    private static final Pattern BLOCK_LINE = Pattern.compile("^( *)([^ #-][^:]*): (" + TOKEN_PREFIX + "[0-9]+Z)$");

    private final List<Replacement> replacements = new ArrayList<>();
    private final List<String> header = new ArrayList<>();
    private String condition;

    /** Replaces the value of {@code parent.field} (or adds the field at the end) by {@code {{ expression }}}. */
    void inline(ObjectNode parent, String field, String expression) {
        parent.put(field, token(true, expression, null));
    }

    /** The token for a value inside a list or elsewhere a caller places it itself. */
    String inlineToken(String expression) {
        return token(true, expression, null);
    }

    /**
     * Moves {@code parent.field} to the end of {@code parent} and writes it only when
     * {@code expression} is not empty. The field must not be the first of a list item (a field that
     * follows others never is, hence the move).
     */
    void block(ObjectNode parent, String field, String expression, Body body) {
        parent.remove(field);
        parent.put(field, token(false, expression, body));
    }

    /** A line written before the object, such as a variable's definition. */
    void header(String line) {
        header.add(line);
    }

    /** Writes the object only when {@code expression} is true. */
    void condition(String expression) {
        this.condition = expression;
    }

    private String token(boolean inline, String expression, Body body) {
        String token = TOKEN_PREFIX + replacements.size() + "Z";
        replacements.add(new Replacement(token, inline, expression, body));
        return token;
    }

    /** The template text of {@code object}, written with {@code yaml}. */
    String render(ObjectMapper yaml, ObjectNode object) {
        String written = yaml.writeValueAsString(object);
        if (countTokens(written) != replacements.size()) {
            throw new IllegalStateException("an object's text holds " + TOKEN_PREFIX + " or a replaced field was lost");
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        if (condition != null) {
            out.append("{{- if ").append(condition).append(" }}\n");
        }
        for (String line : written.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            out.append(expand(escape(line))).append('\n');
        }
        if (condition != null) {
            out.append("{{- end }}\n");
        }
        return out.toString();
    }

    private static int countTokens(String text) {
        int count = 0;
        for (int at = text.indexOf(TOKEN_PREFIX); at >= 0; at = text.indexOf(TOKEN_PREFIX, at + 1)) {
            count++;
        }
        return count;
    }

    /** Literal "{{" becomes an action that writes it. */
    private static String escape(String line) {
        return line.replace("{{", "{{ \"{{\" }}");
    }

    private String expand(String line) {
        if (!line.contains(TOKEN_PREFIX)) {
            return line;
        }
        Matcher block = BLOCK_LINE.matcher(line);
        if (block.matches()) {
            Replacement replacement = find(block.group(3));
            if (!replacement.inline()) {
                return blockText(block.group(1), block.group(2), replacement);
            }
        }
        String result = line;
        for (Replacement replacement : replacements) {
            if (result.contains(replacement.token())) {
                if (!replacement.inline()) {
                    throw new IllegalStateException("a block value is not on its own field's line: " + line);
                }
                result = result.replace(replacement.token(), "{{ " + replacement.expression() + " }}");
            }
        }
        return result;
    }

    private Replacement find(String token) {
        return replacements.stream().filter(r -> r.token().equals(token)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown token " + token));
    }

    private static String blockText(String indent, String field, Replacement replacement) {
        StringBuilder text = new StringBuilder();
        text.append(indent).append("{{- with ").append(replacement.expression()).append(" }}\n");
        switch (replacement.body()) {
            case QUOTED -> text.append(indent).append(field).append(": {{ . | quote }}\n");
            case YAML -> text.append(indent).append(field).append(":\n").append(indent).append("  {{- toYaml . | nindent ")
                    .append(indent.length() + 2).append(" }}\n");
            case TEXT -> text.append(indent).append(field).append(":\n").append(indent).append("  {{- . | nindent ")
                    .append(indent.length() + 2).append(" }}\n");
        }
        text.append(indent).append("{{- end }}");
        return text.toString();
    }

    /** A Go string literal (Helm's template language), e.g. for a key in {@code index} or {@code dict}. */
    static String goString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
