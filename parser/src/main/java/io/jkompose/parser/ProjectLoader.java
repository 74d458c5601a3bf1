package io.jkompose.parser;

import io.jkompose.parser.opencompose.FormatDetection;
import io.jkompose.parser.opencompose.OpenComposeLoader;

/**
 * The entry point of loading: picks the loader for the input's language (Compose or OpenCompose)
 * and runs it. Callers (CLI, Maven plugin) use this rather than a particular loader.
 *
 * <p>{@code AUTO} tells the languages apart by the first file's shape: OpenCompose lists its
 * {@code services}, Compose maps them by name (see {@link FormatDetection}).
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static LoadResult load(LoadRequest request) {
        return switch (FormatDetection.detect(request)) {
            case OPENCOMPOSE -> OpenComposeLoader.load(request);
            case AUTO, COMPOSE -> ComposeLoader.load(request);
        };
    }
}
