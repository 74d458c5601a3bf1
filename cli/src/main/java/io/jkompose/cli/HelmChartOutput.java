package io.jkompose.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.writers.HelmChartWriter;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code convert --chart}: writes the chart folder as a whole. The chart is written into a new
 * folder beside the target and then put in place of it, so that a template of a removed service
 * does not stay behind, and a failure leaves the old chart (or nothing) as it was. An existing
 * folder is replaced only when it is empty or holds a {@code Chart.yaml}: a folder of other files is
 * never removed.
 */
final class HelmChartOutput {

    private final Invocation invocation;
    private final boolean verbose;

    HelmChartOutput(Invocation invocation, boolean verbose) {
        this.invocation = invocation;
        this.verbose = verbose;
    }

    /** The chart folder: {@code -o DIR}, else a folder named after the chart in the working folder. */
    static Path folder(String out, Path workingDir, String chartName) {
        Path base = workingDir.toAbsolutePath().normalize();
        return out == null || out.isEmpty() ? base.resolve(chartName) : base.resolve(out).normalize();
    }

    /** @throws CliException when the chart cannot be written (nothing changed then) */
    void write(Path folder, String chartName, List<HasMetadata> objects) {
        SortedMap<String, String> files = new HelmChartWriter().files(chartName, objects);
        try {
            replace(folder, files);
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT,
                    "cannot write the chart " + ManifestOutput.display(invocation.workingDir(), folder) + ": "
                            + IoErrors.describe(e), e);
        }
        if (verbose) {
            invocation.err().println("created the chart " + ManifestOutput.display(invocation.workingDir(), folder)
                    + " (" + files.size() + " files)");
        }
    }

    static void replace(Path folder, SortedMap<String, String> files) throws IOException {
        boolean exists = Files.exists(folder);
        if (exists && !Files.isDirectory(folder)) {
            throw new IOException(folder + " exists and is not a folder");
        }
        if (exists && !isEmpty(folder) && !Files.isRegularFile(folder.resolve("Chart.yaml"))) {
            throw new IOException(folder + " holds files but no Chart.yaml: it is not a chart folder, so it is not "
                    + "replaced; choose another folder with -o");
        }
        Path parent = folder.getParent();
        Files.createDirectories(parent);
        String suffix = "." + ProcessHandle.current().pid();
        Path fresh = parent.resolve("." + folder.getFileName() + suffix + ".new");
        Path old = parent.resolve("." + folder.getFileName() + suffix + ".old");
        try {
            writeTree(fresh, files);
            if (exists) {
                move(folder, old);
                try {
                    move(fresh, folder);
                } catch (IOException e) {
                    move(old, folder);
                    throw e;
                }
                deleteTree(old);
            } else {
                move(fresh, folder);
            }
        } finally {
            deleteTree(fresh);
        }
    }

    /** Writes files keyed by '/'-separated relative paths, one folder at a time. */
    private static void writeTree(Path root, SortedMap<String, String> files) throws IOException {
        Map<String, SortedMap<String, String>> byFolder = new TreeMap<>();
        files.forEach((path, content) -> {
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            byFolder.computeIfAbsent(folder, f -> new TreeMap<>()).put(path.substring(slash + 1), content);
        });
        Files.createDirectories(root);
        for (Map.Entry<String, SortedMap<String, String>> folder : byFolder.entrySet()) {
            Path target = folder.getKey().isEmpty() ? root : root.resolve(folder.getKey());
            new FileSetWriter().write(target, folder.getValue());
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
