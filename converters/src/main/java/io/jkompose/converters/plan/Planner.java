package io.jkompose.converters.plan;

import io.jkompose.converters.ConvertOptions;
import io.jkompose.converters.naming.ServiceNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first phase of a conversion: every decision about the project, made once and in this order,
 * before any object is built. Names first (everything is named after them), then the pods
 * (groups), then per service what runs it, how many, what its volumes become, and last, once every
 * service's workload is known, how each is reached ({@link NetworkPlan}: its Services depend on its
 * workload kind and on the other services). Problems found while deciding are reported here, once.
 * The project's files are read here too (bind-mounted project files become ConfigMaps), through the
 * {@link FileSource} given.
 */
public final class Planner {

    private Planner() {
    }

    public static ProjectPlan plan(Project project, ConvertOptions options, FileSource files, Diagnostics diagnostics) {
        Map<String, String> names = ServiceNames.assign(project, diagnostics);
        Map<String, ServiceGroup> groups = ServiceGroups.plan(project, options.workloads(), names, diagnostics);
        ProjectStorage storage = new ProjectStorage(project, options.storage(), files, diagnostics);
        Map<String, ServicePlan> plans = new LinkedHashMap<>();
        for (Service service : project.services().values()) {
            ServiceGroup group = groups.get(service.name());
            ServiceRestart restart = ServiceRestart.of(service);
            CronJobDirective cronJob = CronJobDirective.read(service, diagnostics);
            WorkloadKind kind = WorkloadKinds.decide(new WorkloadKinds.Input(service, group != null,
                    options.workloads(), cronJob, restart, diagnostics));
            int replicas = Replicas.decide(service, options.workloads().replicas(), kind, diagnostics);
            AutoscalerDirective autoscaler = AutoscalerDirective.read(service, kind, diagnostics);
            StoragePlan volumes = VolumeMounts.decide(new VolumeMounts.Input(service, names.get(service.name()),
                    group, kind, storage, diagnostics));
            plans.put(service.name(), new ServicePlan(service, names.get(service.name()), group, restart, kind,
                    replicas, cronJob, autoscaler, volumes, NetworkPlan.none()));
        }
        // how services are reached depends on their workloads and on each other: planned once all are
        Map<String, NetworkPlan> networks = Networks.plan(project, plans, options.network().implicitServices(), diagnostics);
        plans.replaceAll((serviceName, plan) -> plan.withNetwork(networks.get(serviceName)));
        return new ProjectPlan(project, options, plans);
    }

    /** The service keys the plan reads, so that they get no {@code unconverted-key} warning. */
    public static Set<String> handledKeys() {
        Set<String> keys = new TreeSet<>(WorkloadKinds.KEYS);
        keys.addAll(Replicas.KEYS);
        keys.addAll(VolumeMounts.KEYS);
        keys.addAll(Networks.KEYS);
        return keys;
    }

    /** The {@code kompose.*} labels the plan follows. */
    public static Set<String> handledLabels() {
        Set<String> labels = new TreeSet<>(WorkloadKinds.LABELS);
        labels.addAll(AutoscalerDirective.LABELS);
        labels.addAll(VolumeMounts.LABELS);
        labels.addAll(Networks.LABELS);
        return labels;
    }
}
