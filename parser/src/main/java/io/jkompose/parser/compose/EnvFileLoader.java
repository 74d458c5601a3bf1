package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.EnvFile;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.dotenv.DotEnv;
import io.jkompose.parser.yaml.MappingNode;
import io.jkompose.parser.yaml.ScalarNode;
import io.jkompose.parser.yaml.SequenceNode;
import io.jkompose.parser.yaml.YamlNode;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A service's {@code env_file} (a path, a list of paths, or entries {@code {path, required, format}}),
 * each file read now, so the model carries its variables. Also reads {@code label_file}s.
 */
final class EnvFileLoader {

    /** The formats an env file may declare: the default dotenv syntax, or {@code raw} (values as written). */
    private static final String RAW = "raw";

    private final Values values;
    private final ProjectPaths paths;
    private final Function<String, String> lookup;
    private final EnvFileTexts texts;

    EnvFileLoader(Values values, ProjectPaths paths, Function<String, String> lookup, EnvFileTexts texts) {
        this.values = values;
        this.paths = paths;
        this.lookup = lookup;
        this.texts = texts;
    }

    List<EnvFile> load(YamlNode node, String path) {
        return load(node, path, lookup);
    }

    /** @param serviceLookup resolves variables inside the files' values */
    List<EnvFile> load(YamlNode node, String path, Function<String, String> serviceLookup) {
        if (Values.isAbsent(node)) {
            return List.of();
        }
        List<YamlNode> items;
        if (node instanceof ScalarNode) {
            items = List.of(node);
        } else if (node instanceof SequenceNode sequence) {
            items = sequence.items();
        } else {
            values.error(ParserCode.INVALID_TYPE, node.location(), path
                    + " must be a path or a list of paths, but it is " + Values.describe(node), null);
            return List.of();
        }
        Map<Path, EnvFile> unique = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = node instanceof SequenceNode ? path + "[" + i + "]" : path;
            EnvFile file = entry(items.get(i), itemPath, serviceLookup);
            if (file != null) {
                unique.put(file.path(), file);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private EnvFile entry(YamlNode item, String path, Function<String, String> serviceLookup) {
        String written;
        boolean required = true;
        String format = null;
        SourceLocation location = item.location();
        if (item instanceof MappingNode mapping) {
            values.checkKeys(mapping, KnownKeys.ENV_FILE, path);
            written = values.string(mapping.get("path"), path + ".path");
            if (written == null) {
                values.error(ParserCode.INVALID_VALUE, mapping.location(), path + " has no 'path'", "add path: ./file.env");
                return null;
            }
            Boolean req = values.bool(mapping.get("required"), path + ".required");
            required = req == null || req;
            format = values.string(mapping.get("format"), path + ".format");
            if (format != null && !format.equals(RAW)) {
                values.error(ParserCode.INVALID_VALUE, mapping.get("format").location(), path + ".format: '" + format
                        + "' is not a known env file format", "leave it out for the dotenv format, or use raw");
                return null;
            }
        } else {
            written = values.scalarItem(item, path);
            if (written == null) {
                return null;
            }
        }
        Path absolute;
        try {
            absolute = paths.resolve(written, location);
        } catch (InvalidPathException e) {
            values.error(ParserCode.INVALID_VALUE, location, path + ": '" + written + "' is not a valid path", null);
            return null;
        }
        Map<String, String> entries = Map.of();
        if (isRegularFile(absolute)) {
            paths.warnIfOutside(values, location, path, written, absolute);
            Map<String, String> read = read(absolute, format, location, path, serviceLookup);
            if (read == null) {
                return null;
            }
            entries = read;
        } else if (required) {
            values.error(ParserCode.FILE_NOT_FOUND, location, path + ": the env file '" + written + "' does not exist ("
                    + absolute + ")", "create it, or mark it optional with {path: " + written + ", required: false}");
            return null;
        }
        return new EnvFile(absolute, written, required, format, new TreeMap<>(entries), location);
    }

    /** Whether the path is a regular file, as this load's first look at it found. */
    boolean isRegularFile(Path absolute) {
        return texts.isRegularFile(absolute);
    }

    /** The variables of a file, or null after reporting that it cannot be read. Callers check {@link #isRegularFile}. */
    Map<String, String> read(Path absolute, String format, SourceLocation location, String path) {
        return read(absolute, format, location, path, lookup);
    }

    private Map<String, String> read(Path absolute, String format, SourceLocation location, String path,
            Function<String, String> valueLookup) {
        // the text is read once per load; it is parsed per service, with the service's own variables
        EnvFileTexts.Read read = texts.read(absolute);
        if (read instanceof EnvFileTexts.Failed failed) {
            values.error(ParserCode.UNREADABLE_FILE, location, path + (failed.error() instanceof CharacterCodingException
                    ? ": '" + absolute + "' is not UTF-8 text"
                    : ": cannot read '" + absolute + "': " + failed.error().getMessage()), null);
            return null;
        }
        if (!(read instanceof EnvFileTexts.Text file)) {
            throw new IllegalStateException(absolute + " is no regular file: the callers check isRegularFile first");
        }
        String text = file.text();
        if (RAW.equals(format)) {
            return raw(text);
        }
        return DotEnv.parse(text, paths.display(absolute), valueLookup, values.diagnostics());
    }

    /** {@code KEY=value} per line, the value exactly as written: no quotes removed, nothing expanded. */
    private static Map<String, String> raw(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                result.put(trimmed, "");
            } else {
                result.put(line.substring(0, equals).strip(), line.substring(equals + 1));
            }
        }
        return result;
    }
}
