package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.NetworkPlan;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code network_mode: service:<other>} → the service's containers join the pod the plan chose
 * ({@link NetworkPlan#sharesPodOf()}), the only way two Kubernetes containers share a network
 * namespace (as kompose does). Its pod volumes come along so that its mounts still resolve, and
 * its own workload is dropped; its Kubernetes Services were planned to select the shared pods.
 * The pod's own settings win over the joining service's ({@link PodMerger}). Works for every
 * workload kind, and for a service whose pod is a service group's.
 */
public final class NetworkModeServiceStep implements ProjectConversionStep {

    public static final String PREFIX = NetworkPlan.SHARED_NETWORK_PREFIX;

    @Override
    public void apply(ProjectContext context) {
        Map<String, ServiceContext> byName = new HashMap<>();
        context.services().forEach(service -> byName.put(service.service().name(), service));
        for (ServiceContext source : context.services()) {
            String shared = source.plan().network().sharesPodOf();
            ServiceContext target = shared == null ? null : byName.get(shared);
            if (target == null) {
                continue;
            }
            HasMetadata from = source.workload();
            HasMetadata into = target.workload();
            PodSpec fromSpec = from == null ? null : PodTemplates.podSpec(from);
            PodSpec intoSpec = into == null ? null : PodTemplates.podSpec(into);
            if (fromSpec == null || intoSpec == null) {
                continue; // nothing to join
            }
            PodTemplates.setPodSpec(into, PodMerger.merge(source, target.service().name(), intoSpec, fromSpec,
                    PodMerger.Conflicts.FIRST_WINS));
            if (from instanceof Deployment fromDeployment && into instanceof Deployment intoDeployment
                    && fromDeployment.getSpec().getStrategy() != null && intoDeployment.getSpec().getStrategy() == null) {
                intoDeployment.getSpec().setStrategy(fromDeployment.getSpec().getStrategy()); // its claims come along
            }
            source.setWorkload(null);
        }
    }
}
