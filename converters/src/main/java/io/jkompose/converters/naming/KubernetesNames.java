package io.jkompose.converters.naming;

import io.jkompose.syntax.DnsNames;
import io.jkompose.syntax.LabelSyntax;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns Compose names (service, volume, env file, secret names) into names an API server accepts,
 * and checks names and keys against the API server's rules. Every converter step names objects
 * through this class, so that one rule decides what {@code front_end} becomes.
 *
 * <p>The checks ({@code is...}) are the API server's rules, owned by the syntax module's
 * {@link DnsNames} and {@link LabelSyntax}, which the parser applies too; converters and the CLI
 * ask here.
 *
 * <p>The rules follow kompose where kompose's names are valid ({@code front_end} and
 * {@code front.end} become {@code front-end}, upper case becomes lower case) and go further where
 * kompose emits names an API server rejects: characters outside the allowed set are dropped,
 * names are cut to the maximum length, and a name is never empty.
 */
public final class KubernetesNames {

    /** Longest DNS-1123 label (object names of most kinds, container, volume and port names). */
    public static final int LABEL_MAX = DnsNames.LABEL_MAX;
    /** Longest DNS-1123 subdomain (ConfigMap, Secret, PVC names). */
    public static final int SUBDOMAIN_MAX = DnsNames.SUBDOMAIN_MAX;
    /** Longest IANA service name (container port names). */
    public static final int PORT_NAME_MAX = 15;

    private static final String FALLBACK = "unnamed";
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private KubernetesNames() {
    }

    /** A DNS-1123 label (Deployment, container, pod volume names): {@code front_end} → {@code front-end}. */
    public static String label(String name) {
        return label(name, FALLBACK);
    }

    /** As {@link #label(String)}, with the name to use when nothing valid is left. */
    public static String label(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isAlnum(c) || c == '-') {
                out.append(c);
            } else if (c == '_' || c == '.') {
                out.append('-');
            }
        }
        String result = trimEnds(cut(trimEnds(out.toString(), "-"), LABEL_MAX), "-");
        return result.isEmpty() ? fallbackLabel(fallback) : result;
    }

    /**
     * A DNS-1035 label (Service names: the first character must be a letter). A name that starts
     * with a digit gets the prefix {@code svc-}.
     */
    public static String dns1035Label(String name) {
        String result = label(name);
        if (!Character.isLetter(result.charAt(0))) {
            result = trimEnds(cut("svc-" + result, LABEL_MAX), "-");
        }
        return result;
    }

    /** A DNS-1123 subdomain (ConfigMap, Secret, PVC names): dots are kept, {@code _} becomes {@code -}. */
    public static String subdomain(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isAlnum(c) || c == '-' || c == '.') {
                mapped.append(c);
            } else if (c == '_') {
                mapped.append('-');
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : mapped.toString().split("\\.")) {
            String trimmed = trimEnds(part, "-");
            if (!trimmed.isEmpty()) {
                out.append(out.length() == 0 ? "" : ".").append(trimmed);
            }
        }
        String result = trimEnds(cut(out.toString(), SUBDOMAIN_MAX), "-.");
        return result.isEmpty() ? FALLBACK : result;
    }

    /** A label value (63 characters at most, alphanumeric at both ends, may be empty). */
    public static String labelValue(String value) {
        StringBuilder out = new StringBuilder();
        String text = value == null ? "" : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiAlnum(c) || c == '-' || c == '_' || c == '.') {
                out.append(c);
            }
        }
        return trimEnds(cut(trimEnds(out.toString(), "-_."), LABEL_MAX), "-_.");
    }

    /** A DNS-1123 label (namespaces, most object names, containers, volumes): {@link DnsNames#isLabel}. */
    public static boolean isLabel(String name) {
        return DnsNames.isLabel(name);
    }

    /** A DNS-1035 label (Service names): {@link DnsNames#isDns1035Label}. */
    public static boolean isDns1035Label(String name) {
        return DnsNames.isDns1035Label(name);
    }

    /** A DNS-1123 subdomain (ConfigMaps, Secrets, claims, class names): {@link DnsNames#isSubdomain}. */
    public static boolean isSubdomain(String name) {
        return DnsNames.isSubdomain(name);
    }

    /** A host an Ingress rule can route, optionally {@code *.} first: {@link DnsNames#isIngressHost}. */
    public static boolean isIngressHost(String host) {
        return DnsNames.isIngressHost(host);
    }

    /** A label value (63 characters at most, alphanumeric at both ends, may be empty): {@link LabelSyntax#isValue}. */
    public static boolean isLabelValue(String value) {
        return LabelSyntax.isValue(value);
    }

    /** A label or annotation key: an optional DNS subdomain prefix and {@code /}, then a name of at most 63 characters. */
    public static boolean isQualifiedName(String key) {
        return LabelSyntax.isKey(key);
    }

    /** An IANA service name, as container port names must be: 15 characters, a letter, no {@code --}. */
    public static boolean isPortName(String name) {
        return name != null && name.length() <= PORT_NAME_MAX && DnsNames.isLabel(name)
                && !name.contains("--") && name.chars().anyMatch(Character::isLetter);
    }

    /** A key of a ConfigMap's or Secret's data. */
    public static boolean isConfigKey(String key) {
        return key != null && key.length() <= SUBDOMAIN_MAX && CONFIG_KEY.matcher(key).matches();
    }

    private static String fallbackLabel(String fallback) {
        return fallback == null || fallback.equals(FALLBACK) || !isLabel(fallback) ? FALLBACK : fallback;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAlnum(c) || (c >= 'A' && c <= 'Z');
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** {@code text} without any of {@code chars} at either end. */
    public static String trimEnds(String text, String chars) {
        int start = 0;
        int end = text.length();
        while (start < end && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
