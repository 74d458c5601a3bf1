package io.jkompose.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.model.Project;
import io.jkompose.parser.LoadResult;
import java.io.IOException;
import java.util.List;
import java.util.SortedMap;
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
 * The in-process path of the Maven plugin and the IDE: {@link #pipeline} loads, converts and writes
 * the manifests (file name to YAML, as {@code jkompose:convert} and {@code convert -o DIR} make them);
 * {@link #load}, {@link #convert}, {@link #writeYaml} and {@link #writeFiles} time each stage alone.
 *
 * <p>{@code project} is {@code web-db-cache} (the 3-service example) or a number of generated services
 * ({@link SyntheticProject}). Time per operation should grow linearly with the number of services: a
 * jump means something quadratic crept in. {@link PerServiceReport} runs this class and divides by the
 * number of services.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({Workload.EXAMPLE, "100", "1000"})
    public String project;

    private Workload workload;
    private Project loaded;
    private List<HasMetadata> objects;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        workload = Workload.of(project);
        loaded = workload.loadChecked();
        objects = workload.convertChecked(loaded);
    }

    /** Load, convert, write: what {@code jkompose:convert} does besides touching the disk. */
    @Benchmark
    public SortedMap<String, String> pipeline() {
        return workload.files(workload.convertChecked(workload.loadChecked()));
    }

    @Benchmark
    public LoadResult load() {
        return workload.load();
    }

    @Benchmark
    public Object convert() {
        return workload.convert(loaded);
    }

    /** {@code convert --stdout}'s writer: one YAML stream. */
    @Benchmark
    public String writeYaml() {
        return workload.yaml(objects);
    }

    /** {@code convert -o DIR}'s and the plugin's writer: one YAML text per object, by file name. */
    @Benchmark
    public SortedMap<String, String> writeFiles() {
        return workload.files(objects);
    }

    /** The number of services of a {@code project} value. */
    static int services(String project) {
        return project.equals(Workload.EXAMPLE) ? 3 : Integer.parseInt(project);
    }
}
