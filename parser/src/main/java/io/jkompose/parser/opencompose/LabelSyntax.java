package io.jkompose.parser.opencompose;

import java.util.regex.Pattern;

/**
 * The syntax OpenCompose gives names, labels and hosts: Kubernetes' identifiers, which its file
 * reference points to (DNS labels and subdomains, label keys and values).
 */
final class LabelSyntax {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern NUMERIC_ADDRESS = Pattern.compile("[0-9.]+");

    private LabelSyntax() {
    }

    /** A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    static boolean isLabelKey(String key) {
        int slash = key.lastIndexOf('/');
        if (slash >= 0 && !isSubdomain(key.substring(0, slash))) {
            return false;
        }
        return NAME.matcher(key.substring(slash + 1)).matches();
    }

    /** A label value: empty, or a name of at most 63 characters. */
    static boolean isLabelValue(String value) {
        return value.isEmpty() || NAME.matcher(value).matches();
    }

    /** A DNS subdomain (RFC 1123): dot-separated DNS labels, at most 253 characters. */
    static boolean isSubdomain(String name) {
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A host an Ingress can route: a DNS subdomain, optionally {@code *.} first; not an IP address. */
    static boolean isHost(String host) {
        String name = host.startsWith("*.") ? host.substring(2) : host;
        return isSubdomain(name) && !NUMERIC_ADDRESS.matcher(name).matches();
    }
}
