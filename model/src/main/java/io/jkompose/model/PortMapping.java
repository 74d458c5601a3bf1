package io.jkompose.model;

/**
 * One entry of a service's {@code ports}, in long form. Short-syntax ranges are expanded by the
 * loader into one mapping per container port.
 *
 * @param published the host port as written: a number, a range {@code 8000-8010}, or null
 * @param protocol  {@code tcp}, {@code udp} or {@code sctp}; never null
 */
public record PortMapping(String name, int target, String published, String hostIp, String protocol,
        String appProtocol, String mode, SourceLocation location) {

    public PortMapping {
        protocol = protocol == null ? "tcp" : protocol;
    }

    /** The published port when it is a single number, else null. */
    public Integer publishedPort() {
        if (published == null || published.isEmpty() || published.contains("-")) {
            return null;
        }
        try {
            return Integer.valueOf(published);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
