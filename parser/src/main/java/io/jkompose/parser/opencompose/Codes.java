package io.jkompose.parser.opencompose;

/** The diagnostic codes the OpenCompose loader gives, so tests and filters can rely on them. */
final class Codes {

    static final String NO_FILE = "no-compose-file";
    static final String FILE_NOT_FOUND = "file-not-found";
    static final String UNREADABLE_FILE = "unreadable-file";
    static final String INVALID_YAML = "invalid-yaml";
    static final String EMPTY_FILE = "empty-file";
    static final String NOT_OPENCOMPOSE = "not-opencompose";
    static final String UNKNOWN_VERSION = "unknown-version";
    static final String UNKNOWN_KEY = "unknown-key";
    static final String MISSING_KEY = "missing-key";
    static final String INVALID_TYPE = "invalid-type";
    static final String INVALID_VALUE = "invalid-value";
    static final String INVALID_PORT = "invalid-port";
    static final String DUPLICATE_NAME = "duplicate-name";
    static final String UNKNOWN_VOLUME = "unknown-volume";
    static final String UNUSED_VOLUME = "unused-volume";
    static final String NAME_DERIVED = "name-derived";
    static final String VALUE_NORMALIZED = "value-normalized";
    static final String DUPLICATE_ENV = "duplicate-env";
    static final String UNCONVERTED_VALUE = "unconverted-value";

    private Codes() {
    }
}
