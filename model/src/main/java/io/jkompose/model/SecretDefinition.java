package io.jkompose.model;

import java.nio.file.Path;

/**
 * A top-level {@code secrets} entry: its content comes from a file or an {@code environment}
 * variable (whose value the loader has already put into {@code content}).
 */
public record SecretDefinition(String key, String name, Path file, String content, String environment,
        boolean external, SourceLocation location) {
}
