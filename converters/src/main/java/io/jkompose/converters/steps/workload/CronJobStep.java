package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.CronJobDirective;
import io.jkompose.converters.plan.ServiceRestart;
import io.jkompose.converters.plan.WorkloadKind;

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
        ServiceRestart restart = context.plan().restart();
        PodTemplateSpec template = PodTemplateAssembler.assemble(context, restart.podRestartPolicy(WorkloadKind.CRON_JOB));
        CronJobDirective labels = context.plan().cronJob();
        Integer backoffLimit = labels.backoffLimit();
        if (backoffLimit == null) {
            backoffLimit = restart.maxRetries();
        }
        context.setWorkload(new CronJobBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withSchedule(labels.schedule())
                .withConcurrencyPolicy(labels.concurrencyPolicy())
                .withNewJobTemplate()
                .withNewSpec()
                .withBackoffLimit(backoffLimit)
                .withTemplate(template)
                .endSpec()
                .endJobTemplate()
                .endSpec()
                .build());
    }
}
