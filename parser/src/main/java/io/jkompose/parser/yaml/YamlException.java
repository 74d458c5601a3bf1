package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;

/** A document that is not valid YAML, or that breaks one of the reader's limits. */
public final class YamlException extends Exception {

    private final SourceLocation location;

    public YamlException(String message, SourceLocation location) {
        super(message);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }
}
