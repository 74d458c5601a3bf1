package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.converters.plan.AutoscalerDirective;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan's {@link AutoscalerDirective} (the {@code kompose.hpa.*} labels) → a
 * HorizontalPodAutoscaler (autoscaling/v2) that scales the service's Deployment or StatefulSet on
 * the average CPU and memory use, in percent of the requests. A metric whose request the container
 * does not set is reported: the autoscaler cannot compute it.
 */
public final class HorizontalPodAutoscalerStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        AutoscalerDirective autoscaler = context.plan().autoscaler();
        if (autoscaler == null) {
            return;
        }
        List<MetricSpec> metrics = new ArrayList<>();
        if (autoscaler.cpuPercent() != null) {
            metrics.add(metric(context, autoscaler, "cpu", autoscaler.cpuPercent()));
        }
        if (autoscaler.memoryPercent() != null) {
            metrics.add(metric(context, autoscaler, "memory", autoscaler.memoryPercent()));
        }
        context.addObject(new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(context.workloadName()).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef(context.workloadKind() == WorkloadKind.DEPLOYMENT_CONFIG ? "apps.openshift.io/v1" : "apps/v1",
                        context.workloadKind().kind(), context.workloadName())
                .withMinReplicas(autoscaler.minReplicas())
                .withMaxReplicas(autoscaler.maxReplicas())
                .withMetrics(metrics)
                .endSpec()
                .build());
    }

    private static MetricSpec metric(ServiceContext context, AutoscalerDirective autoscaler, String resource,
            int percent) {
        Container container = context.container().build();
        Map<String, Quantity> requests = container.getResources() == null ? null
                : container.getResources().getRequests();
        if (requests == null || !requests.containsKey(resource)) {
            context.warn(ConverterCode.HPA_WITHOUT_REQUEST, autoscaler.location(), "service '" + context.service().name()
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
}
