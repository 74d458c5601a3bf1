package io.jkompose.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.model.Project;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quick look at how each stage scales, up to sizes JMH would take too long for: for each size N it
 * runs load, convert, write (YAML stream) and write (files) a few times in one JVM, after a warm-up,
 * and prints the median time of each stage per service. A stage whose time per service grows with N
 * is worse than linear; the last columns give the growth from the previous size (1.0 = linear) and
 * the part of each stage's time the JVM spent collecting garbage (a large live heap makes collections
 * dearer, which looks superlinear without any quadratic code).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jkompose.benchmarks.ScaleCheck [--rounds R] [N ...]
 * </pre>
 * Defaults: 3 rounds, sizes 100 1000 10000. To see where a stage spends its time, add
 * {@code -XX:StartFlightRecording=filename=scale.jfr} (see benchmarks/README.md).
 */
public final class ScaleCheck {

    private static final String[] STAGES = {"load", "convert", "yaml", "files"};

    private ScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(100, 1000, 10000));
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "# ScaleCheck: %d rounds per size, median per stage; Java %s, %d CPUs, max heap %d MiB%n",
                rounds, System.getProperty("java.version"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20);

        // Warm-up: enough runs of a mid-sized project that the JIT has compiled the hot paths.
        Workload warm = Workload.of("500");
        long until = System.nanoTime() + 10_000_000_000L;
        for (int i = 0; i < 5 || System.nanoTime() < until && i < 40; i++) {
            run(warm);
        }
        System.out.println("# warm-up done at " + LocalTime.now() + " (profile samples before this are the warm-up's)");

        System.out.println();
        System.out.println("| services | objects | load ms | convert ms | write yaml ms | write files ms | total ms "
                + "| load µs/svc | convert µs/svc | yaml µs/svc | files µs/svc | total µs/svc "
                + "| live heap after convert MiB | GC ms in load, convert, yaml, files "
                + "| growth of µs/svc vs previous size (load, convert, yaml, files) | the same, GC time left out |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        double[] previous = null;
        double[] previousWithoutGc = null;
        for (int n : sizes) {
            Workload workload = Workload.of(Integer.toString(n));
            double[][] times = new double[STAGES.length][rounds];
            double[][] gcTimes = new double[STAGES.length][rounds];
            int objects = 0;
            long heap = 0;
            for (int r = 0; r < rounds; r++) {
                System.gc();
                Sample sample = run(workload);
                for (int s = 0; s < STAGES.length; s++) {
                    times[s][r] = sample.millis[s];
                    gcTimes[s][r] = sample.gcMillis[s];
                }
                objects = sample.objects;
                heap = Math.max(heap, sample.heapAfterConvert);
            }
            double[] median = new double[STAGES.length];
            double total = 0;
            StringBuilder gc = new StringBuilder();
            for (int s = 0; s < STAGES.length; s++) {
                median[s] = median(times[s]);
                total += median[s];
                gc.append(s == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", median(gcTimes[s])));
            }
            double[] perService = new double[STAGES.length];
            double[] withoutGc = new double[STAGES.length];
            StringBuilder growth = new StringBuilder();
            StringBuilder growthWithoutGc = new StringBuilder();
            for (int s = 0; s < STAGES.length; s++) {
                perService[s] = 1000 * median[s] / n;
                withoutGc[s] = 1000 * Math.max(0, median(difference(times[s], gcTimes[s]))) / n;
                if (previous != null) {
                    growth.append(s == 0 ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%.2f", perService[s] / previous[s]));
                    growthWithoutGc.append(s == 0 ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%.2f", withoutGc[s] / previousWithoutGc[s]));
                }
            }
            System.out.printf(Locale.ROOT,
                    "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s |%n",
                    n, objects, median[0], median[1], median[2], median[3], total,
                    perService[0], perService[1], perService[2], perService[3], 1000 * total / n,
                    heap >> 20, gc, previous == null ? "—" : growth, previous == null ? "—" : growthWithoutGc);
            previous = perService;
            previousWithoutGc = withoutGc;
        }
    }

    private record Sample(double[] millis, double[] gcMillis, int objects, long heapAfterConvert) {
    }

    private static Sample run(Workload workload) {
        double[] millis = new double[STAGES.length];
        double[] gcMillis = new double[STAGES.length];
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        Project project = workload.loadChecked();
        long t1 = System.nanoTime();
        long gc1 = gcMillis();
        List<HasMetadata> objects = workload.convertChecked(project);
        long t2 = System.nanoTime();
        long gc2 = gcMillis();
        Runtime runtime = Runtime.getRuntime();
        System.gc(); // not timed: what the project and its objects keep alive
        long heap = runtime.totalMemory() - runtime.freeMemory();
        long gc3 = gcMillis();
        long t3 = System.nanoTime();
        int chars = workload.yaml(objects).length();
        long t4 = System.nanoTime();
        long gc4 = gcMillis();
        int files = workload.files(objects).size();
        long t5 = System.nanoTime();
        long gc5 = gcMillis();
        millis[0] = (t1 - t0) / 1e6;
        millis[1] = (t2 - t1) / 1e6;
        millis[2] = (t4 - t3) / 1e6;
        millis[3] = (t5 - t4) / 1e6;
        gcMillis[0] = gc1 - gc0;
        gcMillis[1] = gc2 - gc1;
        gcMillis[2] = gc4 - gc3;
        gcMillis[3] = gc5 - gc4;
        if (chars == 0 || files != objects.size()) {
            throw new IllegalStateException("the writers wrote nothing");
        }
        return new Sample(millis, gcMillis, objects.size(), heap);
    }

    /** Time all collectors have spent so far (pauses; for G1 also its concurrent cycles). */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
