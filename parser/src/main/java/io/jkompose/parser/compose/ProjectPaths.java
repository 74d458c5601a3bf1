package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns paths written in Compose files into absolute ones, and absolute ones into the short names
 * diagnostics show. {@code ~} is the {@code HOME} of the loading environment, not of this process.
 *
 * <p>A relative path is taken against the folder of the file that wrote it: the project directory for
 * the files given with {@code -f}, the extended file's own folder for a service it lends through
 * {@code extends: file:}, the {@code project_directory} of an {@code include}. Nodes keep the name of
 * their file in their location, so the folder is looked up from it ({@link #register}).
 */
final class ProjectPaths {

    private final Path workingDir;
    private final Path projectDir;
    private final String home;
    private final Map<String, Path> baseDirs = new HashMap<>();

    ProjectPaths(Path workingDir, Path projectDir, String home) {
        this.workingDir = workingDir;
        this.projectDir = projectDir;
        this.home = home == null || home.isEmpty() ? null : home;
    }

    Path projectDir() {
        return projectDir;
    }

    /**
     * Warns when {@code file}, with symbolic links resolved, is outside the project folder: a Compose
     * file from someone else (a pull request converted in CI) could name any file of this machine and
     * have it copied into the output.
     *
     * @param path    the key, for the message ({@code services.web.env_file})
     * @param written the path as written
     */
    void warnIfOutside(Values values, SourceLocation location, String path, String written, Path file) {
        if (projectDir == null) {
            return;
        }
        Path real = FilePaths.realOrSelf(file.toAbsolutePath().normalize());
        Path project = FilePaths.realOrSelf(projectDir.toAbsolutePath().normalize());
        if (!real.startsWith(project)) {
            values.warn(ParserCode.OUTSIDE_PROJECT, location, path + ": '" + written + "' is outside the project folder ("
                    + real + "); jkompose reads it", "keep the files a project reads inside its folder, and check "
                            + "this path when the Compose file comes from someone else");
        }
    }

    /**
     * Relative paths written in the file shown as {@code display} are taken against {@code folder}.
     * The first registration of a file wins: a file loaded twice, from two folders, is rare enough
     * (the same file included twice with different {@code project_directory}s) to keep one answer.
     */
    void register(String display, Path folder) {
        baseDirs.putIfAbsent(display, folder);
    }

    /** The folder relative paths written at {@code location} are taken against. */
    Path baseDir(SourceLocation location) {
        if (location == null || location.file() == null) {
            return projectDir;
        }
        return baseDirs.getOrDefault(location.file(), projectDir);
    }

    Path workingDir() {
        return workingDir;
    }

    boolean canExpandHome() {
        return home != null;
    }

    static boolean startsWithHome(String written) {
        return written.equals("~") || written.startsWith("~/");
    }

    /** {@code C:\data}, {@code C:/data} or {@code \\server\share}: absolute on Windows, kept as written. */
    static boolean isWindowsAbsolute(String written) {
        if (written.startsWith("\\\\")) {
            return true;
        }
        return written.length() >= 3 && Character.isLetter(written.charAt(0)) && written.charAt(1) == ':'
                && (written.charAt(2) == '\\' || written.charAt(2) == '/');
    }

    /**
     * The absolute, normalized path for {@code written}, relative to the project directory.
     *
     * @throws InvalidPathException when the text cannot be a path
     */
    Path resolve(String written) {
        return resolve(written, projectDir);
    }

    /** Like {@link #resolve(String)}, against the folder of the file {@code location} is in. */
    Path resolve(String written, SourceLocation location) {
        return resolve(written, baseDir(location));
    }

    private Path resolve(String written, Path folder) {
        if (startsWithHome(written) && home != null) {
            return Path.of(home).resolve(written.length() > 2 ? written.substring(2) : "").normalize();
        }
        return folder.resolve(written).normalize();
    }

    /** Like {@link #resolve}, as text, keeping Windows absolute paths as written (a Windows host's paths). */
    String resolveHostPath(String written, SourceLocation location) {
        if (isWindowsAbsolute(written)) {
            return written;
        }
        return resolve(written, location).toString();
    }

    /** What diagnostics call a file: relative to the working folder when inside it, else absolute. */
    String display(Path absolute) {
        return display(absolute, workingDir);
    }

    static String display(Path absolute, Path workingDir) {
        Path normalized = absolute.normalize();
        if (workingDir != null && normalized.startsWith(workingDir) && !normalized.equals(workingDir)) {
            return workingDir.relativize(normalized).toString();
        }
        return normalized.toString();
    }
}
