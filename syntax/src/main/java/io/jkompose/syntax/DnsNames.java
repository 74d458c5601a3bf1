package io.jkompose.syntax;

import java.util.regex.Pattern;

/**
 * The names an API server accepts, as its validation checks them ({@code IsDNS1123Label},
 * {@code IsDNS1123Subdomain}, {@code IsDNS1035Label}): object, container, volume and namespace
 * names, storage and ingress class names, Ingress hosts. Null is never a name.
 */
public final class DnsNames {

    /** Longest DNS-1123 label (object names of most kinds, container, volume and port names, namespaces). */
    public static final int LABEL_MAX = 63;
    /** Longest DNS-1123 subdomain (ConfigMap, Secret, PVC, class names, hosts). */
    public static final int SUBDOMAIN_MAX = 253;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private DnsNames() {
    }

    /** A DNS-1123 label: lower-case letters, digits and '-', alphanumeric at both ends, at most 63. */
    public static boolean isLabel(String name) {
        return name != null && name.length() <= LABEL_MAX && LABEL.matcher(name).matches();
    }

    /** A DNS-1035 label (Service names): as a DNS-1123 label, starting with a letter. */
    public static boolean isDns1035Label(String name) {
        return name != null && name.length() <= LABEL_MAX && DNS1035.matcher(name).matches();
    }

    /**
     * A DNS-1123 subdomain: DNS-1123 labels joined by dots, at most 253 characters. Like the API
     * server, no length is imposed on each label.
     */
    public static boolean isSubdomain(String name) {
        return name != null && name.length() <= SUBDOMAIN_MAX && SUBDOMAIN.matcher(name).matches();
    }

    /**
     * A host an Ingress rule can route: a DNS-1123 subdomain, optionally after {@code *.}, that is
     * not an IPv4 address ({@code app.127.0.0.1.nip.io} is a host, {@code 127.0.0.1} is not).
     */
    public static boolean isIngressHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("*.") ? host.substring(2) : host;
        return isSubdomain(name) && !IPV4.matcher(name).matches();
    }
}
