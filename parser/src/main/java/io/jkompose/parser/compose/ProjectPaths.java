package io.jkompose.parser.compose;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns paths written in Compose files into absolute ones, and absolute ones into the short names
 * diagnostics show. {@code ~} is the {@code HOME} of the loading environment, not of this process.
 */
final class ProjectPaths {

    private final Path workingDir;
    private final Path projectDir;
    private final String home;

    ProjectPaths(Path workingDir, Path projectDir, String home) {
        this.workingDir = workingDir;
        this.projectDir = projectDir;
        this.home = home == null || home.isEmpty() ? null : home;
    }

    Path projectDir() {
        return projectDir;
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
        if (startsWithHome(written) && home != null) {
            return Path.of(home).resolve(written.length() > 2 ? written.substring(2) : "").normalize();
        }
        return projectDir.resolve(written).normalize();
    }

    /** Like {@link #resolve}, as text, keeping Windows absolute paths as written (a Windows host's paths). */
    String resolveHostPath(String written) {
        if (isWindowsAbsolute(written)) {
            return written;
        }
        return resolve(written).toString();
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
