package io.jkompose.parser.compose;

import java.nio.file.Path;

/**
 * A Compose file to load.
 *
 * @param path    absolute and normalized
 * @param display the name diagnostics use: as the user wrote it, or relative to the working folder
 */
record ComposeFile(Path path, String display) {
}
