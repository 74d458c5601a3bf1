package io.jkompose.converters;

import io.jkompose.model.DiagnosticCode;

/** Every diagnostic code the converters give: one catalog for the module. */
public enum ConverterCode implements DiagnosticCode {

    IMPLICIT_PORT("implicit-port", "a service's Kubernetes Service serves a port its file does not declare, or is headless,"
            + " because other services reach it there as Compose lets them"),
    UNREACHABLE_NAME("unreachable-name", "other services reach a service by a name no Kubernetes Service can have");

    private final String id;
    private final String meaning;

    ConverterCode(String id, String meaning) {
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
