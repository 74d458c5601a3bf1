package io.jkompose.parser.compose;

/** The diagnostic codes the Compose loader gives, so tests and filters can rely on them. */
final class Codes {

    static final String NO_COMPOSE_FILE = "no-compose-file";
    static final String FILE_NOT_FOUND = "file-not-found";
    static final String UNREADABLE_FILE = "unreadable-file";
    static final String INVALID_YAML = "invalid-yaml";
    static final String EMPTY_FILE = "empty-file";
    static final String INVALID_TYPE = "invalid-type";
    static final String INVALID_VALUE = "invalid-value";
    static final String UNKNOWN_KEY = "unknown-key";
    static final String NOT_SUPPORTED = "not-supported";
    static final String INVALID_PROJECT_NAME = "invalid-project-name";
    static final String INACTIVE_DEPENDENCY = "inactive-dependency";
    static final String IGNORED = "ignored";
    static final String MISSING_FILE = "missing-file";
    static final String UNSET_VARIABLE = "unset-variable";
    static final String SHELL_OPERATOR = "shell-operator";
    static final String EXTENDS = "extends";
    static final String INCLUDE = "include";
    static final String LIMIT = "limit";

    private Codes() {
    }
}
