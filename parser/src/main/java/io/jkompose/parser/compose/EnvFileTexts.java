package io.jkompose.parser.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The env and label files one load has read, by absolute path: the services of a large project
 * often all name the same file, which is read once instead of once per service. Thread-safe, as
 * services are mapped on several threads. Only the reading is shared: each service parses the text
 * itself, with its own variables and diagnostics.
 */
final class EnvFileTexts {

    /** What reading a path gave. */
    sealed interface Read permits NotAFile, Text, Failed {
    }

    /** The path is no regular file (it does not exist, or it is a folder). */
    record NotAFile() implements Read {
    }

    /** The file's text, without a byte order mark. */
    record Text(String text) implements Read {
    }

    /** The file could not be read: a {@link java.nio.charset.CharacterCodingException} when it is no UTF-8 text. */
    record Failed(IOException error) implements Read {
    }

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    private final Function<Path, Read> reader;

    EnvFileTexts() {
        this(EnvFileTexts::readFile);
    }

    /** @param reader reads one path from disk (tests count the reads) */
    EnvFileTexts(Function<Path, Read> reader) {
        this.reader = reader;
    }

    /** What reading the path gave, read on the first call for it. */
    Read read(Path absolute) {
        return reads.computeIfAbsent(absolute, reader);
    }

    boolean isRegularFile(Path absolute) {
        return !(read(absolute) instanceof NotAFile);
    }

    static Read readFile(Path absolute) {
        if (!Files.isRegularFile(absolute)) {
            return new NotAFile();
        }
        try {
            return new Text(DocumentReader.withoutBom(Files.readString(absolute)));
        } catch (IOException e) {
            return new Failed(e);
        }
    }
}
