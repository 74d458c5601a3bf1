package io.jkompose.parser;

/** Loads Compose files into the neutral model. */
public final class ComposeLoader {

    private ComposeLoader() {
    }

    public static LoadResult load(LoadRequest request) {
        throw new UnsupportedOperationException("the Compose loader is being written");
    }
}
