package io.jkompose.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.model.Project;
import io.jkompose.parser.DiskFileSource;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadLimits;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A project to benchmark and the library path the Maven plugin (and the CLI) runs on it: load with
 * {@link ProjectLoader}, convert with {@link KubernetesConverter}, write with {@link ManifestWriter}.
 *
 * <p>A project is named {@code web-db-cache} (the example of that name, 3 services) or by a number of
 * services N (a {@link SyntheticProject} of N services, written to a temporary folder).
 */
final class Workload {

    /** The example project that stands for a typical small application. */
    static final String EXAMPLE = "web-db-cache";

    /**
     * The default limits, but with room for 50,000 generated services (their file is ~32 MB, above
     * the default 16 Mi characters; the default allows 10,000 services).
     */
    static final LoadLimits LIMITS = new LoadLimits(256 * 1024 * 1024, LoadLimits.DEFAULT.maxDepth(),
            1_000_000_000L, LoadLimits.DEFAULT.maxScalarChars(), 1_000_000);

    /** The CLI's and the Maven plugin's defaults, kompose.cmd and kompose.version annotations included. */
    static final ConvertOptions OPTIONS = ConvertOptions.defaults()
            .withKomposeAnnotation(true, "jkompose convert -o target/jkompose", "bench");

    final String name;
    final int services;
    final LoadRequest request;
    private final ManifestWriter writer = new ManifestWriter();
    private final DiskFileSource files = new DiskFileSource();

    private Workload(String name, int services, Path dir) {
        this.name = name;
        this.services = services;
        this.request = new LoadRequest(List.of("compose.yaml"), dir, Map.of(), List.of(), null, true, null,
                InputFormat.AUTO, LIMITS);
    }

    /** {@code web-db-cache} or a number of generated services. */
    static Workload of(String project) throws IOException {
        if (project.equals(EXAMPLE)) {
            return new Workload(project, 3, exampleFolder());
        }
        int services = Integer.parseInt(project);
        return new Workload(project, services, SyntheticProject.write(services));
    }

    LoadResult load() {
        return ProjectLoader.load(request);
    }

    /** Loads, and fails when the project has errors (a benchmark of a failing load measures nothing). */
    Project loadChecked() {
        LoadResult loaded = load();
        if (loaded.hasErrors()) {
            throw new IllegalStateException(name + " does not load: " + loaded.diagnostics());
        }
        return loaded.project();
    }

    ConversionResult convert(Project project) {
        return KubernetesConverter.convert(project, OPTIONS, files);
    }

    /** Converts, and fails on errors. */
    List<HasMetadata> convertChecked(Project project) {
        ConversionResult converted = convert(project);
        if (converted.hasErrors()) {
            throw new IllegalStateException(name + " does not convert: " + converted.diagnostics());
        }
        return converted.objects();
    }

    /** {@code convert --stdout}: one YAML stream. */
    String yaml(List<HasMetadata> objects) {
        return writer.yaml(objects);
    }

    /** {@code convert -o DIR} and the Maven plugin: file name to content, one per object. */
    SortedMap<String, String> files(List<HasMetadata> objects) {
        return writer.files(objects, false);
    }

    /**
     * examples/web-db-cache of this checkout: from {@code -Djkompose.root=DIR}, else the first folder
     * upwards from the working folder that holds it (so run from anywhere inside the checkout).
     */
    static Path exampleFolder() {
        String root = System.getProperty("jkompose.root");
        Path start = Path.of(root == null ? "" : root).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("examples").resolve(EXAMPLE);
            if (Files.isRegularFile(example.resolve("compose.yaml"))) {
                return example;
            }
        }
        throw new IllegalStateException("examples/" + EXAMPLE + "/compose.yaml not found upwards from " + start
                + ": run from the jkompose checkout or give -Djkompose.root=DIR");
    }
}
