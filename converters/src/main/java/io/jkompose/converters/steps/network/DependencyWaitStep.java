package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.Protocols;
import io.jkompose.converters.plan.PlannedService;
import io.jkompose.converters.plan.ServiceEndpoint;
import io.jkompose.converters.steps.workload.PodOwners;
import io.jkompose.converters.steps.workload.WorkloadPods;
import io.jkompose.model.Dependency;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code depends_on} → an init container per dependency that waits until the dependency's
 * Kubernetes Service accepts connections on its first TCP port ({@code nc -z} in a small image,
 * {@code --dependency-wait-image}), before the pod's other init containers; where the dependency's
 * Service is headless without ports, until its name resolves (it has records for ready pods only). A Service only routes
 * to ready pods, so a connection through it means a dependency pod is up and ready: that is
 * {@code service_started}, and for {@code service_healthy} as close as Kubernetes gets without
 * API access (the dependency's readiness probe, from its healthcheck, decides). kompose drops
 * {@code depends_on}; {@code --no-wait-for-dependencies} does too.
 *
 * <p>{@code service_completed_successfully}: the dependency runs as a Job (the plan decides so),
 * and the wait is {@code kubectl wait --for=condition=Complete job/<name>} in the kubectl image
 * ({@code --completion-wait-image}), which reads the Job through the API with the access
 * {@link JobWaitAccessStep} grants. A Job not created yet makes the wait fail, and the kubelet runs
 * it again; a Job that fails for good is waited for until the timeout (a week).
 *
 * <p>Runs once pods are merged, so that a wait goes into the pod that runs the service, and a
 * dependency in the same pod (a group, or {@code network_mode: service:}) gets none: it could
 * never be met, the pod's containers start together. Also reported, with nothing made: a
 * dependency without a TCP port in a Service (nothing to connect to), one to complete that does
 * not run as a Job of its own (its labels or its group make it run forever), and
 * {@code restart: true}.
 */
public final class DependencyWaitStep implements ProjectConversionStep {

    static final String NAME_PREFIX = "wait-for-";

    @Override
    public Set<String> handledKeys() {
        return Set.of("depends_on");
    }

    @Override
    public void apply(ProjectContext project) {
        if (!project.options().network().waitForDependencies()) {
            return;
        }
        Map<String, ServiceContext> byName = new HashMap<>();
        project.services().forEach(service -> byName.put(service.service().name(), service));
        Map<ServiceContext, ServiceContext> owners = PodOwners.of(project);
        Map<ServiceContext, Set<String>> networks = project.options().network().generateNetworkPolicies()
                ? NetworkPolicyStep.podNetworks(project, owners) : null;
        Map<ServiceContext, Map<String, Container>> waits = new IdentityHashMap<>();
        List<ServiceContext> pods = new ArrayList<>();
        for (ServiceContext service : project.services()) {
            ServiceContext owner = owners.get(service);
            if (owner == null) {
                continue;
            }
            for (Map.Entry<String, Dependency> entry : service.service().lifecycle().dependsOn().entrySet()) {
                Container wait = wait(project, service, entry.getKey(), entry.getValue(), byName.get(entry.getKey()),
                        owners, networks);
                if (wait != null) {
                    if (!waits.containsKey(owner)) {
                        pods.add(owner);
                    }
                    waits.computeIfAbsent(owner, key -> new LinkedHashMap<>()).putIfAbsent(wait.getName(), wait);
                }
            }
        }
        for (ServiceContext owner : pods) {
            owner.setWorkload(WorkloadPods.prependInitContainers(owner.workload(),
                    new ArrayList<>(waits.get(owner).values())));
        }
    }

    /** The init container that waits for one dependency, or null (reported when something is lost). */
    private static Container wait(ProjectContext project, ServiceContext service, String name, Dependency dependency,
            ServiceContext target, Map<ServiceContext, ServiceContext> owners, Map<ServiceContext, Set<String>> networks) {
        ServiceContext owner = owners.get(service);
        String subject = "depends_on '" + name + "' of service '" + service.service().name() + "'";
        SourceLocation location = dependency.location() == null ? service.locationOf("depends_on") : dependency.location();
        if (target == null) {
            if (dependency.required()) {
                service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + " names no service of the project; "
                        + "nothing waits for it", null);
            }
            return null;
        }
        if (dependency.restart()) {
            service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + ": restart: true is not converted; Kubernetes "
                    + "does not restart a pod when another one restarts", null);
        }
        if (owners.get(target) == owner) {
            service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + " is not converted: both run in one pod, "
                    + "whose containers start together", null);
            return null;
        }
        if (Dependency.COMPLETED.equals(dependency.condition())) {
            return completion(project, service, target, owners.get(target), subject, location);
        }
        ServiceEndpoint endpoint = target.plan().network().firstTcpPort();
        PlannedService named = endpoint == null ? nameOnly(target) : null;
        if (named != null) {
            // a headless Service has DNS records for ready pods only: its name resolving is the dependency being up
            return new ContainerBuilder()
                    .withName(KubernetesNames.label(NAME_PREFIX + named.name()))
                    .withImage(project.options().network().dependencyWaitImage())
                    .withCommand("sh", "-c", "until nslookup " + named.name() + " >/dev/null 2>&1; do echo waiting for "
                            + named.name() + "; sleep 2; done")
                    .build();
        }
        if (endpoint == null) {
            service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + ": nothing to wait for, '" + name
                    + "' has no TCP port in a Kubernetes Service; the pods start in any order",
                    "publish or expose a TCP port of '" + name + "' to make the wait possible");
            return null;
        }
        if (networks != null && !reachable(networks.get(owner), networks.get(owners.get(target)),
                target.plan().network().isOpen(endpoint.targetPort(), Protocols.TCP))) {
            service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + " is not converted: the two services share no "
                    + "network, so the network policies would keep the wait from ever connecting", null);
            return null;
        }
        String address = endpoint.service() + " " + endpoint.port();
        String shown = endpoint.service() + ":" + endpoint.port();
        return new ContainerBuilder()
                .withName(KubernetesNames.label(NAME_PREFIX + endpoint.service()))
                .withImage(project.options().network().dependencyWaitImage())
                .withCommand("sh", "-c", "until nc -z -w 2 " + address + "; do echo waiting for " + shown
                        + "; sleep 2; done")
                .build();
    }

    /** The wait for the target's Job to complete, or null when it runs in no Job of its own (reported). */
    private static Container completion(ProjectContext project, ServiceContext service, ServiceContext target,
            ServiceContext targetOwner, String subject, SourceLocation location) {
        HasMetadata workload = targetOwner == null ? null : targetOwner.workload();
        if (targetOwner != target || !(workload instanceof Job)) {
            String runsIn = workload == null ? "runs in no workload"
                    : "runs in the " + workload.getKind() + " '" + workload.getMetadata().getName() + "'";
            service.warn(ConverterCode.UNCONVERTED_VALUE, location, subject + ": service_completed_successfully is not "
                    + "converted; '" + target.service().name() + "' " + runsIn + ", not in a Job of its own, so "
                    + "nothing completes", "a task others wait for runs as a Job in a pod of its own, without a "
                    + "kompose.controller.type label");
            return null;
        }
        return JobWaits.container(project.options().network().completionWaitImage(), workload.getMetadata().getName());
    }

    /** The headless Service without ports that makes the target's name resolve, or null. */
    private static PlannedService nameOnly(ServiceContext target) {
        return target.plan().network().services().stream()
                .filter(kubernetesService -> kubernetesService.headless() && kubernetesService.ports().isEmpty()
                        && kubernetesService.role() == PlannedService.Role.PORTS)
                .findFirst().orElse(null);
    }

    /**
     * Whether network policies let one pod connect to the other: the target is on no network (no
     * policy selects it), they share one, or the port is open to all as a published port.
     */
    private static boolean reachable(Set<String> from, Set<String> to, boolean openToAll) {
        if (to == null || openToAll) {
            return true;
        }
        return from != null && from.stream().anyMatch(to::contains);
    }
}
