package io.jkompose.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A snapshot of a folder: every regular file (relative path with {@code /} → bytes) and every
 * sub-folder. Two snapshots of the same folder, before and after a run, tell what the run wrote.
 */
record FileTree(SortedMap<String, byte[]> files, SortedSet<String> folders) {

    static FileTree of(Path root) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        SortedSet<String> folders = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return new FileTree(files, folders);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (path.equals(root)) {
                    continue;
                }
                String name = relative(root, path);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(name);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileTree(files, folders);
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** Copies {@code source} into {@code target}, leaving out the top-level entries that {@code skip} names. */
    static void copy(Path source, Path target, Predicate<String> skip) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = relative(source, path);
                if (!name.isEmpty() && skip.test(name.split("/", 2)[0])) {
                    continue;
                }
                Path copy = target.resolve(name);
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    // a symbolic link is copied as the link (a case may hold a link loop on purpose)
                    Files.copy(path, copy, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the given files (relative path → bytes) under {@code root}. */
    static void write(Path root, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
