package io.jkompose.converters.testing;

import io.jkompose.model.FileSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's files in memory, for the converters' tests: files by absolute path (their folders
 * exist implicitly), empty folders, and paths that cannot be read.
 */
public final class InMemoryFiles implements FileSource {

    private final Map<Path, byte[]> files = new TreeMap<>();
    private final TreeSet<Path> folders = new TreeSet<>();
    private final Map<Path, String> unreadable = new HashMap<>();

    /** No files at all: every path is missing. */
    public static InMemoryFiles none() {
        return new InMemoryFiles();
    }

    /** A text file (UTF-8), and the folders above it. */
    public InMemoryFiles file(Path path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public InMemoryFiles file(Path path, byte[] content) {
        Path normal = absolute(path);
        files.put(normal, content.clone());
        addFolders(normal.getParent());
        return this;
    }

    /** A folder, maybe empty. */
    public InMemoryFiles folder(Path path) {
        addFolders(absolute(path));
        return this;
    }

    /** Something at the path that cannot be read, for {@code problem}. */
    public InMemoryFiles unreadable(Path path, String problem) {
        unreadable.put(absolute(path), problem);
        return this;
    }

    @Override
    public Entry stat(Path path) {
        Path normal = absolute(path);
        if (unreadable.containsKey(normal)) {
            return Entry.unreadable(unreadable.get(normal));
        }
        if (files.containsKey(normal)) {
            return Entry.file();
        }
        if (!folders.contains(normal)) {
            return Entry.missing();
        }
        List<String> fileNames = new ArrayList<>();
        List<String> folderNames = new ArrayList<>();
        for (Path file : files.keySet()) {
            if (normal.equals(file.getParent()) && !unreadable.containsKey(file)) {
                fileNames.add(file.getFileName().toString());
            }
        }
        for (Path folder : folders) {
            if (normal.equals(folder.getParent())) {
                folderNames.add(folder.getFileName().toString());
            }
        }
        return Entry.folder(fileNames, folderNames);
    }

    @Override
    public byte[] read(Path path) throws IOException {
        Path normal = absolute(path);
        if (unreadable.containsKey(normal)) {
            throw new AccessDeniedException(normal.toString());
        }
        byte[] content = files.get(normal);
        if (content == null) {
            throw new NoSuchFileException(normal.toString());
        }
        return content.clone();
    }

    private void addFolders(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            folders.add(at);
        }
    }

    private static Path absolute(Path path) {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("in-memory files have absolute paths, not " + path);
        }
        return path.normalize();
    }
}
