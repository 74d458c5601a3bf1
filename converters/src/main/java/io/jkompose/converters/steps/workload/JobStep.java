package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.ServiceRestart;
import io.jkompose.converters.plan.WorkloadKind;

/**
 * A service that another waits for to complete ({@code depends_on} with
 * {@code service_completed_successfully}) → a Job (batch/v1) that runs its container to completion
 * once. Its pods restart on failure for {@code restart: on-failure}, else never (a Job allows no
 * other). A retry limit the file gives ({@code on-failure:3}, {@code deploy.restart_policy.max_attempts})
 * becomes backoffLimit, as for a CronJob; otherwise Kubernetes' default applies. No selector: the
 * Job controller labels its pods and selects them itself.
 */
public final class JobStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.JOB) {
            return;
        }
        RolloutStrategies.reportUnused(context, WorkloadKind.JOB);
        ServiceRestart restart = context.plan().restart();
        context.setWorkload(new JobBuilder()
                .withMetadata(WorkloadMetadata.of(context))
                .withNewSpec()
                .withBackoffLimit(restart.maxRetries())
                .withTemplate(PodTemplateAssembler.assemble(context, restart.podRestartPolicy(WorkloadKind.JOB)))
                .endSpec()
                .build());
    }
}
