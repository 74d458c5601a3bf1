package io.jkompose.model;

import java.util.List;

/** A service's attachment to one network ({@code networks:} entry, short or long form). */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address, Integer priority,
        SourceLocation location) {

    public ServiceNetwork {
        aliases = Copies.list(aliases);
    }
}
