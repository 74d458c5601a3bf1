package io.jkompose.cli;

import java.util.List;
import java.util.regex.Pattern;

/** The command line as one string, for the {@code kompose.cmd} annotation. */
final class CommandText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

    private CommandText() {
    }

    /** The words joined by spaces; a word a shell would split or expand is single-quoted, so it can be re-run. */
    static String of(String program, List<String> words) {
        StringBuilder text = new StringBuilder(program);
        for (String word : words) {
            text.append(' ').append(PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return text.toString();
    }
}
