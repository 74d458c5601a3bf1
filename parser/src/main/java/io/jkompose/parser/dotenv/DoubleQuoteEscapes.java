package io.jkompose.parser.dotenv;

/**
 * Expands the escape sequences of a double-quoted .env value, as compose-go does: {@code \a \b \f
 * \n \r \t \v \\ \"}, octal {@code \0ddd}, and {@code \$}, which becomes {@code $$} so that the
 * interpolation that follows leaves a literal {@code $}. Any other backslash stays as written
 * ({@code \x07} and {@code \u12e4} are not expanded).
 */
final class DoubleQuoteEscapes {

    private DoubleQuoteEscapes() {
    }

    static String expand(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = raw.charAt(i + 1);
            String replacement = switch (next) {
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'v' -> "\u000b";
                case '\\' -> "\\";
                case '"' -> "\"";
                case '$' -> "$$";
                default -> null;
            };
            if (replacement != null) {
                out.append(replacement);
                i += 2;
            } else if (next == '0' && isOctal(raw, i + 2)) {
                out.append((char) Integer.parseInt(raw.substring(i + 2, i + 5), 8));
                i += 5;
            } else {
                out.append(c).append(next);
                i += 2;
            }
        }
        return out.toString();
    }

    /** Three octal digits at {@code from} making a byte ({@code \0377} at most), as Go's unquoting wants. */
    private static boolean isOctal(String raw, int from) {
        if (from + 3 > raw.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return raw.charAt(from) <= '3';
    }
}
