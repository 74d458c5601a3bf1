package io.jkompose.model;

import java.nio.file.Path;

/**
 * A top-level {@code configs} entry: its content comes from a file, inline {@code content}, or an
 * {@code environment} variable (whose value the loader has already put into {@code content}).
 * {@code location} is the entry's key; {@code fileLocation} its {@code file:} value, where a
 * problem with the file is reported (null when there is no file or no source position).
 */
public record ConfigDefinition(String key, String name, Path file, String content, String environment,
        boolean external, SourceLocation location, SourceLocation fileLocation) {
}
