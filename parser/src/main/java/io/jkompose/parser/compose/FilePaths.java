package io.jkompose.parser.compose;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/** Why a path that should name a readable file does not, in words for a message. */
final class FilePaths {

    static final String MISSING = "does not exist";
    static final String LINK_LOOP = "is a symbolic link that leads in a loop";
    static final String DANGLING_LINK = "is a symbolic link to nothing";
    static final String FOLDER = "is a folder, not a file";
    static final String NOT_A_FILE = "is not a regular file";

    private FilePaths() {
    }

    /** One of the constants above, for a path that {@link Files#isRegularFile} refused. */
    static String whyNotAFile(Path file) {
        if (Files.isDirectory(file)) {
            return FOLDER;
        }
        if (Files.isSymbolicLink(file)) {
            try {
                Path target = file.toRealPath();
                return Files.isDirectory(target) ? FOLDER : NOT_A_FILE;
            } catch (FileSystemException e) {
                String reason = e.getReason();
                return reason != null && reason.toLowerCase(Locale.ROOT).contains("symbolic links")
                        ? LINK_LOOP : DANGLING_LINK;
            } catch (IOException e) {
                return DANGLING_LINK;
            }
        }
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? NOT_A_FILE : MISSING;
    }

    /** What to do about {@code problem} (a constant of this class). */
    static String hintFor(String problem) {
        return switch (problem) {
            case LINK_LOOP -> "point the link at a file, or name the file itself";
            case DANGLING_LINK -> "point the link at an existing file, or name the file itself";
            case FOLDER -> "name a file in the folder, not the folder itself";
            default -> "check the path; it is relative to the folder of the file that names it";
        };
    }

    /** The real path (links resolved) when there is one, else the path itself. */
    static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }
}
