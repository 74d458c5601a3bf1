package io.jkompose.parser;

import io.jkompose.parser.compose.ComposeProjectLoader;

/**
 * Loads Compose files into the neutral model. It never throws for bad input and reads no global
 * state: problems are diagnostics in the result, and the project is null when any is an error.
 */
public final class ComposeLoader {

    private ComposeLoader() {
    }

    public static LoadResult load(LoadRequest request) {
        return ComposeProjectLoader.load(request);
    }
}
