package io.jkompose.converters.plan;

import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a bind mount's source is among the project's files, for deciding whether its files become
 * a ConfigMap. Only sources inside the project folder are looked at: a folder elsewhere (/tmp,
 * ~/.aws, /etc) is the state of one machine, not part of the project, and reading it would make
 * the output depend on where it is converted.
 */
final class BindSources {

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

    private BindSources() {
    }

    static Source inspect(Project project, FileSource files, String source) {
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
        FileSource.Entry entry = files.stat(path);
        return switch (entry.kind()) {
            case FILE -> new Source(Kind.FILE, path, List.of(path), List.of(), null);
            case UNREADABLE -> new Source(Kind.UNREADABLE, path, List.of(), List.of(), entry.problem());
            case MISSING -> Source.of(Kind.NOTHING, path);
            case FOLDER -> {
                if (entry.files().isEmpty()) {
                    yield Source.of(Kind.NOTHING, path);
                }
                Path folder = path;
                yield new Source(Kind.FOLDER, path, entry.files().stream().map(folder::resolve).toList(),
                        entry.folders(), null);
            }
        };
    }
}
