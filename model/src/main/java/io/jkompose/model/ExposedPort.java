package io.jkompose.model;

/** One port of {@code expose} (ranges expanded by the loader); reachable by other services only. */
public record ExposedPort(int port, String protocol, SourceLocation location) {

    public ExposedPort {
        protocol = protocol == null ? "tcp" : protocol;
    }
}
