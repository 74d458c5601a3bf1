package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.pipeline.WorkloadKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service with the {@code kompose.cronjob.schedule} label → a CronJob (batch/v1) that runs its
 * container on that schedule; {@code kompose.cronjob.concurrency_policy} (Allow, Forbid, Replace)
 * and {@code kompose.cronjob.backoff_limit} set the same-named fields. Without the latter, a retry
 * limit the file gives ({@code restart: on-failure:3}, {@code deploy.restart_policy.max_attempts})
 * becomes the job's backoffLimit. The job's pods restart on failure, or never for {@code restart: "no"}.
 * (kompose follows the schedule only for {@code restart: "no"} or {@code on-failure}; jkompose
 * whenever it is there.)
 */
public final class CronJobStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.CRON_JOB) {
            return;
        }
        RolloutStrategies.reportUnused(context, WorkloadKind.CRON_JOB);
        ServiceRestart restart = ServiceRestart.of(context);
        PodTemplateSpec template = PodTemplateAssembler.assemble(context, restart.podRestartPolicy(WorkloadKind.CRON_JOB));
        Map<String, Object> jobSpec = new LinkedHashMap<>();
        CronJobLabels labels = CronJobLabels.of(context);
        Integer backoffLimit = labels.backoffLimit();
        if (backoffLimit == null) {
            backoffLimit = restart.maxRetries();
        }
        if (backoffLimit != null) {
            jobSpec.put("backoffLimit", backoffLimit);
        }
        jobSpec.put("template", template);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("schedule", labels.schedule());
        if (labels.concurrencyPolicy() != null) {
            spec.put("concurrencyPolicy", labels.concurrencyPolicy());
        }
        spec.put("jobTemplate", Map.of("spec", jobSpec));
        context.setWorkload(new GenericKubernetesResourceBuilder()
                .withApiVersion("batch/v1")
                .withKind("CronJob")
                .withMetadata(WorkloadMetadata.of(context))
                .withAdditionalProperties(Map.of("spec", spec))
                .build());
    }
}
