package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.LimitHints;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlException;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Compose files (from disk or standard input) into their YAML documents, reporting what
 * cannot be read. The YAML reader guards against hostile input (size, nesting, alias expansion).
 */
final class DocumentReader {

    private final Values values;
    private final YamlReader reader;
    private final YamlReader.Limits limits;

    DocumentReader(Values values, YamlReader.Limits limits) {
        this.values = values;
        this.limits = limits;
        this.reader = new YamlReader(limits);
    }

    /** The file's non-empty documents, each a mapping; null after reporting that it cannot be read. */
    List<Document> read(ComposeFile file) {
        String text = file.isStdin() ? withoutBom(file.stdin()) : readText(file.path(), file.display());
        if (text == null) {
            return null;
        }
        List<YamlNode> nodes;
        try {
            nodes = reader.readAll(text, file.display());
        } catch (YamlException e) {
            values.error(ParserCode.INVALID_YAML, e.location(), e.getMessage(), e.hint());
            return null;
        }
        List<Document> documents = new ArrayList<>(nodes.size());
        boolean failed = false;
        for (YamlNode node : nodes) {
            if (node.isNull()) {
                continue;
            }
            if (node instanceof MappingNode mapping) {
                documents.add(new Document(file, mapping));
            } else {
                values.error(ParserCode.INVALID_TYPE, node.location(), "the top level of a Compose file must be a mapping "
                        + "(services:, volumes:...), but it is " + Values.describe(node), null);
                failed = true;
            }
        }
        return failed ? null : documents;
    }

    /** The text of a UTF-8 file, without a byte order mark; null after reporting that it cannot be read. */
    String readText(Path path, String display) {
        byte[] bytes;
        try {
            // a character is at most 4 bytes: anything larger breaks the limit, and is not read into memory
            if (Files.size(path) > 4L * limits.maxCodePoints()) {
                values.error(ParserCode.LIMIT, SourceLocation.of(display, 1, 1), "the file is larger than "
                        + limits.maxCodePoints() + " characters; jkompose refuses to read it",
                        LimitHints.howToRaise(LimitHints.FILE_CHARS_PROPERTY));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            values.error(ParserCode.UNREADABLE_FILE, SourceLocation.file(display), "cannot read the file: "
                    + describe(e), "check that it is a file and that its permissions let you read it");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int offset = input.position();
            values.error(ParserCode.UNREADABLE_FILE, at(bytes, offset, display), String.format(Locale.ROOT,
                    "the file is not UTF-8 text: byte 0x%02X cannot start or continue a character", bytes[offset] & 0xFF),
                    "save it as UTF-8; a binary file is no Compose file");
            return null;
        }
        decoder.flush(output);
        return withoutBom(output.flip().toString());
    }

    /** Line and column (in characters) of the byte at {@code offset} of UTF-8 bytes valid up to there. */
    private static SourceLocation at(byte[] bytes, int offset, String display) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return SourceLocation.of(display, line, column);
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "it cannot be read" : e.getMessage();
    }

    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
