package io.jkompose.maven;

import io.jkompose.converters.writers.ManifestWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** convert and check: the manifests as files, one per object, named as the CLI names them. */
abstract class AbstractManifestMojo extends AbstractConvertingMojo {

    /** The folder of the manifests ({@code -o}): where convert writes, what check compares with. */
    @Parameter(property = "jkompose.outputDirectory", defaultValue = "${project.build.directory}/jkompose")
    File outputDirectory;

    /** JSON instead of YAML ({@code -j}). */
    @Parameter(property = "jkompose.json", defaultValue = "false")
    boolean json;

    /** The manifests, file name to content, as {@code jkompose convert -o DIR} writes them. */
    SortedMap<String, String> manifests(Loaded loaded) {
        return new ManifestWriter().files(loaded.objects(), json);
    }

    /** Loads and converts, recording the same kompose.cmd as the equivalent {@code jkompose convert -o DIR}. */
    Loaded loadAndConvert() throws MojoFailureException {
        return load(true, convertCommand());
    }

    List<String> convertCommand() {
        List<String> words = new ArrayList<>();
        words.add("convert");
        words.addAll(inputFlags());
        words.addAll(settings().flags());
        if (json) {
            words.add("-j");
        }
        words.add("-o");
        words.add(shown(output()));
        return words;
    }

    Path output() {
        return basedir().resolve(outputDirectory.toPath()).normalize();
    }

    /** A path as a user of this project writes it: relative to its folder when inside, with '/'. */
    String shown(Path path) {
        Path base = basedir();
        return path.startsWith(base) && !path.equals(base)
                ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
    }
}
