package io.jkompose.maven;

import io.jkompose.parser.LoadRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts the Compose project into Kubernetes manifests, one file per object, as
 * {@code jkompose convert -o DIR} does. Does nothing when neither the inputs (Compose files, env
 * files, configs, secrets, bind-mounted files), the parameters nor the outputs changed since the last
 * run, so that IDE builds stay fast.
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class ConvertMojo extends AbstractManifestMojo {

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** Convert even when nothing changed since the last run. */
    @Parameter(property = "jkompose.force", defaultValue = "false")
    boolean force;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path output = output();
        Path stampFile = stampFile(output);
        String settings = stampSettings();
        try {
            InputStamp last = force ? null : InputStamp.read(stampFile);
            if (last != null && last.digest().equals(InputStamp.digest(settings, last.inputs()))
                    && last.outputsIntact(output)) {
                getLog().info("jkompose: " + shown(output) + " is up to date (inputs and parameters unchanged); "
                        + "skipping the conversion");
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("jkompose: cannot read the inputs of the last run: " + e.getMessage(), e);
        }

        Loaded loaded = loadAndConvert();
        SortedMap<String, String> files = manifests(loaded);
        try {
            InputStamp last = InputStamp.read(stampFile);
            OutputFolder.Changes changes = OutputFolder.sync(output, files,
                    last == null ? List.of() : last.outputs().keySet());
            getLog().info("jkompose: " + files.size() + " manifests in " + shown(output) + " ("
                    + changes.written().size() + " written"
                    + (changes.deleted().isEmpty() ? "" : ", " + changes.deleted().size() + " removed") + ")");
            changes.written().forEach(name -> getLog().debug("jkompose: wrote " + name));
            changes.deleted().forEach(name -> getLog().info("jkompose: removed " + name + " (no longer made)"));
            SortedMap<String, String> outputs = new TreeMap<>();
            files.forEach((name, text) -> outputs.put(name, InputStamp.contentDigest(text)));
            new InputStamp(InputStamp.digest(settings, loaded.inputs()), List.copyOf(loaded.inputs()),
                    outputs).write(stampFile);
        } catch (IOException e) {
            throw new MojoExecutionException("jkompose: cannot write " + shown(output) + ": " + e.getMessage(), e);
        }
    }

    /** One stamp per output folder, in the build folder (so mvn clean forgets it). */
    private Path stampFile(Path output) {
        return buildDirectory.toPath().resolve("jkompose-stamps")
                .resolve(InputStamp.contentDigest(output.toString()).substring(0, 16) + ".stamp");
    }

    /**
     * Everything besides the files that decides the output: parameters, environment, version. Written
     * out in a fixed order (the request's own maps iterate in an order that differs from JVM to JVM).
     */
    private String stampSettings() throws MojoFailureException {
        LoadRequest request = loadRequest();
        return String.join("\n", "version " + version(), "command " + convertCommand(), "settings " + settings(),
                "files " + request.files(), "profiles " + request.profiles(), "name " + request.projectName(),
                "interpolate " + request.interpolate(), "format " + request.inputFormat(),
                "environment " + new TreeMap<>(request.environment()), "errorOnWarning " + errorOnWarning);
    }
}
