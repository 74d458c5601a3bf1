package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code network_mode: service:<other>}: whose pod a service's container joins, the only way two
 * Kubernetes containers share a network namespace (as kompose does). The chain of
 * {@code service:} links is followed to the service that has a network of its own, and from a
 * member of a service group to the group's first member, whose workload runs the group's pod. A
 * link to no service, or a cycle, is reported here, once; the service then keeps its own pod.
 * Linear in the number of services.
 */
final class NetworkModes {

    static final Set<String> KEYS = Set.of("network_mode");

    private NetworkModes() {
    }

    /**
     * The services whose container joins another service's pod, each with the Compose name of
     * the service whose workload runs that pod, in the project's order. A member of a group other
     * than its first is not among them: its container is in the group's pod already.
     */
    static Map<String, String> joins(Project project, Map<String, ServicePlan> plans, Diagnostics diagnostics) {
        Map<String, String> roots = new HashMap<>();
        Map<String, String> direct = new LinkedHashMap<>();
        for (Service source : project.services().values()) {
            String mode = source.networking().networkMode();
            if (mode == null || !mode.startsWith(NetworkPlan.SHARED_NETWORK_PREFIX)) {
                continue;
            }
            String root = root(project, roots, source.name());
            String target = root == null ? null : podOf(plans, root);
            if (target == null || target.equals(source.name())) {
                diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, source.locationOf("network_mode"), "network_mode '" + mode
                        + "' of service '" + source.name()
                        + "' names no service that has its own network (or a cycle); it is not converted", null);
                continue;
            }
            direct.put(source.name(), target);
        }
        // the first member of a group may join another pod in turn, and take the group's pod along
        Map<String, String> ends = new HashMap<>();
        Map<String, String> joins = new LinkedHashMap<>();
        for (String source : direct.keySet()) {
            String end = end(direct, ends, source);
            if (end != null && !end.equals(source) && !grouped(plans.get(source))) {
                joins.put(source, end);
            }
        }
        return joins;
    }

    /** The service whose workload runs a service's pod: its own, or its group's first member's. */
    private static String podOf(Map<String, ServicePlan> plans, String service) {
        ServiceGroup group = plans.get(service).group();
        return group == null ? service : group.primary();
    }

    /** Whether the service's container runs in the pod of another member of its group. */
    static boolean grouped(ServicePlan plan) {
        return plan.group() != null && !plan.group().primary().equals(plan.service().name());
    }

    /**
     * Follows service:<name> links to the service whose network the others share (null for a
     * missing service or a cycle). Results are remembered, so long chains stay linear.
     */
    private static String root(Project project, Map<String, String> roots, String start) {
        List<String> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String current = start;
        String root = null;
        while (current != null) {
            if (roots.containsKey(current)) {
                root = roots.get(current);
                break;
            }
            Service service = project.services().get(current);
            if (service == null) {
                break; // a link to no service
            }
            String mode = service.networking().networkMode();
            if (mode == null || !mode.startsWith(NetworkPlan.SHARED_NETWORK_PREFIX)) {
                root = current;
                break;
            }
            if (!visited.add(current)) {
                break; // a cycle
            }
            path.add(current);
            current = mode.substring(NetworkPlan.SHARED_NETWORK_PREFIX.length());
        }
        for (String service : path) {
            roots.put(service, root);
        }
        return root;
    }

    /** Where a chain of joins ends; null when it runs in a circle. Remembered, as {@link #root} is. */
    private static String end(Map<String, String> direct, Map<String, String> ends, String start) {
        List<String> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String current = start;
        String end;
        while (true) {
            if (ends.containsKey(current)) {
                end = ends.get(current);
                break;
            }
            String next = direct.get(current);
            if (next == null) {
                end = current;
                break;
            }
            if (!visited.add(current)) {
                end = null;
                break;
            }
            path.add(current);
            current = next;
        }
        for (String service : path) {
            ends.put(service, end);
        }
        return end;
    }
}
