package io.jkompose.syntax;

/**
 * The form of IPv4 and IPv6 addresses, as Go's {@code net.ParseIP} reads them (which both Compose
 * and the Kubernetes API server use): four decimal parts without leading zeros, or eight groups of
 * up to four hex digits with {@code ::} once for a run of zero groups and an IPv4 address allowed
 * as the last two. No name lookup.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** An IPv4 or IPv6 address. */
    public static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    public static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || part.length() > 1 && part.charAt(0) == '0' || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String address) {
        if (!address.contains(":") || address.contains(":::")) {
            return false;
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = address.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.isEmpty()) {
                boolean partOfDoubleColon = doubleColon >= 0;
                if (!partOfDoubleColon) {
                    return false; // a lone ':' at either end
                }
                continue;
            }
            if (i == groups.length - 1 && group.contains(".")) {
                if (!isIpv4(group)) {
                    return false;
                }
                count += 2;
                continue;
            }
            if (group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    /** An IPv6 address, optionally with a zone ({@code fe80::1%eth0}), as Compose takes it for a container. */
    public static boolean isIpv6WithZone(String text) {
        int zone = text.indexOf('%');
        return zone < 0 ? isIpv6(text) : zone < text.length() - 1 && isIpv6(text.substring(0, zone));
    }
}
