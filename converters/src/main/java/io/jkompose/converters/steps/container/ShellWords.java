package io.jkompose.converters.steps.container;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting a command written as one string into words the way a POSIX shell would (quotes and
 * backslashes, no expansion), and the reverse: quoting words so that {@code sh -c} sees them as written.
 */
public final class ShellWords {

    private ShellWords() {
    }

    /** The words of {@code text}; an unterminated quote runs to the end. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                end = end < 0 ? text.length() : end;
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                        d = text.charAt(++i);
                    }
                    word.append(d);
                    i++;
                }
                inWord = true;
                i++;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** A word as {@code sh} reads it literally: bare when safe, else in single quotes. */
    public static String quote(String word) {
        // '=' is left out: a bare first word with '=' would be read as a variable assignment
        if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || "-_./:,+@%".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words as one {@code sh} command line. */
    static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }
}
