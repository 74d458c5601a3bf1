package io.jkompose.parser;

import io.jkompose.model.DiagnosticCode;

/** Every diagnostic code the loaders (Compose and OpenCompose) give: one catalog for the module. */
public enum ParserCode implements DiagnosticCode {

    NO_COMPOSE_FILE("no-compose-file", "no Compose file was given and none was found where Compose looks"),
    SEVERAL_COMPOSE_FILES("several-compose-files", "a folder holds more than one of the files Compose looks for; the first is used"),
    FILE_NOT_FOUND("file-not-found", "a file the project names (Compose file, env file, config, secret, include) does not exist"),
    UNREADABLE_FILE("unreadable-file", "a file exists but cannot be read"),
    INVALID_YAML("invalid-yaml", "the file is not valid YAML"),
    EMPTY_FILE("empty-file", "the file holds no document"),
    INVALID_TYPE("invalid-type", "a key's value has the wrong type (a list where a mapping belongs, say)"),
    INVALID_VALUE("invalid-value", "a key's value has the right type but is not allowed"),
    UNKNOWN_KEY("unknown-key", "a key the specification does not have"),
    MISSING_KEY("missing-key", "a required key is missing"),
    NOT_SUPPORTED("not-supported", "a feature of the specification that jkompose does not read"),
    INVALID_PROJECT_NAME("invalid-project-name", "the project name is not a valid Compose project name"),
    INACTIVE_DEPENDENCY("inactive-dependency", "a service depends on a service whose profile is not enabled"),
    IGNORED("ignored", "a key that is read but has no effect"),
    MISSING_FILE("missing-file", "an optional file (an env file marked required: false) is missing"),
    OUTSIDE_PROJECT("outside-project", "a file the project reads (env file, config, secret, extends, include) is "
            + "outside the project folder"),
    UNSET_VARIABLE("unset-variable", "a variable used in the file is not set; an empty string is used"),
    SHELL_OPERATOR("shell-operator", "a command uses shell syntax but runs without a shell"),
    EXTENDS("extends", "an extends reference is wrong: a missing service or file, or a cycle"),
    INCLUDE("include", "an include is wrong: a missing file, a cycle, or a clash of names"),
    LIMIT("limit", "the input exceeds a safety limit (size, nesting depth, alias expansion, string length, services)"),
    NOT_OPENCOMPOSE("not-opencompose", "the file is not an OpenCompose file"),
    UNKNOWN_VERSION("unknown-version", "an OpenCompose version jkompose does not know"),
    INVALID_PORT("invalid-port", "a port that is not a valid port number or mapping"),
    DUPLICATE_NAME("duplicate-name", "two entries have the same name"),
    UNKNOWN_VOLUME("unknown-volume", "a mount names a volume the file does not define"),
    UNUSED_VOLUME("unused-volume", "a volume is defined but no service mounts it"),
    NAME_DERIVED("name-derived", "a name was derived because the file gives none"),
    VALUE_NORMALIZED("value-normalized", "a value was written in another accepted form and normalized"),
    DUPLICATE_ENV("duplicate-env", "an environment variable is set twice; the last value wins"),
    UNCONVERTED_VALUE("unconverted-value", "a value that is read but not carried over"),
    ENV_FILE("env-file", "a line of an env file cannot be read, or a variable it uses is unset or cannot be interpolated"),
    INTERPOLATION("interpolation", "a value of the Compose file cannot be interpolated: bad ${...} syntax, or a required variable is unset");

    private final String id;
    private final String meaning;

    ParserCode(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
