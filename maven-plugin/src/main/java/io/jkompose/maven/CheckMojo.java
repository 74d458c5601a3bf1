package io.jkompose.maven;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the manifests in {@code outputDirectory} (a committed folder, say) differ from
 * what converting the Compose project gives now: missing, extra or changed files. Writes nothing; the
 * same as {@code jkompose convert --check -o DIR}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractManifestMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path folder = output();
        Loaded loaded = loadAndConvert();
        ManifestDrift drift;
        try {
            drift = ManifestDrift.of(folder, manifests(loaded), json);
        } catch (IOException e) {
            throw new MojoExecutionException("jkompose: cannot read " + shown(folder) + ": " + e.getMessage(), e);
        }
        if (drift.none()) {
            getLog().info("jkompose: the manifests in " + shown(folder) + " match the Compose project");
            return;
        }
        drift.missing().forEach(name -> getLog().error(folder.resolve(name) + ": missing: the conversion makes it"));
        drift.extra().forEach(name -> getLog().error(folder.resolve(name) + ": extra: the conversion no longer makes it"));
        drift.changed().forEach(name -> getLog().error(folder.resolve(name) + ": changed: differs from the conversion"));
        throw new MojoFailureException("jkompose: the manifests in " + shown(folder) + " differ from the Compose "
                + "project: " + drift.summary() + "; run the convert goal (or jkompose convert -o " + shown(folder)
                + ") and commit the result");
    }
}
