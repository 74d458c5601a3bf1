package io.jkompose.parser;

/**
 * The entry point of loading: picks the loader for the input's language (Compose or OpenCompose)
 * and runs it. Callers (CLI, Maven plugin) use this rather than a particular loader.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadResult load(LoadRequest request) {
        return switch (request.inputFormat()) {
            // OpenCompose detection and loading arrive with the OpenCompose issue
            case AUTO, COMPOSE, OPENCOMPOSE -> ComposeLoader.load(request);
        };
    }
}
