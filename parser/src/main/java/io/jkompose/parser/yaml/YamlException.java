package io.jkompose.parser.yaml;

import io.jkompose.model.SourceLocation;

/** A document that is not valid YAML, or that breaks one of the reader's limits. */
public final class YamlException extends Exception {

    private final SourceLocation location;
    private final String hint;

    public YamlException(String message, SourceLocation location) {
        this(message, location, null);
    }

    /** @param hint what to do about it, or null */
    public YamlException(String message, SourceLocation location, String hint) {
        super(message);
        this.location = location;
        this.hint = hint;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }

    public SourceLocation location() {
        return location;
    }
}
