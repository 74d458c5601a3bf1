package io.jkompose.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code convert} puts its output, decided from {@code -o} and {@code --stdout} as kompose decides it. */
public sealed interface OutputTarget {

    /** The whole stream on stdout. */
    record Stdout() implements OutputTarget {
    }

    /** The whole stream in one file. */
    record SingleFile(Path file) implements OutputTarget {
    }

    /** One file per object in a folder, created when missing. */
    record Folder(Path folder) implements OutputTarget {
    }

    /**
     * Chooses the target.
     *
     * <ul>
     *   <li>{@code --stdout}, or {@code -o -}: stdout;</li>
     *   <li>no {@code -o}: one file per object in the working folder;</li>
     *   <li>{@code -o PATH} where PATH ends with a separator or is an existing folder: one file per object in it;</li>
     *   <li>any other {@code -o PATH}: one file with everything.</li>
     * </ul>
     *
     * @param out        the {@code -o} value, or null
     * @param workingDir relative paths are resolved against it, never against the JVM's folder
     * @throws IllegalArgumentException when {@code --stdout} and {@code -o PATH} are both given, as kompose refuses too
     */
    static OutputTarget choose(String out, boolean stdout, Path workingDir) {
        boolean outGiven = out != null && !out.isEmpty();
        if ("-".equals(out)) {
            return new Stdout();
        }
        if (stdout && outGiven) {
            throw new IllegalArgumentException("--out and --stdout cannot be used together: choose one");
        }
        if (stdout) {
            return new Stdout();
        }
        // Absolute, so that a single file always has a parent folder to write its temporary file in.
        Path base = workingDir.toAbsolutePath().normalize();
        if (!outGiven) {
            return new Folder(base);
        }
        Path path = base.resolve(out).normalize();
        boolean endsWithSeparator = out.endsWith("/") || out.endsWith(File.separator);
        if (endsWithSeparator || Files.isDirectory(path)) {
            return new Folder(path);
        }
        return new SingleFile(path);
    }
}
