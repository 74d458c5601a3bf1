package io.jkompose.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.writers.ManifestWriter;
import io.jkompose.model.Project;
import io.jkompose.parser.ComposeLoader;
import io.jkompose.parser.DiskFileSource;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three in-process stages of {@code jkompose convert}, each alone, at several project sizes:
 * time per operation should grow linearly with the number of services.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBenchmark {

    @Param({"10", "100", "1000"})
    public int services;

    private LoadRequest request;
    private Project project;
    private List<HasMetadata> objects;
    private final ManifestWriter writer = new ManifestWriter();
    private final DiskFileSource files = new DiskFileSource();
    private final ConvertOptions options = ConvertOptions.defaults().withKomposeAnnotation(false, "", "");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = SyntheticProject.write(services);
        request = new LoadRequest(List.of("compose.yaml"), dir, Map.of(), List.of(), null, true);
        LoadResult loaded = ComposeLoader.load(request);
        if (loaded.hasErrors()) {
            throw new IllegalStateException("the synthetic project does not load: " + loaded.diagnostics());
        }
        project = loaded.project();
        objects = KubernetesConverter.convert(project, options, files).objects();
    }

    @Benchmark
    public LoadResult load() {
        return ComposeLoader.load(request);
    }

    @Benchmark
    public Object convert() {
        return KubernetesConverter.convert(project, options, files);
    }

    @Benchmark
    public String writeYaml() {
        return writer.yaml(objects);
    }
}
