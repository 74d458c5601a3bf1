package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the Compose files to load, as Compose does: the {@code -f} files; else {@code COMPOSE_FILE};
 * else the first of {@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yaml},
 * {@code docker-compose.yml} in the working folder or the nearest folder above it, with its override
 * file beside it.
 */
final class FileLocator {

    static final List<String> DEFAULT_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private final Path workingDir;
    private final Diagnostics diagnostics;
    private String stdin;
    private boolean stdinUsed;

    FileLocator(Path workingDir, Diagnostics diagnostics) {
        this.workingDir = workingDir;
        this.diagnostics = diagnostics;
    }

    /** The files, in load order; empty after reporting an error. */
    List<ComposeFile> locate(List<String> requested, Map<String, String> environment) {
        return locate(requested, environment, null);
    }

    /** @param stdin the text of standard input, for a file given as {@code -}; null when there is none */
    List<ComposeFile> locate(List<String> requested, Map<String, String> environment, String stdin) {
        this.stdin = stdin;
        if (!requested.isEmpty()) {
            return given(requested, "");
        }
        String fromEnvironment = environment.get("COMPOSE_FILE");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            String separator = environment.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
            if (separator.isEmpty()) {
                separator = ":";
            }
            List<String> names = new ArrayList<>();
            for (String name : fromEnvironment.split(Pattern.quote(separator))) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
            return given(names, " (from COMPOSE_FILE)");
        }
        return search();
    }

    private List<ComposeFile> given(List<String> names, String origin) {
        List<ComposeFile> files = new ArrayList<>();
        boolean missing = false;
        for (String name : names) {
            if (name.equals("-")) {
                if (stdin == null) {
                    diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.NONE, "'-'" + origin
                            + " means standard input, but there is none to read", "pipe the Compose file in, "
                            + "or pass its path");
                    missing = true;
                } else if (stdinUsed) {
                    diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.NONE, "'-'" + origin
                            + " is given twice, but standard input can be read only once", "give '-' once");
                    missing = true;
                } else {
                    stdinUsed = true;
                    files.add(ComposeFile.stdin(workingDir, stdin));
                }
                continue;
            }
            Path path;
            try {
                path = workingDir.resolve(name).normalize();
            } catch (InvalidPathException e) {
                diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.file(name),
                        "'" + name + "'" + origin + " is not a valid path: " + e.getReason(), null);
                missing = true;
                continue;
            }
            if (Files.isDirectory(path)) {
                diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.file(name), "'" + name + "'" + origin
                        + " is a folder, not a Compose file", "name the file in it, for example " + name
                        + "/compose.yaml");
                missing = true;
            } else if (!Files.isRegularFile(path)) {
                diagnostics.error(ParserCode.FILE_NOT_FOUND, SourceLocation.file(name), "the Compose file '" + name + "'"
                        + origin + " does not exist (" + path + ")", "check the path given with -f");
                missing = true;
            } else {
                files.add(new ComposeFile(path, name));
            }
        }
        return missing ? List.of() : files;
    }

    private List<ComposeFile> search() {
        for (Path folder = workingDir; folder != null; folder = folder.getParent()) {
            List<String> found = new ArrayList<>();
            for (String name : DEFAULT_NAMES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    found.add(name);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            Path main = folder.resolve(found.get(0));
            if (found.size() > 1) {
                diagnostics.warn(ParserCode.SEVERAL_COMPOSE_FILES, SourceLocation.file(display(main)),
                        "found several Compose files in " + folder + " (" + String.join(", ", found) + "); using "
                                + found.get(0), "remove the others, or choose one with -f");
            }
            List<ComposeFile> files = new ArrayList<>();
            files.add(new ComposeFile(main, display(main)));
            String family = found.get(0).substring(0, found.get(0).lastIndexOf('.'));
            for (String extension : List.of(".yaml", ".yml")) {
                Path override = folder.resolve(family + ".override" + extension);
                if (Files.isRegularFile(override)) {
                    files.add(new ComposeFile(override, display(override)));
                    break;
                }
            }
            return files;
        }
        diagnostics.error(ParserCode.NO_COMPOSE_FILE, SourceLocation.NONE, "no Compose file found in " + workingDir
                + " or any folder above it (looked for " + String.join(", ", DEFAULT_NAMES) + ")",
                "run jkompose in the folder of your compose.yaml, or pass it with -f");
        return List.of();
    }

    private String display(Path path) {
        return ProjectPaths.display(path, workingDir);
    }
}
