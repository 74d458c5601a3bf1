package io.jkompose.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a set of files into one folder, all or nothing: every file first goes to a temporary file
 * beside its target, and only when all of them are written are they moved into place. On a failure
 * the temporary files, the targets that did not exist before and the folders this call created are
 * removed. (A file that existed before and was already replaced when a later move fails keeps the
 * new content: moves within one folder are renames, which fail only in exotic cases.)
 */
public final class FileSetWriter {

    /** Moves a written temporary file onto its target; replaceable so tests can make it fail. */
    @FunctionalInterface
    public interface Mover {
        void move(Path source, Path target) throws IOException;
    }

    private final Mover mover;

    public FileSetWriter() {
        this(FileSetWriter::rename);
    }

    public FileSetWriter(Mover mover) {
        this.mover = mover;
    }

    /** Hands out the content of each file of a set, one at a time, so that not all need be in memory at once. */
    @FunctionalInterface
    public interface Contents {
        void forEach(Sink sink) throws IOException;

        /** The contents of files already in memory, in the map's order. */
        static Contents of(Map<String, String> files) {
            return sink -> {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    sink.accept(file.getKey(), file.getValue());
                }
            };
        }
    }

    /** Takes the content of one file. */
    @FunctionalInterface
    public interface Sink {
        void accept(String name, Text text) throws IOException;

        default void accept(String name, String content) throws IOException {
            accept(name, Text.of(content));
        }
    }

    /** A file's text, written into the file: all at once, or as it is made (never whole in memory). */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;

        static Text of(String content) {
            return new Whole(content);
        }
    }

    /** A text already made, which is written in one call. */
    private record Whole(String content) implements Text {
        @Override
        public void writeTo(Writer out) throws IOException {
            out.write(content);
        }
    }

    /**
     * @param folder the target folder; created with its missing parents when needed
     * @param files  file name to content, written in this map's order
     * @return the written files, in the map's order
     * @throws IOException              when anything cannot be written; nothing is left behind then
     * @throws IllegalArgumentException when a name is not a plain file name
     */
    public List<Path> write(Path folder, Map<String, String> files) throws IOException {
        return write(folder, List.copyOf(files.keySet()), Contents.of(files));
    }

    /**
     * The same as {@link #write(Path, Map)} for contents made while they are written.
     *
     * @param names    the files, in the order they are put in place and returned
     * @param contents each named file's content, once, in any order
     * @throws IllegalStateException when {@code contents} gives a file not named, or not every one named
     */
    public List<Path> write(Path folder, List<String> names, Contents contents) throws IOException {
        names.forEach(FileSetWriter::checkName);
        Path createdRoot = firstMissing(folder);
        if (createdRoot == null && !Files.isDirectory(folder)) {
            throw new IOException(folder + " exists and is not a folder");
        }
        Map<String, Path> temporaries = new LinkedHashMap<>();
        List<Path> newTargets = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            String suffix = "." + ProcessHandle.current().pid() + ".tmp";
            forEachNamed(names, contents, (name, text) -> {
                // Files.createTempFile would make the manifests owner-only (0600); this keeps the umask's mode.
                Path temporary = folder.resolve("." + name + suffix);
                // a leftover (or a link planted under this name) is removed, never followed; CREATE_NEW
                // refuses anything that appears in between
                Files.deleteIfExists(temporary);
                temporaries.put(name, temporary);
                writeNew(temporary, text);
            });
            for (String name : names) {
                Path target = folder.resolve(name);
                boolean existed = Files.exists(target);
                mover.move(temporaries.get(name), target);
                temporaries.remove(name);
                if (!existed) {
                    newTargets.add(target);
                }
                written.add(target);
            }
            return written;
        } catch (IOException | RuntimeException failure) {
            undo(failure, List.copyOf(temporaries.values()), newTargets, createdRoot);
            throw failure;
        }
    }

    /**
     * One file whose text is written as it is made ({@code -o all.yaml}): into a temporary beside it,
     * then moved into place, as {@link #write(Path, Map)} does.
     */
    public Path write(Path folder, String name, Text text) throws IOException {
        return write(folder, List.of(name), sink -> sink.accept(name, text)).get(0);
    }

    /**
     * Hands each content of {@code contents} to {@code sink}, each of {@code names} once and no other.
     *
     * @throws IllegalStateException when a file not named, or one given twice, comes, or when a named one never does
     */
    static void forEachNamed(List<String> names, Contents contents, Sink sink) throws IOException {
        Set<String> pending = new HashSet<>(names);
        contents.forEach((name, text) -> {
            if (!pending.remove(name)) {
                throw new IllegalStateException("a file not named, or given twice: " + name);
            }
            sink.accept(name, text);
        });
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " named files were not given");
        }
    }

    /** Creates the file (never an existing one: CREATE_NEW) with the text, in UTF-8. */
    static void writeNew(Path file, Text text) throws IOException {
        if (text instanceof Whole whole) {
            Files.writeString(file, whole.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            text.writeTo(out);
        }
    }

    private static void undo(Exception failure, List<Path> temporaries, List<Path> newTargets, Path createdRoot) {
        List<Path> leftovers = new ArrayList<>(newTargets);
        leftovers.addAll(temporaries);
        for (Path path : leftovers) {
            deleteQuietly(path, failure);
        }
        if (createdRoot != null) {
            deleteTree(createdRoot, failure);
        }
    }

    private static void deleteTree(Path root, Exception failure) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> deleteQuietly(path, failure));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteQuietly(Path path, Exception failure) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The outermost folder of {@code folder}'s chain that does not exist yet, or null when it exists. */
    static Path firstMissing(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute)) {
            return null;
        }
        Path missing = absolute;
        for (Path parent = absolute.getParent(); parent != null && !Files.exists(parent); parent = parent.getParent()) {
            missing = parent;
        }
        return missing;
    }

    static void checkName(String name) {
        if (!isPlainFileName(name)) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
    }

    /**
     * Whether {@code name} names a file directly in a folder: not empty, no separator, not {@code .}
     * or {@code ..}, no NUL; a name that passes cannot lead a write out of the folder.
     */
    public static boolean isPlainFileName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path path = Path.of(name);
            return path.getNameCount() == 1 && !path.isAbsolute() && path.getFileName().toString().equals(name);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Replaces {@code target}, atomically where the file system can; also FileTreeWriter's. */
    static void rename(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems refuse atomic replacement; a plain replacing move is the next best thing.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
