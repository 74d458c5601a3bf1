package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code network_mode: service:<other>} → the service's containers join the other service's
 * pod, the only way two Kubernetes containers share a network namespace (as kompose does). Its
 * pod volumes come along so that its mounts still resolve, and its own workload is dropped;
 * a Kubernetes Service made for it selects the shared pods instead. The pod's own settings win
 * over the joining service's ({@link PodMerger}). Works for every workload kind, and for a
 * service whose pod is a service group's.
 */
public final class NetworkModeServiceStep implements ProjectConversionStep {

    public static final String PREFIX = "service:";

    @Override
    public Set<String> handledKeys() {
        return Set.of("network_mode");
    }

    @Override
    public void apply(ProjectContext context) {
        Map<String, ServiceContext> byName = new HashMap<>();
        context.services().forEach(service -> byName.put(service.service().name(), service));
        Map<ServiceContext, ServiceContext> roots = new HashMap<>();
        for (ServiceContext source : context.services()) {
            String mode = source.service().networkMode();
            if (mode == null || !mode.startsWith(PREFIX)) {
                continue;
            }
            ServiceContext target = owner(byName, root(byName, roots, source));
            if (target == null || target == source) {
                source.warn("unconverted-value", source.locationOf("network_mode"), "network_mode '" + mode
                        + "' of service '" + source.service().name()
                        + "' names no service that has its own network (or a cycle); it is not converted", null);
                continue;
            }
            HasMetadata from = source.workload();
            HasMetadata into = target.workload();
            PodSpec fromSpec = from == null ? null : PodTemplates.podSpec(from);
            PodSpec intoSpec = into == null ? null : PodTemplates.podSpec(into);
            if (fromSpec == null || intoSpec == null) {
                continue; // in a group already, or nothing to join
            }
            PodTemplates.setPodSpec(into, PodMerger.merge(source, target.service().name(), intoSpec, fromSpec,
                    PodMerger.Conflicts.FIRST_WINS));
            if (from instanceof Deployment fromDeployment && into instanceof Deployment intoDeployment
                    && fromDeployment.getSpec().getStrategy() != null && intoDeployment.getSpec().getStrategy() == null) {
                intoDeployment.getSpec().setStrategy(fromDeployment.getSpec().getStrategy()); // its claims come along
            }
            source.setWorkload(null);
            for (io.fabric8.kubernetes.api.model.Service kubernetesService : source.kubernetesServices()) {
                kubernetesService.getSpec().setSelector(target.selectorLabels());
            }
        }
    }

    /** The service whose workload holds the root's pod: the root, or its group's first member. */
    private static ServiceContext owner(Map<String, ServiceContext> byName, ServiceContext root) {
        if (root == null || root.workload() != null || root.group() == null) {
            return root;
        }
        return byName.getOrDefault(root.group().primary(), root);
    }

    /**
     * Follows service:<name> links to the service whose network the others share (null for a
     * missing service or a cycle). Results are remembered, so long chains stay linear.
     */
    private static ServiceContext root(Map<String, ServiceContext> byName, Map<ServiceContext, ServiceContext> roots,
            ServiceContext start) {
        List<ServiceContext> path = new ArrayList<>();
        Set<ServiceContext> visited = new HashSet<>();
        ServiceContext current = start;
        ServiceContext root = null;
        while (current != null) {
            if (roots.containsKey(current)) {
                root = roots.get(current);
                break;
            }
            String mode = current.service().networkMode();
            if (mode == null || !mode.startsWith(PREFIX)) {
                root = current;
                break;
            }
            if (!visited.add(current)) {
                break; // a cycle
            }
            path.add(current);
            current = byName.get(mode.substring(PREFIX.length()));
        }
        for (ServiceContext service : path) {
            roots.put(service, root);
        }
        return root;
    }
}
