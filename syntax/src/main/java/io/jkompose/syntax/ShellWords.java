package io.jkompose.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A command written as one string, split into words the way a POSIX shell does without running
 * one (quotes group, backslashes escape, a backslash before a line break continues the line,
 * nothing is expanded); and the reverse, words quoted so that {@code sh} reads them as written.
 * Compose treats {@code command: a b} as {@code ["a", "b"]}, kompose's probe labels the same way.
 */
public final class ShellWords {

    /** The characters a word may hold and still be written bare. */
    private static final String PLAIN_PUNCTUATION = "-_./:,+@%";

    /**
     * The result of {@link #split(String)}.
     *
     * @param words    the words. When the text is malformed ({@code error} is set) these are what a
     *                 lenient reading gives: an open quote runs to the end, a trailing backslash stays
     * @param error    null, or why a shell would refuse the text (an open quote, a trailing backslash)
     * @param operator the first shell control operator written as a word of its own ({@code &&},
     *                 {@code |}, {@code ;}, {@code >} ...), which without a shell is just an argument;
     *                 or null
     */
    public record Result(List<String> words, String error, String operator) {
    }

    private ShellWords() {
    }

    public static Result split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        String operator = null;
        String error = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    error = "a single quote is not closed";
                    end = text.length();
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                int j = i + 1;
                boolean closed = false;
                while (j < text.length()) {
                    char d = text.charAt(j);
                    if (d == '"') {
                        closed = true;
                        break;
                    }
                    if (d == '\\' && j + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(j + 1)) >= 0) {
                        if (text.charAt(j + 1) != '\n') {
                            word.append(text.charAt(j + 1));
                        }
                        j += 2;
                        continue;
                    }
                    word.append(d);
                    j++;
                }
                if (!closed) {
                    error = "a double quote is not closed";
                }
                inWord = true;
                i = j + 1;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) {
                    error = "it ends with a backslash that escapes nothing";
                    word.append(c);
                    inWord = true;
                    i++;
                } else {
                    if (text.charAt(i + 1) != '\n') {
                        word.append(text.charAt(i + 1));
                        inWord = true;
                    }
                    i += 2;
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                if (operator == null && !inWord && isOperatorStart(text, i)) {
                    operator = operatorAt(text, i);
                }
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new Result(words, error, operator);
    }

    /**
     * A word as {@code sh} reads it literally wherever it stands: bare when it holds only ASCII
     * letters, digits and {@code -_./:,+@%}, else in single quotes. {@code =} is quoted too, as a
     * bare first word with {@code =} would be read as a variable assignment.
     */
    public static String quote(String word) {
        return isPlain(word, false) ? word : singleQuoted(word);
    }

    /** As {@link #quote(String)}, for a word after the first (an argument), where a bare {@code =} is literal. */
    public static String quoteArgument(String word) {
        return isPlain(word, true) ? word : singleQuoted(word);
    }

    /** The words as one {@code sh} command line, each {@link #quote(String) quoted}. */
    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }

    private static boolean isPlain(String word, boolean equalsSign) {
        return !word.isEmpty() && word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || PLAIN_PUNCTUATION.indexOf(c) >= 0 || (equalsSign && c == '='));
    }

    private static String singleQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A shell control operator written as its own word: {@code &&}, {@code ||}, {@code |}, {@code ;}, {@code >}... */
    private static boolean isOperatorStart(String text, int i) {
        String op = operatorAt(text, i);
        if (op == null) {
            return false;
        }
        int end = i + op.length();
        return end >= text.length() || Character.isWhitespace(text.charAt(end));
    }

    private static String operatorAt(String text, int i) {
        for (String op : new String[] {"&&", "||", ">>", "|", ";", ">", "<", "&"}) {
            if (text.startsWith(op, i)) {
                return op;
            }
        }
        return null;
    }
}
