package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * A service's {@code kompose.hpa.*} labels, checked once: scale between {@code minReplicas} and
 * {@code maxReplicas} on the average CPU and memory use in percent of the requests. Without either
 * metric label both are used with kompose's defaults (50 and 70); with one, only that one. Values
 * that are not whole numbers, or a maximum below the minimum, are errors (kompose uses its defaults).
 *
 * @param cpuPercent    null when the autoscaler does not look at CPU
 * @param memoryPercent null when it does not look at memory
 * @param location      where the first of the labels is written, for messages about all of them
 */
public record AutoscalerDirective(int minReplicas, int maxReplicas, Integer cpuPercent, Integer memoryPercent,
        SourceLocation location) {

    static final Set<String> LABELS = Set.of(KomposeLabels.HPA_MIN_REPLICAS, KomposeLabels.HPA_MAX_REPLICAS,
            KomposeLabels.HPA_CPU, KomposeLabels.HPA_MEMORY);
    static final int DEFAULT_MIN = 1;
    static final int DEFAULT_MAX = 3;
    static final int DEFAULT_CPU = 50;
    static final int DEFAULT_MEMORY = 70;

    /** The directive, or null when the service has no kompose.hpa.* label or its workload cannot be scaled. */
    static AutoscalerDirective read(Service service, WorkloadKind kind, Diagnostics diagnostics) {
        String first = LABELS.stream().sorted().filter(label -> KomposeLabels.has(service, label)).findFirst()
                .orElse(null);
        if (first == null) {
            return null;
        }
        SourceLocation location = KomposeLabels.location(service, first);
        if (!kind.scales()) {
            diagnostics.warn(ConverterCode.UNCONVERTED_LABEL, location, "the kompose.hpa.* labels of service '" + service.name()
                    + "' are not followed: a " + kind.kind() + " cannot be scaled", null);
            return null;
        }
        int min = number(service, diagnostics, KomposeLabels.HPA_MIN_REPLICAS, DEFAULT_MIN);
        int max = number(service, diagnostics, KomposeLabels.HPA_MAX_REPLICAS, DEFAULT_MAX);
        if (max < min) {
            KomposeLabels.invalid(diagnostics, service, KomposeLabels.HPA_MAX_REPLICAS, String.valueOf(max),
                    "at least kompose.hpa.replicas.min (" + min + ")");
            max = min;
        }
        boolean cpuGiven = KomposeLabels.has(service, KomposeLabels.HPA_CPU);
        boolean memoryGiven = KomposeLabels.has(service, KomposeLabels.HPA_MEMORY);
        Integer cpu = cpuGiven || !memoryGiven ? number(service, diagnostics, KomposeLabels.HPA_CPU, DEFAULT_CPU) : null;
        Integer memory = memoryGiven || !cpuGiven
                ? number(service, diagnostics, KomposeLabels.HPA_MEMORY, DEFAULT_MEMORY) : null;
        return new AutoscalerDirective(min, max, cpu, memory, location);
    }

    /** A whole number of at least 1, or the default when the label is not there (or wrong, with an error). */
    private static int number(Service service, Diagnostics diagnostics, String label, int fallback) {
        String value = KomposeLabels.value(service, label);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        KomposeLabels.invalid(diagnostics, service, label, value, "a whole number, 1 or more");
        return fallback;
    }
}
