package io.jkompose.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files a project refers to (bind-mounted project files, config and secret files), as the
 * converters see them: they never touch the disk themselves, so that a conversion is a function
 * of its inputs and tests can hand it files from memory. Which paths are worth reading is the
 * caller's policy, not the source's.
 */
public interface FileSource {

    /** What is at a path. */
    Entry stat(Path path);

    /**
     * The bytes of a regular file.
     *
     * @throws java.nio.file.NoSuchFileException   when there is no such file
     * @throws java.nio.file.AccessDeniedException when it may not be read
     * @throws IOException                         for any other failure
     */
    byte[] read(Path path) throws IOException;

    /** The kinds of {@link Entry}. */
    enum Kind {
        /** A regular file that can be read. */
        FILE,
        /** A folder whose entries could be listed. */
        FOLDER,
        /** Nothing there (or something that is neither a file nor a folder, such as a socket). */
        MISSING,
        /** A file or folder that is there but cannot be read or listed. */
        UNREADABLE
    }

    /**
     * What {@link #stat(Path)} found.
     *
     * @param kind    what it is
     * @param files   for a FOLDER, the names of the regular files directly in it, sorted; else empty
     * @param folders for a FOLDER, the names of the folders directly in it, sorted; else empty
     * @param problem for UNREADABLE, why (such as "permission denied"); else null
     */
    record Entry(Kind kind, List<String> files, List<String> folders, String problem) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            files = Copies.list(files);
            folders = Copies.list(folders);
        }

        public static Entry file() {
            return new Entry(Kind.FILE, List.of(), List.of(), null);
        }

        public static Entry folder(List<String> files, List<String> folders) {
            return new Entry(Kind.FOLDER, files, folders, null);
        }

        public static Entry missing() {
            return new Entry(Kind.MISSING, List.of(), List.of(), null);
        }

        public static Entry unreadable(String problem) {
            return new Entry(Kind.UNREADABLE, List.of(), List.of(), problem);
        }
    }
}
