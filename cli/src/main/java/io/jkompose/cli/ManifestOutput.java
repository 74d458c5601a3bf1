package io.jkompose.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.writers.ManifestWriter;
import java.io.IOException;
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
        if (target instanceof OutputTarget.Stdout) {
            ManifestWriter writer = new ManifestWriter();
            invocation.out().print(json ? writer.json(objects) : writer.yaml(objects));
            return;
        }
        Rendered rendered = render(target, objects, json);
        List<Path> written;
        try {
            written = new FileSetWriter().write(rendered.folder(), rendered.files());
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT,
                    "cannot write " + display(rendered.destination()) + ": " + IoErrors.describe(e), e);
        }
        if (verbose) {
            written.forEach(path -> invocation.err().println("created " + display(path)));
        }
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
