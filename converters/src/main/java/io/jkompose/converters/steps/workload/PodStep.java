package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;

/**
 * A service whose container runs once ({@code restart: "no"}) or until it succeeds
 * ({@code on-failure}) → a bare Pod with restartPolicy Never or OnFailure, as kompose makes it:
 * labelled {@code io.kompose.service} so that its Service selects it.
 */
public final class PodStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (context.workloadKind() != WorkloadKind.POD) {
            return;
        }
        RolloutStrategies.reportUnused(context, WorkloadKind.POD);
        PodTemplateSpec template = PodTemplateAssembler.assemble(context,
                context.plan().restart().podRestartPolicy(WorkloadKind.POD));
        context.setWorkload(new PodBuilder()
                .withMetadata(template.getMetadata())
                .editMetadata().withName(context.workloadName()).endMetadata()
                .withSpec(template.getSpec())
                .build());
    }
}
