package io.jkompose.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of files below one folder ({@code base/web-deployment.yaml},
 * {@code overlays/prod/kustomization.yaml}), all or nothing, as {@link FileSetWriter} writes one
 * folder: every file first goes to a temporary file beside its target, and only when all are written
 * are they moved into place. On a failure the temporary files, the targets that did not exist before
 * and the folders this call created are removed.
 */
final class FileTreeWriter {

    /**
     * @param root  the folder the paths are relative to; created with its missing parents when needed
     * @param files relative path ('/' between names) to content, written in this map's order
     * @return the written files, in the map's order
     * @throws IOException              when anything cannot be written; nothing is left behind then
     * @throws IllegalArgumentException when a path is absolute or has an empty, "." or ".." name
     */
    List<Path> write(Path root, Map<String, String> files) throws IOException {
        files.keySet().forEach(FileTreeWriter::checkPath);
        List<Path> createdFolders = new ArrayList<>();
        List<Path> temporaries = new ArrayList<>();
        List<Path> newTargets = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            String suffix = "." + ProcessHandle.current().pid() + ".tmp";
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                createFolders(target.getParent(), createdFolders);
                Path temporary = target.resolveSibling("." + target.getFileName() + suffix);
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                temporaries.add(temporary);
            }
            int index = 0;
            for (String name : files.keySet()) {
                Path target = root.resolve(name);
                boolean existed = Files.exists(target);
                FileSetWriter.rename(temporaries.get(index), target);
                temporaries.set(index, null);
                if (!existed) {
                    newTargets.add(target);
                }
                written.add(target);
                index++;
            }
            return written;
        } catch (IOException | RuntimeException failure) {
            List<Path> leftovers = new ArrayList<>(newTargets);
            temporaries.stream().filter(path -> path != null).forEach(leftovers::add);
            createdFolders.stream().sorted(Comparator.reverseOrder()).forEach(leftovers::add);
            for (Path path : leftovers) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }

    /** Creates {@code folder} and its missing parents, noting each one it made (outermost first). */
    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path path = folder.toAbsolutePath(); path != null && !Files.exists(path); path = path.getParent()) {
            missing.add(0, path);
        }
        for (Path path : missing) {
            Files.createDirectory(path);
            created.add(path);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " exists and is not a folder");
        }
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path: '" + path + "'");
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                throw new IllegalArgumentException("not a plain relative path: '" + path + "'");
            }
        }
    }
}
