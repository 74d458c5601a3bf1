package io.jkompose.parser.dotenv;

import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.ParserCode;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads the variables of a {@code .env} file or a service's {@code env_file}, with the syntax of
 * compose-go's dotenv package:
 *
 * <ul>
 *   <li>{@code NAME=value}, {@code NAME: value} and {@code export NAME=value}; spaces around the
 *       separator are ignored; names take letters and digits of any script and {@code _ . - [ ]};</li>
 *   <li>{@code NAME} alone takes its value from {@code lookup}, and is left out when that has none;</li>
 *   <li>unquoted values run to the end of the line, lose trailing spaces and a comment that starts
 *       with {@code " #"}, and are interpolated;</li>
 *   <li>single-quoted values are literal (only {@code \'} is unescaped); double-quoted values expand
 *       {@code \n \t \" \\ \$}... and are interpolated; both may span lines, and may be followed by a
 *       comment;</li>
 *   <li>lines starting with {@code #} and blank lines are skipped; a UTF-8 byte order mark and CRLF
 *       line ends are accepted.</li>
 * </ul>
 *
 * <p>Interpolation ({@code $VAR}, {@code ${VAR:-default}}...) resolves a name through {@code lookup}
 * first, then through the entries above it in the same file: compose-go's order, in which the
 * environment wins over the file.
 */
public final class DotEnv {

    private DotEnv() {
    }

    /**
     * Parses a .env text into its variables, in file order (a name given twice keeps its first place
     * and its last value). Errors and warnings go to {@code diagnostics} with code {@code env-file};
     * each unset variable that a value refers to without a default is a warning.
     *
     * @param file   the name locations carry
     * @param lookup the environment: answers {@code NAME} lines and names inside values; returns null
     *               for an unset variable
     */
    public static LinkedHashMap<String, String> parse(String text, String file, Function<String, String> lookup,
            Diagnostics diagnostics) {
        return parse(text, file, lookup, diagnostics, warnUnset(diagnostics));
    }

    /**
     * As {@link #parse(String, String, Function, Diagnostics)}, but unset variables go to
     * {@code onUnset} (with the location of the value that refers to them) instead of becoming warnings.
     */
    public static LinkedHashMap<String, String> parse(String text, String file, Function<String, String> lookup,
            Diagnostics diagnostics, BiConsumer<String, SourceLocation> onUnset) {
        return parseInto(text, file, lookup, diagnostics, onUnset, new LinkedHashMap<>());
    }

    /**
     * Adds the variables of one more file to {@code variables}, which may hold those of the files
     * read before it: a later file overrides an earlier one, and inside values a name resolves
     * through {@code lookup} first, then through {@code variables} (the earlier files and the entries
     * above). This is how compose-go reads several {@code .env} files, or several {@code env_file}s
     * of a service, one after the other.
     *
     * @return {@code variables}
     */
    public static LinkedHashMap<String, String> parseInto(String text, String file, Function<String, String> lookup,
            Diagnostics diagnostics, BiConsumer<String, SourceLocation> onUnset,
            LinkedHashMap<String, String> variables) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(onUnset, "onUnset");
        Objects.requireNonNull(variables, "variables");
        String normalized = text.startsWith("\ufeff") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n");
        return new DotEnvParser(normalized, file == null ? "" : file, lookup, diagnostics, onUnset, variables)
                .parse();
    }

    /** The warning {@link #parse(String, String, Function, Diagnostics)} gives for an unset variable. */
    public static BiConsumer<String, SourceLocation> warnUnset(Diagnostics diagnostics) {
        return (name, location) -> diagnostics.warn(ParserCode.ENV_FILE, location,
                "variable " + name + " is not set; it is replaced by an empty string",
                "set it in the environment or above this line, or give a default: ${" + name + ":-value}");
    }
}
