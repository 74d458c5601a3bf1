package io.jkompose.converters.steps.workload;

import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.ServiceGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which service's workload runs each service's containers once pods are merged: the service
 * itself, the service whose network it shares ({@code network_mode: service:<name>}, followed to
 * the end), or the first member of its group ({@code --service-group-mode}). Services that end
 * up in no workload are left out. Linear in the number of services.
 */
public final class PodOwners {

    private PodOwners() {
    }

    public static Map<ServiceContext, ServiceContext> of(ProjectContext project) {
        Map<String, ServiceContext> byName = new HashMap<>();
        project.services().forEach(service -> byName.put(service.service().name(), service));
        Map<ServiceContext, ServiceContext> roots = new IdentityHashMap<>();
        Map<ServiceContext, ServiceContext> owners = new IdentityHashMap<>();
        for (ServiceContext service : project.services()) {
            ServiceContext owner = root(byName, roots, service);
            ServiceGroup group = project.serviceGroup(owner.service().name());
            if (group != null && byName.containsKey(group.primary())) {
                owner = byName.get(group.primary());
            }
            if (owner.workload() != null) {
                owners.put(service, owner);
            }
        }
        return owners;
    }

    /** The end of the service's network_mode: service:<name> chain; itself for a broken chain or a cycle. */
    private static ServiceContext root(Map<String, ServiceContext> byName, Map<ServiceContext, ServiceContext> roots,
            ServiceContext start) {
        List<ServiceContext> path = new ArrayList<>();
        Set<ServiceContext> visited = new HashSet<>();
        ServiceContext current = start;
        ServiceContext root = start;
        while (true) {
            ServiceContext known = roots.get(current);
            if (known != null) {
                root = known;
                break;
            }
            String mode = current.service().networking().networkMode();
            if (mode == null || !mode.startsWith(NetworkModeServiceStep.PREFIX)) {
                root = current;
                break;
            }
            ServiceContext next = byName.get(mode.substring(NetworkModeServiceStep.PREFIX.length()));
            if (next == null || !visited.add(current)) {
                // NetworkModeServiceStep has reported it; each service on the chain keeps its own pod
                path.forEach(service -> roots.put(service, service));
                return start;
            }
            path.add(current);
            current = next;
        }
        for (ServiceContext service : path) {
            roots.put(service, root);
        }
        return root;
    }
}
