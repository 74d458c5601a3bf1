package io.jkompose.parser;

import io.jkompose.model.FileSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's files on this machine's disk: what the converters read a project's files through
 * when it was loaded from disk. It reads whatever it is asked for; which paths to ask for is the
 * converters' business.
 */
public final class DiskFileSource implements FileSource {

    @Override
    public Entry stat(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return Files.isReadable(path) ? Entry.file() : Entry.unreadable("permission denied");
            }
            if (!Files.isDirectory(path)) {
                return Entry.missing();
            }
            List<String> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            try (Stream<Path> entries = Files.list(path)) {
                for (Path entry : entries.sorted().toList()) {
                    if (Files.isRegularFile(entry)) {
                        files.add(entry.getFileName().toString());
                    } else if (Files.isDirectory(entry)) {
                        folders.add(entry.getFileName().toString());
                    }
                }
            }
            return Entry.folder(files, folders);
        } catch (IOException | SecurityException e) {
            return Entry.unreadable(e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException
                    ? "permission denied" : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                            ? fs.getReason() : "it cannot be listed");
        }
    }

    @Override
    public byte[] read(Path path) throws IOException {
        try {
            return Files.readAllBytes(path);
        } catch (SecurityException e) {
            throw new java.nio.file.AccessDeniedException(path.toString(), null, e.getMessage());
        }
    }
}
