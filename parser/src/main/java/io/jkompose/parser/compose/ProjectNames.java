package io.jkompose.parser.compose;

import java.util.Locale;

/** Project names as Compose makes them: lowercase letters, digits, '_' and '-', starting with a letter or digit. */
final class ProjectNames {

    private ProjectNames() {
    }

    static String normalize(String name) {
        StringBuilder result = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                if (result.length() == 0 && (c == '_' || c == '-')) {
                    continue;
                }
                result.append(c);
            }
        }
        return result.toString();
    }

    static boolean isValid(String name) {
        return !name.isEmpty() && normalize(name).equals(name);
    }
}
