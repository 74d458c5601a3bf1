package io.jkompose.model;

/**
 * One {@code environment} entry. A null value means the entry named a variable without a value
 * that the loading environment did not define either: the container gets no such variable.
 */
public record EnvVar(String name, String value, SourceLocation location) {
}
