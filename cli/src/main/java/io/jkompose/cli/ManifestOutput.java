package io.jkompose.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.writers.ManifestFileNames;
import io.jkompose.converters.writers.ManifestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Puts converted objects where {@link OutputTarget} says. Everything is rendered in memory first and
 * files are written all or nothing, so a failure leaves no half-written output.
 */
final class ManifestOutput {

    private final Invocation invocation;
    private final boolean verbose;

    ManifestOutput(Invocation invocation, boolean verbose) {
        this.invocation = invocation;
        this.verbose = verbose;
    }

    /** The files a target other than stdout gets, rendered: a folder's, or a single file in its folder. */
    record Rendered(Path destination, Path folder, Map<String, String> files) {
    }

    static Rendered render(OutputTarget target, List<HasMetadata> objects, boolean json) {
        ManifestWriter writer = new ManifestWriter();
        if (target instanceof OutputTarget.SingleFile single) {
            Path file = single.file();
            return new Rendered(file, file.getParent(),
                    Map.of(file.getFileName().toString(), json ? writer.json(objects) : writer.yaml(objects)));
        }
        Path folder = ((OutputTarget.Folder) target).folder();
        return new Rendered(folder, folder, writer.files(objects, json));
    }

    /** @throws CliException when the files cannot be written (nothing is left behind then) */
    void write(OutputTarget target, List<HasMetadata> objects, boolean json) {
        ManifestWriter writer = new ManifestWriter();
        if (target instanceof OutputTarget.Stdout) {
            // written object by object: the whole text is never in memory
            stream(writer, objects, json, invocation.out());
            return;
        }
        Path destination = target instanceof OutputTarget.Folder folder ? folder.folder()
                : ((OutputTarget.SingleFile) target).file();
        List<Path> written;
        try {
            if (target instanceof OutputTarget.Folder) {
                // each file written as its batch is rendered: the whole set is never in memory
                List<String> names = ManifestFileNames.of(objects, json ? ".json" : ".yaml");
                FileSetWriter.Contents contents = sink -> writer.writeFiles(objects, names, json, sink::accept);
                List<String> sorted = names.stream().sorted().toList();
                written = replacesWholeFolder(target)
                        ? new FolderReplacement().write(destination, sorted, contents)
                        : new FileSetWriter().write(destination, sorted, contents);
            } else {
                // one file, written as the objects are rendered: the whole text is never in memory
                Path file = destination.toAbsolutePath();
                written = List.of(new FileSetWriter().write(file.getParent(), file.getFileName().toString(), out -> {
                    try {
                        stream(writer, objects, json, out);
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }));
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT,
                    "cannot write " + display(destination) + ": " + IoErrors.describe(e), e);
        } catch (IllegalArgumentException e) {
            // an object name that would lead out of the folder: nothing is written
            throw new CliException(ExitCode.INVALID_INPUT,
                    "cannot write " + display(destination) + ": " + e.getMessage(), e);
        }
        if (verbose) {
            written.forEach(path -> invocation.err().println("created " + display(path)));
        }
    }

    /** The objects as one YAML stream or one JSON list, written object by object. */
    private static void stream(ManifestWriter writer, List<HasMetadata> objects, boolean json, Writer out) {
        if (json) {
            writer.writeJson(objects, out);
        } else {
            writer.writeYaml(objects, out);
        }
    }

    /**
     * Whether the target is a folder of its own ({@code -o DIR}) that is replaced as a whole, so that an
     * interrupted run leaves the old folder or the new one. The working folder (no {@code -o}, or
     * {@code -o .}) and the folders that hold it are never renamed from under the user: there each
     * file is replaced on its own, atomically.
     */
    private boolean replacesWholeFolder(OutputTarget target) {
        if (!(target instanceof OutputTarget.Folder folder)) {
            return false;
        }
        Path working = invocation.workingDir().toAbsolutePath().normalize();
        return !working.startsWith(folder.folder().toAbsolutePath().normalize());
    }

    /** A path as the user would write it: relative to the working folder when inside it. */
    private String display(Path path) {
        return display(invocation.workingDir(), path);
    }

    static String display(Path workingFolder, Path path) {
        Path workingDir = workingFolder.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(workingDir) && !absolute.equals(workingDir)) {
            return workingDir.relativize(absolute).toString();
        }
        return absolute.toString();
    }
}
