package io.jkompose.apply;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds jkompose writes, in the order they go to the cluster: what others refer to first (the
 * namespace, the runtime classes pods name, the accounts and the files pods mount, the claims, the
 * Services whose names pods resolve at start), then the workloads (Jobs first: init containers wait
 * for them), then what points at workloads. Prune and down look for exactly these kinds.
 */
public final class Kinds {

    /** @param namespaced false for cluster-wide kinds, which prune and down leave alone */
    public record Kind(String name, String apiVersion, boolean namespaced) {
    }

    public static final List<Kind> ALL = List.of(
            new Kind("Namespace", "v1", false),
            new Kind("RuntimeClass", "node.k8s.io/v1", false),
            new Kind("ServiceAccount", "v1", true),
            new Kind("Role", "rbac.authorization.k8s.io/v1", true),
            new Kind("RoleBinding", "rbac.authorization.k8s.io/v1", true),
            new Kind("ConfigMap", "v1", true),
            new Kind("Secret", "v1", true),
            new Kind("PersistentVolumeClaim", "v1", true),
            new Kind("Service", "v1", true),
            new Kind("Job", "batch/v1", true),
            new Kind("Deployment", "apps/v1", true),
            new Kind("StatefulSet", "apps/v1", true),
            new Kind("DaemonSet", "apps/v1", true),
            new Kind("Pod", "v1", true),
            new Kind("CronJob", "batch/v1", true),
            new Kind("Ingress", "networking.k8s.io/v1", true),
            new Kind("HorizontalPodAutoscaler", "autoscaling/v2", true),
            new Kind("NetworkPolicy", "networking.k8s.io/v1", true));

    private static final Map<String, Integer> RANKS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Kind::name, ALL::indexOf));
    private static final Map<String, Kind> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Kind::name, Function.identity()));
    /** Kinds not in the table go with the workloads. */
    private static final int WORKLOADS = RANKS.get("Deployment");

    private Kinds() {
    }

    static int rank(String kind) {
        return RANKS.getOrDefault(kind, WORKLOADS);
    }

    static Kind named(String kind) {
        return BY_NAME.get(kind);
    }
}
