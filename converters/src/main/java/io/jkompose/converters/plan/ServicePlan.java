package io.jkompose.converters.plan;

import io.jkompose.model.Service;
import java.util.Map;

/**
 * What the conversion decided for one service before any object is built. The build steps only
 * read it: no step decides a workload kind, a replica count, a claim or a Kubernetes Service
 * after another step has built something from a different assumption.
 *
 * @param service  the Compose service
 * @param name     its Kubernetes name (a valid DNS label, unique in the project)
 * @param group    the group whose pod its container joins ({@code --service-group-mode}), or null
 * @param restart  its restart policy, read once
 * @param kind     which workload runs its pods
 * @param replicas the replica count (1 when the file gives none)
 * @param cronJob  its {@code kompose.cronjob.*} labels, checked
 * @param autoscaler its {@code kompose.hpa.*} labels, checked; null for no autoscaler
 * @param container its single-value container and pod labels ({@code kompose.image-pull-policy}, …), checked
 * @param probes   its {@code kompose.service.healthcheck.*} labels, checked
 * @param runtime  the RuntimeClass and handler its pods run with, resolved once
 * @param storage  what each of its volumes becomes
 * @param network  the Kubernetes Services that make it reachable
 */
public record ServicePlan(Service service, String name, ServiceGroup group, ServiceRestart restart,
        WorkloadKind kind, int replicas, CronJobDirective cronJob, AutoscalerDirective autoscaler,
        ContainerDirectives container, ProbeDirectives probes, ServiceRuntime runtime, StoragePlan storage,
        NetworkPlan network) {

    /** The label kompose selects a service's pods by; kept so that switching tools keeps selectors. */
    public static final String SELECTOR_LABEL = "io.kompose.service";

    /** The name of the workload that runs this service: its own name, or its group's. */
    public String workloadName() {
        return group == null ? name : group.name();
    }

    /** {@code io.kompose.service: <workload name>}: the workload's selector and its pods' labels. */
    public Map<String, String> selectorLabels() {
        return Map.of(SELECTOR_LABEL, workloadName());
    }

    /** This plan with how the service is reached, which is planned once every service's workload is. */
    ServicePlan withNetwork(NetworkPlan plannedNetwork) {
        return new ServicePlan(service, name, group, restart, kind, replicas, cronJob, autoscaler, container, probes,
                runtime, storage, plannedNetwork);
    }
}
