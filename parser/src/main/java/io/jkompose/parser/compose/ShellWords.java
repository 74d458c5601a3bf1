package io.jkompose.parser.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command written as one string into words the way a POSIX shell does, without running
 * one: quotes group, backslashes escape, nothing is expanded. Compose treats {@code command: a b}
 * as {@code ["a", "b"]}, so the container runs {@code a} directly, not through a shell.
 */
final class ShellWords {

    /** The words, or the reason the text cannot be split (an open quote, a trailing backslash). */
    record Result(List<String> words, String error, String operator) {
    }

    private ShellWords() {
    }

    static Result split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        String operator = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    return new Result(null, "a single quote is not closed", null);
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
                    return new Result(null, "a double quote is not closed", null);
                }
                inWord = true;
                i = j + 1;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) {
                    return new Result(null, "it ends with a backslash that escapes nothing", null);
                }
                if (text.charAt(i + 1) != '\n') {
                    word.append(text.charAt(i + 1));
                    inWord = true;
                }
                i += 2;
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
        return new Result(words, null, operator);
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
