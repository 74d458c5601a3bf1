package io.jkompose.parser.opencompose;

import java.util.List;

/** The OpenCompose format versions jkompose reads. */
final class Versions {

    static final String CURRENT = "0.1-dev";
    static final List<String> KNOWN = List.of(CURRENT);

    private Versions() {
    }
}
