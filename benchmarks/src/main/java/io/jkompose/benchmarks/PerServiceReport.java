package io.jkompose.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PipelineBenchmark} through JMH and prints, after JMH's own table, a Markdown table with
 * the time per service of each benchmark and project (the number that the "≤ 0.2 ms per service"
 * target speaks of). Takes JMH's command-line options, for example
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jkompose.benchmarks.PerServiceReport -wi 3 -i 5 -f 1 \
 *     -p project=web-db-cache,100,1000 pipeline
 * </pre>
 * With {@code -prof gc}, the table also gives the bytes allocated per service.
 */
public final class PerServiceReport {

    private PerServiceReport() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(command);
        if (command.getIncludes().isEmpty()) {
            builder.include(PipelineBenchmark.class.getName());
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(table(results));
    }

    static String table(Collection<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
                .thenComparingInt(r -> PipelineBenchmark.services(r.getParams().getParam("project"))));
        boolean gc = sorted.stream().anyMatch(r -> allocation(r) != null);
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | project | services | ms/op | ± (99.9%) | ms/service | µs/service |")
                .append(gc ? " KiB allocated/service |" : "").append('\n');
        out.append("|---|---|---:|---:|---:|---:|---:|").append(gc ? "---:|" : "").append('\n');
        for (RunResult r : sorted) {
            String project = r.getParams().getParam("project");
            if (project == null) {
                continue;
            }
            int services = PipelineBenchmark.services(project);
            Result<?> primary = r.getPrimaryResult();
            double ms = toMillis(primary.getScore(), r.getParams().getTimeUnit());
            double error = toMillis(primary.getScoreError(), r.getParams().getTimeUnit());
            String benchmark = r.getParams().getBenchmark();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.4f | %.1f |",
                    benchmark.substring(benchmark.lastIndexOf('.') + 1), project, services, ms,
                    Double.isNaN(error) ? 0 : error, ms / services, 1000 * ms / services));
            if (gc) {
                Result<?> alloc = allocation(r);
                out.append(alloc == null ? " |" : String.format(Locale.ROOT, " %.1f |",
                        alloc.getScore() / 1024 / services));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Bytes allocated per operation, when JMH ran with {@code -prof gc}. */
    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() has raw Result values
    private static Result<?> allocation(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue();
            }
        }
        return null;
    }

    private static double toMillis(double value, TimeUnit unit) {
        return value * unit.toNanos(1) / 1_000_000.0;
    }
}
