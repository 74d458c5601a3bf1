package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.converters.plan.KomposeLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kompose.hpa.*} labels → a HorizontalPodAutoscaler (autoscaling/v2) that scales the
 * service's Deployment or StatefulSet between {@code kompose.hpa.replicas.min} (default 1) and
 * {@code .max} (default 3) on the average CPU and memory use, in percent of the requests
 * ({@code kompose.hpa.cpu}, {@code kompose.hpa.memory}). Without either, both are used with
 * kompose's defaults (50 and 70); with one, only that one (kompose adds the other's default).
 * Values that are not whole numbers, or a maximum below the minimum, are errors (kompose uses its
 * defaults instead).
 */
public final class HorizontalPodAutoscalerStep implements ServiceConversionStep {

    private static final Set<String> LABELS = Set.of(KomposeLabels.HPA_MIN_REPLICAS, KomposeLabels.HPA_MAX_REPLICAS,
            KomposeLabels.HPA_CPU, KomposeLabels.HPA_MEMORY);
    static final int DEFAULT_MIN = 1;
    static final int DEFAULT_MAX = 3;
    static final int DEFAULT_CPU = 50;
    static final int DEFAULT_MEMORY = 70;

    @Override
    public Set<String> handledLabels() {
        return LABELS;
    }

    @Override
    public void apply(ServiceContext context) {
        if (handledLabels().stream().noneMatch(label -> KomposeLabels.has(context.service(), label))) {
            return;
        }
        WorkloadKind kind = context.workloadKind();
        if (kind != WorkloadKind.DEPLOYMENT && kind != WorkloadKind.STATEFUL_SET) {
            context.warn("unconverted-label", KomposeLabels.location(context.service(), firstLabel(context)), "the kompose.hpa.* labels of service '"
                    + context.service().name() + "' are not followed: a " + kind.kind() + " cannot be scaled", null);
            return;
        }
        int min = number(context, KomposeLabels.HPA_MIN_REPLICAS, DEFAULT_MIN, 1);
        int max = number(context, KomposeLabels.HPA_MAX_REPLICAS, DEFAULT_MAX, 1);
        if (max < min) {
            KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.HPA_MAX_REPLICAS, String.valueOf(max),
                    "at least kompose.hpa.replicas.min (" + min + ")");
            max = min;
        }
        boolean cpuGiven = KomposeLabels.has(context.service(), KomposeLabels.HPA_CPU);
        boolean memoryGiven = KomposeLabels.has(context.service(), KomposeLabels.HPA_MEMORY);
        List<MetricSpec> metrics = new ArrayList<>();
        if (cpuGiven || !memoryGiven) {
            metrics.add(metric(context, "cpu", number(context, KomposeLabels.HPA_CPU, DEFAULT_CPU, 1)));
        }
        if (memoryGiven || !cpuGiven) {
            metrics.add(metric(context, "memory", number(context, KomposeLabels.HPA_MEMORY, DEFAULT_MEMORY, 1)));
        }
        context.addObject(new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(context.workloadName()).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef("apps/v1", kind.kind(), context.workloadName())
                .withMinReplicas(min)
                .withMaxReplicas(max)
                .withMetrics(metrics)
                .endSpec()
                .build());
    }

    private static MetricSpec metric(ServiceContext context, String resource, int percent) {
        Container container = context.container().build();
        Map<String, Quantity> requests = container.getResources() == null ? null
                : container.getResources().getRequests();
        if (requests == null || !requests.containsKey(resource)) {
            context.warn("hpa-without-request", KomposeLabels.location(context.service(), firstLabel(context)), "service '" + context.service().name()
                    + "' is scaled on its " + resource + " use in percent of its request, but requests no " + resource
                    + "; the autoscaler cannot compute it", "set deploy.resources.reservations."
                    + (resource.equals("cpu") ? "cpus" : "memory"));
        }
        return new MetricSpecBuilder()
                .withType("Resource")
                .withNewResource()
                .withName(resource)
                .withNewTarget().withType("Utilization").withAverageUtilization(percent).endTarget()
                .endResource()
                .build();
    }

    private static int number(ServiceContext context, String label, int fallback, int least) {
        String value = KomposeLabels.value(context.service(), label);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        KomposeLabels.invalid(context.diagnostics(), context.service(), label, value, "a whole number, " + least + " or more");
        return fallback;
    }

    /** The first kompose.hpa.* label the service writes, where messages about all of them point. */
    private static String firstLabel(ServiceContext context) {
        return LABELS.stream().sorted().filter(label -> KomposeLabels.has(context.service(), label))
                .findFirst().orElse(KomposeLabels.HPA_MIN_REPLICAS);
    }
}
