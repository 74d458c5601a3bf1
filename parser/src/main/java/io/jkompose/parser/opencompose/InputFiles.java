package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadRequest;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files to read and their text, found as the Compose loader finds them, so that telling the
 * formats apart looks at the file the loader then reads: the {@code -f} files ({@code -} is standard
 * input); else {@code COMPOSE_FILE}; else the first of Compose's default names in the working folder or
 * the nearest folder above it. OpenCompose has no override files.
 */
final class InputFiles {

    static final List<String> DEFAULT_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private InputFiles() {
    }

    /** The names to read, as given or found; empty when there are none. Reports nothing. */
    static List<String> names(LoadRequest request) {
        if (!request.files().isEmpty()) {
            return request.files();
        }
        String fromEnvironment = request.environment().get("COMPOSE_FILE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            String separator = request.environment().getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
            List<String> names = new ArrayList<>();
            for (String name : fromEnvironment.split(Pattern.quote(separator.isEmpty() ? ":" : separator))) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
            return names;
        }
        Path found = search(request.workingDir());
        return found == null ? List.of() : List.of(display(found, request.workingDir()));
    }

    /** The first file's text, or null when there is none or it cannot be read; reports nothing. */
    static String firstText(LoadRequest request) {
        List<String> names = names(request);
        if (names.isEmpty() || request.workingDir() == null) {
            return null;
        }
        String name = names.get(0);
        if (name.equals("-")) {
            return request.stdin();
        }
        try {
            Path path = request.workingDir().resolve(name);
            return Files.isRegularFile(path) ? withoutBom(Files.readString(path)) : null;
        } catch (IOException | InvalidPathException e) {
            return null; // the loader that reads it reports the problem
        }
    }

    /** Every file, read; empty after reporting why when one is missing or unreadable. */
    static List<InputText> read(LoadRequest request, Diagnostics diagnostics) {
        Path workingDir = request.workingDir().normalize();
        List<String> names = names(request);
        if (names.isEmpty()) {
            diagnostics.error(ParserCode.NO_COMPOSE_FILE, SourceLocation.NONE, "no OpenCompose file given, and none of "
                    + String.join(", ", DEFAULT_NAMES) + " found in " + workingDir + " or any folder above it",
                    "pass the file with -f");
            return List.of();
        }
        List<InputText> inputs = new ArrayList<>();
        boolean stdinUsed = false;
        boolean failed = false;
        for (String name : names) {
            if (name.equals("-")) {
                if (request.stdin() == null || stdinUsed) {
                    diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.NONE, stdinUsed
                            ? "'-' is given twice, but standard input can be read only once"
                            : "'-' means standard input, but there is none to read", "pass the file's path");
                    failed = true;
                } else {
                    stdinUsed = true;
                    inputs.add(new InputText(InputText.STDIN_DISPLAY, null, withoutBom(request.stdin())));
                }
                continue;
            }
            InputText input = readFile(workingDir, name, diagnostics);
            failed |= input == null;
            if (input != null) {
                inputs.add(input);
            }
        }
        return failed ? List.of() : inputs;
    }

    private static InputText readFile(Path workingDir, String name, Diagnostics diagnostics) {
        Path path;
        try {
            path = workingDir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.file(name),
                    "'" + name + "' is not a valid path: " + e.getReason(), null);
            return null;
        }
        if (!Files.isRegularFile(path)) {
            diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.file(name), Files.isDirectory(path)
                    ? "'" + name + "' is a folder, not an OpenCompose file"
                    : "the file '" + name + "' does not exist (" + path + ")", "check the path given with -f");
            return null;
        }
        try {
            return new InputText(name, path, withoutBom(Files.readString(path)));
        } catch (CharacterCodingException e) {
            diagnostics.error(ParserCode.UNREADABLE_FILE, SourceLocation.file(name), "the file is not UTF-8 text",
                    "save it as UTF-8");
        } catch (IOException e) {
            diagnostics.error(ParserCode.UNREADABLE_FILE, SourceLocation.file(name),
                    "cannot read the file: " + e.getMessage(), null);
        }
        return null;
    }

    private static Path search(Path workingDir) {
        for (Path folder = workingDir == null ? null : workingDir.normalize(); folder != null;
                folder = folder.getParent()) {
            for (String name : DEFAULT_NAMES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    return folder.resolve(name);
                }
            }
        }
        return null;
    }

    /** Relative to the working folder when inside it, else absolute, as the Compose loader shows files. */
    private static String display(Path path, Path workingDir) {
        Path base = workingDir.normalize();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    private static String withoutBom(String text) {
        return text == null || text.isEmpty() || text.charAt(0) != '\uFEFF' ? text : text.substring(1);
    }
}
