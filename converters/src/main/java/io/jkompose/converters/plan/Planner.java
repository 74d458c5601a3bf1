package io.jkompose.converters.plan;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.ServiceNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.InOrder;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * From this many services on, the parts of the plan that look at each service on its own (its
     * workload and storage, the references it makes, what it needs to be reached, its own Services)
     * run on several threads (the common fork-join pool), their results merged in the services'
     * order; as in {@code ConversionPipeline}, below it starting threads costs more than they save.
     */
    static final int PARALLEL_FROM = 100;

    private Planner() {
    }

    public static ProjectPlan plan(Project project, ConvertOptions options, FileSource files, Diagnostics diagnostics) {
        return plan(project, options, files, diagnostics, PARALLEL_FROM);
    }

    /** The same plan, its per-service parts on several threads from {@code parallelFrom} services on (for tests). */
    static ProjectPlan plan(Project project, ConvertOptions options, FileSource files, Diagnostics diagnostics,
            int parallelFrom) {
        boolean parallel = project.services().size() >= parallelFrom;
        Map<String, String> names = ServiceNames.assign(project, diagnostics);
        UnpullableImages.report(project, options, diagnostics);
        Map<String, ServiceGroup> groups = ServiceGroups.plan(project, options.workloads(), names, diagnostics);
        ProjectStorage storage = new ProjectStorage(project, options.storage(), files, groups);
        Map<String, AwaitedCompletions.Waiter> awaited = AwaitedCompletions.of(project);
        List<Planned> planned = InOrder.map(List.copyOf(project.services().values()), parallel, service -> {
            Diagnostics own = new Diagnostics();
            return new Planned(planService(service, names.get(service.name()), groups.get(service.name()),
                    awaited.get(service.name()), storage, options, own), own);
        });
        Map<String, ServicePlan> plans = new LinkedHashMap<>();
        for (Planned one : planned) {
            plans.put(one.plan().service().name(), one.plan());
            diagnostics.addAll(one.found());
        }
        // how services are reached depends on their workloads and on each other: planned once all are
        Map<String, List<References.Reference>> references = References.byTarget(project, References.names(project),
                parallel);
        Map<String, NetworkPlan> networks = Networks.plan(project, plans, references,
                options.network().implicitServices(), parallel, diagnostics);
        plans.replaceAll((serviceName, plan) -> plan.withNetwork(networks.get(serviceName)));
        return new ProjectPlan(project, options, plans, hostNames(plans, references, diagnostics));
    }

    /** One service's plan and what deciding it found, to be passed on in the services' order. */
    private record Planned(ServicePlan plan, Diagnostics found) {
    }

    /**
     * Everything about one service that does not depend on how the others are reached. It reads the
     * service and what was decided for the whole project before, so that services are planned each
     * on their own; what is said once per conversion is said through {@link Diagnostics#warnOnce}.
     */
    private static ServicePlan planService(Service service, String name, ServiceGroup group,
            AwaitedCompletions.Waiter awaited, ProjectStorage storage, ConvertOptions options,
            Diagnostics diagnostics) {
        SwarmTemplates.report(service, diagnostics);
        ServiceRestart restart = ServiceRestart.of(service);
        CronJobDirective cronJob = CronJobDirective.read(service, diagnostics);
        WorkloadKind kind = WorkloadKinds.decide(new WorkloadKinds.Input(service, group != null, options.workloads(),
                cronJob, restart, awaited, diagnostics));
        kind = DeploymentConfigs.decide(service, kind, options.platform(), diagnostics);
        int replicas = Replicas.decide(service, options.workloads().replicas(), kind, diagnostics);
        AutoscalerDirective autoscaler = AutoscalerDirective.read(service, kind, diagnostics);
        ContainerDirectives container = ContainerDirectives.read(service, diagnostics);
        ProbeDirectives probes = ProbeDirectives.read(service, options.containers().readinessFromHealthcheck(),
                diagnostics);
        StoragePlan volumes = VolumeMounts.decide(new VolumeMounts.Input(service, name, group, kind, replicas, storage,
                diagnostics));
        return new ServicePlan(service, name, group, restart, kind, replicas, cronJob, autoscaler, container, probes,
                ServiceRuntime.of(service, options.runtime()), volumes, NetworkPlan.none());
    }

    /**
     * The Compose service names whose Service has another name ({@code front_end} → {@code front-end}),
     * each use of them by another service reported once at the text that uses it: the build steps
     * rewrite those texts so that they still find the service.
     */
    private static HostNames hostNames(Map<String, ServicePlan> plans, Map<String, List<References.Reference>> references,
            Diagnostics diagnostics) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (ServicePlan plan : plans.values()) {
            List<PlannedService> services = plan.network().services();
            String composeName = plan.service().name();
            if (!services.isEmpty() && !services.get(0).name().equals(composeName)) {
                renames.put(composeName, services.get(0).name());
            }
        }
        Set<List<String>> said = new HashSet<>(); // once per service, text and name
        references.forEach((target, uses) -> uses.forEach(use -> {
            String renamed = renames.get(use.name());
            if (renamed != null && said.add(List.of(use.from(), use.where(), use.name()))) {
                diagnostics.warn(ConverterCode.NAME_CHANGED, use.location(), "service '" + use.from() + "' reaches '"
                        + use.name() + "' in its " + use.where() + ", which is rewritten to '" + renamed
                        + "', the name of its Kubernetes Service", null);
            }
        }));
        return new HostNames(renames);
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
        labels.addAll(ContainerDirectives.LABELS);
        labels.addAll(ProbeDirectives.LABELS);
        return labels;
    }
}
