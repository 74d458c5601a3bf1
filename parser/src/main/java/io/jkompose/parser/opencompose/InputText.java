package io.jkompose.parser.opencompose;

import java.nio.file.Path;

/**
 * One input file, read.
 *
 * @param display what diagnostics call it: as the user wrote it, {@code <stdin>}, or relative to the working folder
 * @param path    absolute and normalized; null for standard input
 * @param text    the whole text, without a byte order mark
 */
record InputText(String display, Path path, String text) {

    static final String STDIN_DISPLAY = "<stdin>";
}
