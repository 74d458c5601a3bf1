package io.jkompose.cli;

import io.jkompose.syntax.ShellWords;
import java.util.List;

/** The command line as one string, for the {@code kompose.cmd} annotation. */
final class CommandText {

    private CommandText() {
    }

    /** The words joined by spaces; a word a shell would split or expand is single-quoted, so it can be re-run. */
    static String of(String program, List<String> words) {
        StringBuilder text = new StringBuilder(program);
        for (String word : words) {
            text.append(' ').append(ShellWords.quoteArgument(word));
        }
        return text.toString();
    }
}
