package io.jkompose.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a set of files into a folder by building the folder's next state beside it and putting
 * that in place with renames, so that the folder is at any moment either as it was or as it will
 * be, never a mix, even when the process is killed.
 *
 * <ol>
 *   <li>{@code .NAME.jkompose-new-PID} is created beside the folder (a fresh folder: nothing
 *       planted in it can be followed); the folder's other entries are hard-linked (or copied) into
 *       it, symbolic links as links, and the new files are written into it with
 *       {@code CREATE_NEW}.</li>
 *   <li>When everything is written: the folder is renamed to {@code .NAME.jkompose-old-PID}, the new
 *       one to NAME, and the old one is deleted. Without an old folder, one rename.</li>
 * </ol>
 *
 * A run killed before the first rename leaves the old folder and a {@code -new-} leftover; killed
 * between the two renames (a window of one system call) it leaves the old folder under its
 * {@code -old-} name. The next run repairs both before it starts: a {@code -new-} leftover of a
 * process that is gone is deleted, a {@code -old-} leftover is renamed back when the folder is
 * missing and deleted otherwise.
 */
public final class FolderReplacement {

    private static final String NEW = ".jkompose-new-";
    private static final String OLD = ".jkompose-old-";

    /**
     * @param folder the folder to create or replace (its parent is created when missing)
     * @param files  plain file name to content
     * @return the written files, as they are named after the replacement
     * @throws IOException              when anything fails; the folder is then as it was and nothing is left behind
     * @throws IllegalArgumentException when a name is not a plain file name
     */
    public List<Path> write(Path folder, Map<String, String> files) throws IOException {
        return write(folder, List.copyOf(files.keySet()), FileSetWriter.Contents.of(files));
    }

    /**
     * The same as {@link #write(Path, Map)} for contents made while they are written.
     *
     * @param names    the files, in the order they are returned
     * @param contents each named file's content, once, in any order
     * @throws IllegalStateException when {@code contents} gives a file not named, or not every one named
     */
    public List<Path> write(Path folder, List<String> names, FileSetWriter.Contents contents) throws IOException {
        names.forEach(FileSetWriter::checkName);
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            // the user's own link (-o names it): replace the folder it points to
            target = target.toRealPath();
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot replace the root folder " + target);
        }
        String name = target.getFileName().toString();
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Path createdRoot = FileSetWriter.firstMissing(parent);
        Files.createDirectories(parent);
        exists = repair(parent, name, target);

        String pid = Long.toString(ProcessHandle.current().pid());
        Path staging = parent.resolve("." + name + NEW + pid);
        Path old = parent.resolve("." + name + OLD + pid);
        List<Path> written = new ArrayList<>();
        try {
            deleteTree(staging);
            Files.createDirectory(staging);
            if (exists) {
                copyPermissions(target, staging);
                linkEntries(target, staging, new HashSet<>(names));
            }
            FileSetWriter.forEachNamed(names, contents,
                    (fileName, text) -> FileSetWriter.writeNew(staging.resolve(fileName), text));
            for (String fileName : names) {
                written.add(target.resolve(fileName));
            }
            if (exists) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                deleteTree(old);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return written;
        } catch (IOException | RuntimeException failure) {
            try {
                deleteTree(staging);
                if (createdRoot != null && !Files.exists(target)) {
                    deleteTree(createdRoot);
                }
            } catch (IOException | RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /**
     * Repairs what an interrupted run left beside {@code target} (see the class comment).
     *
     * @return whether the target folder exists afterwards
     */
    static boolean repair(Path parent, String name, Path target) throws IOException {
        String prefix = "." + name;
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, entry -> {
            String entryName = entry.getFileName().toString();
            return entryName.startsWith(prefix + NEW) || entryName.startsWith(prefix + OLD);
        })) {
            entries.forEach(leftovers::add);
        }
        leftovers.sort(Comparator.naturalOrder());
        for (Path leftover : leftovers) {
            String entryName = leftover.getFileName().toString();
            boolean isNew = entryName.startsWith(prefix + NEW);
            String pidText = entryName.substring((prefix + (isNew ? NEW : OLD)).length());
            if (!pidText.chars().allMatch(Character::isDigit) || pidText.isEmpty()
                    || !Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            long pid = Long.parseLong(pidText);
            if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue; // another run is writing right now
            }
            if (!isNew && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }

    /** Every entry of {@code from} except the ones about to be written, into {@code to}; links stay links. */
    private static void linkEntries(Path from, Path to, Set<String> replaced) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (replaced.contains(entryName)) {
                    continue;
                }
                copyTree(entry, to.resolve(entryName));
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(target);
            copyPermissions(source, target);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
                for (Path entry : entries) {
                    copyTree(entry, target.resolve(entry.getFileName().toString()));
                }
            }
        } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                // no hard links here (another file system, say): a copy holds the same
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        } else {
            // a symbolic link (copied as the link, never followed), or something else that copy can recreate
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Deletes a tree without following a symbolic link out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
