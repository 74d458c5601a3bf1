package io.jkompose.converters.steps.storage;

import io.jkompose.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a bind mount's source is on this machine, for deciding whether its files become a ConfigMap.
 * Only sources inside the project folder are read: a folder elsewhere (/tmp, ~/.aws, /etc) is the
 * state of one machine, not part of the project, and reading it would make the output depend on
 * where it is converted.
 */
public final class ProjectFiles {

    enum Kind {
        /** A regular file inside the project. */
        FILE,
        /** A folder inside the project with at least one regular file directly in it. */
        FOLDER,
        /** Inside the project, but nothing there, or a folder without files. */
        NOTHING,
        /** Outside the project folder (or not a path of this system). */
        OUTSIDE,
        /** There, but it cannot be read. */
        UNREADABLE
    }

    /**
     * @param files      the regular files (one for FILE; those directly in the folder for FOLDER), sorted
     * @param subfolders names of the folders in a FOLDER, which a ConfigMap cannot hold
     * @param problem    why it cannot be read (UNREADABLE)
     */
    record Source(Kind kind, Path path, List<Path> files, List<String> subfolders, String problem) {

        static Source of(Kind kind, Path path) {
            return new Source(kind, path, List.of(), List.of(), null);
        }
    }

    private ProjectFiles() {
    }

    static Source inspect(Project project, String source) {
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            return Source.of(Kind.OUTSIDE, null);
        }
        Path root = project.workingDir();
        if (root == null || !path.isAbsolute() || !path.normalize().startsWith(root.toAbsolutePath().normalize())) {
            return Source.of(Kind.OUTSIDE, path);
        }
        path = path.normalize();
        if (Files.isRegularFile(path)) {
            return Files.isReadable(path) ? new Source(Kind.FILE, path, List.of(path), List.of(), null)
                    : new Source(Kind.UNREADABLE, path, List.of(), List.of(), "permission denied");
        }
        if (!Files.isDirectory(path)) {
            return Source.of(Kind.NOTHING, path);
        }
        List<Path> files = new ArrayList<>();
        List<String> subfolders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                } else if (Files.isDirectory(entry)) {
                    subfolders.add(entry.getFileName().toString());
                }
            }
        } catch (IOException | SecurityException e) {
            return new Source(Kind.UNREADABLE, path, List.of(), List.of(), e.getClass().getSimpleName());
        }
        return files.isEmpty() ? Source.of(Kind.NOTHING, path) : new Source(Kind.FOLDER, path, files, subfolders, null);
    }
}
