package io.jkompose.syntax;

import java.util.regex.Pattern;

/**
 * Label (and annotation) keys and label values, as an API server checks them
 * ({@code IsQualifiedName}, {@code IsValidLabelValue}). Null is neither.
 */
public final class LabelSyntax {

    /** Longest label value, and longest name part of a key. */
    public static final int NAME_MAX = 63;

    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    private LabelSyntax() {
    }

    /**
     * A label or annotation key: an optional DNS-1123 subdomain prefix and {@code /}, then a name of
     * at most 63 letters, digits, '-', '_' and '.', alphanumeric at both ends.
     */
    public static boolean isKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        int slash = key.lastIndexOf('/');
        if (slash >= 0 && !DnsNames.isSubdomain(key.substring(0, slash))) {
            return false;
        }
        return isName(key.substring(slash + 1));
    }

    /** A label value: empty, or a name as in a key (at most 63, alphanumeric at both ends). */
    public static boolean isValue(String value) {
        return value != null && (value.isEmpty() || isName(value));
    }

    private static boolean isName(String name) {
        return name.length() <= NAME_MAX && NAME.matcher(name).matches();
    }
}
