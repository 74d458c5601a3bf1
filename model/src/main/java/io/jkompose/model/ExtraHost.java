package io.jkompose.model;

/** One {@code extra_hosts} entry: a host name and the address it resolves to. */
public record ExtraHost(String hostname, String ip, SourceLocation location) {
}
