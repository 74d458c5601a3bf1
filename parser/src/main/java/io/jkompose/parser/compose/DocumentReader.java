package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.YamlException;
import io.jkompose.parser.yaml.YamlNode;
import io.jkompose.parser.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Compose files (from disk or standard input) into their YAML documents, reporting what
 * cannot be read. The YAML reader guards against hostile input (size, nesting, alias expansion).
 */
final class DocumentReader {

    private final Values values;
    private final YamlReader reader = new YamlReader();

    DocumentReader(Values values) {
        this.values = values;
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
            values.error(ParserCode.INVALID_YAML, e.location(), e.getMessage(), null);
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
        try {
            return withoutBom(Files.readString(path));
        } catch (CharacterCodingException e) {
            values.error(ParserCode.UNREADABLE_FILE, SourceLocation.file(display), "the file is not UTF-8 text",
                    "save it as UTF-8");
        } catch (IOException e) {
            values.error(ParserCode.UNREADABLE_FILE, SourceLocation.file(display), "cannot read the file: "
                    + e.getMessage(), null);
        }
        return null;
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
