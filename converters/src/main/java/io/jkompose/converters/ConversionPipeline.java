package io.jkompose.converters;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.steps.container.ContainerCommandStep;
import io.jkompose.converters.steps.container.ContainerImageStep;
import io.jkompose.converters.steps.container.ContainerNameStep;
import io.jkompose.converters.steps.container.EnvFileConfigMapStep;
import io.jkompose.converters.steps.container.EnvironmentStep;
import io.jkompose.converters.steps.container.HealthcheckStep;
import io.jkompose.converters.steps.container.ImagePullPolicyStep;
import io.jkompose.converters.steps.container.InitContainerLabelsStep;
import io.jkompose.converters.steps.container.InitProcessStep;
import io.jkompose.converters.steps.container.InteractiveStep;
import io.jkompose.converters.steps.container.LifecycleHooksStep;
import io.jkompose.converters.steps.container.PlacementStep;
import io.jkompose.converters.steps.container.PodCredentialsStep;
import io.jkompose.converters.steps.container.ResourcesStep;
import io.jkompose.converters.steps.container.SecurityContextStep;
import io.jkompose.converters.steps.container.SecurityOptStep;
import io.jkompose.converters.steps.container.ShmSizeStep;
import io.jkompose.converters.steps.container.StopStep;
import io.jkompose.converters.steps.container.SysctlsStep;
import io.jkompose.converters.steps.container.WorkingDirStep;
import io.jkompose.converters.steps.metadata.DeployLabelsStep;
import io.jkompose.converters.steps.metadata.KomposeAnnotationStep;
import io.jkompose.converters.steps.metadata.LabelAnnotationsStep;
import io.jkompose.converters.steps.metadata.NamespaceStep;
import io.jkompose.converters.steps.metadata.UnconvertedKeysStep;
import io.jkompose.converters.steps.network.ContainerPortsStep;
import io.jkompose.converters.steps.network.DependencyWaitStep;
import io.jkompose.converters.steps.network.DnsConfigStep;
import io.jkompose.converters.steps.network.HostAliasesStep;
import io.jkompose.converters.steps.network.HostnameStep;
import io.jkompose.converters.steps.network.IngressStep;
import io.jkompose.converters.steps.network.JobWaitAccessStep;
import io.jkompose.converters.steps.network.KubernetesServiceStep;
import io.jkompose.converters.steps.network.LinksStep;
import io.jkompose.converters.steps.network.NetworkModeStep;
import io.jkompose.converters.steps.network.NetworkPolicyStep;
import io.jkompose.converters.steps.openshift.BuildConfigStep;
import io.jkompose.converters.steps.openshift.ImageStreamStep;
import io.jkompose.converters.steps.openshift.ImageTriggersStep;
import io.jkompose.converters.steps.openshift.RouteStep;
import io.jkompose.converters.steps.runtime.CriAnnotationsStep;
import io.jkompose.converters.steps.runtime.PlatformNodeSelectorStep;
import io.jkompose.converters.steps.runtime.RuntimeAnnotationsStep;
import io.jkompose.converters.steps.runtime.RuntimeClassObjectsStep;
import io.jkompose.converters.steps.runtime.RuntimeClassStep;
import io.jkompose.converters.steps.storage.ConfigFilesStep;
import io.jkompose.converters.steps.storage.ScratchVolumeStep;
import io.jkompose.converters.steps.storage.SecretFilesStep;
import io.jkompose.converters.steps.storage.SecretObjectsStep;
import io.jkompose.converters.steps.storage.TmpfsStep;
import io.jkompose.converters.steps.storage.VolumesStep;
import io.jkompose.converters.steps.workload.CronJobStep;
import io.jkompose.converters.steps.workload.DaemonSetStep;
import io.jkompose.converters.steps.workload.DeploymentConfigStep;
import io.jkompose.converters.steps.workload.DeploymentStep;
import io.jkompose.converters.steps.workload.HorizontalPodAutoscalerStep;
import io.jkompose.converters.steps.workload.JobStep;
import io.jkompose.converters.steps.workload.NetworkModeServiceStep;
import io.jkompose.converters.steps.workload.PodStep;
import io.jkompose.converters.steps.workload.ServiceGroupMergeStep;
import io.jkompose.converters.steps.workload.StatefulSetStep;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.Planner;
import io.jkompose.converters.plan.ProjectPlan;
import io.jkompose.converters.plan.ServicePlan;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.InOrder;
import io.jkompose.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conversion as a list of steps. {@link #standard()} is the one place where the steps and
 * their order are declared; nothing else decides what runs when.
 */
final class ConversionPipeline {

    private final List<ProjectConversionStep> beforeServices;
    private final List<ServiceConversionStep> serviceSteps;
    private final List<ProjectConversionStep> afterServices;
    private final int parallelFrom;

    /**
     * From this many services on, services are converted on several threads (the common fork-join
     * pool). Below it, starting threads costs more than they save; a typical application stays on one.
     */
    static final int PARALLEL_FROM = 100;

    ConversionPipeline(List<ProjectConversionStep> beforeServices, List<ServiceConversionStep> serviceSteps,
            List<ProjectConversionStep> afterServices) {
        this(beforeServices, serviceSteps, afterServices, PARALLEL_FROM);
    }

    private ConversionPipeline(List<ProjectConversionStep> beforeServices, List<ServiceConversionStep> serviceSteps,
            List<ProjectConversionStep> afterServices, int parallelFrom) {
        this.beforeServices = List.copyOf(beforeServices);
        this.serviceSteps = List.copyOf(serviceSteps);
        this.afterServices = List.copyOf(afterServices);
        this.parallelFrom = parallelFrom;
    }

    /** The same steps, with services converted on several threads from {@code services} services on (for tests). */
    ConversionPipeline parallelFrom(int services) {
        return new ConversionPipeline(beforeServices, serviceSteps, afterServices, services);
    }

    /**
     * The steps of a conversion to Kubernetes, in order. The order matters in three ways:
     * metadata steps (annotations, labels, replicas) run before the steps that build objects
     * from them (the Kubernetes Service, the workload); objects a service's steps add are written
     * in the order the steps add them (kompose writes env ConfigMaps before claims); and the
     * check for unconverted keys runs last, knowing every other step's keys.
     */
    static ConversionPipeline standard() {
        return Standard.PIPELINE;
    }

    /** Built once per process: the steps keep no state, and building them costs a small conversion's time. */
    private static final class Standard {
        static final ConversionPipeline PIPELINE = build();
    }

    private static ConversionPipeline build() {
        List<ServiceConversionStep> perService = List.of(
                // the container
                new ContainerNameStep(),
                new ContainerImageStep(),
                new ImagePullPolicyStep(),
                new ContainerCommandStep(),
                new WorkingDirStep(),
                new InteractiveStep(),
                new EnvironmentStep(),
                new EnvFileConfigMapStep(),
                new ContainerPortsStep(),
                new HealthcheckStep(),
                new SecurityContextStep(),
                new SecurityOptStep(),
                new ResourcesStep(),
                new LifecycleHooksStep(),
                new StopStep(),
                // storage
                new VolumesStep(),
                new TmpfsStep(),
                new ScratchVolumeStep(),
                new SecretFilesStep(),
                new ConfigFilesStep(),
                // the pod
                new HostnameStep(),
                new NetworkModeStep(),
                new HostAliasesStep(),
                new DnsConfigStep(),
                new LinksStep(),
                new InitContainerLabelsStep(),
                new ShmSizeStep(),
                new SysctlsStep(),
                new InitProcessStep(),
                new PlacementStep(),
                new PodCredentialsStep(),
                new RuntimeClassStep(),
                new PlatformNodeSelectorStep(),
                // metadata, read by the object-building steps below
                new LabelAnnotationsStep(),
                new RuntimeAnnotationsStep(),
                new KomposeAnnotationStep(),
                new DeployLabelsStep(),
                // objects
                new KubernetesServiceStep(),
                new IngressStep(),
                new RouteStep(),
                new DeploymentStep(),
                new DeploymentConfigStep(),
                new ImageStreamStep(),
                new BuildConfigStep(),
                new DaemonSetStep(),
                new StatefulSetStep(),
                new PodStep(),
                new CronJobStep(),
                new JobStep(),
                new HorizontalPodAutoscalerStep(),
                // annotations of the built workload's pods only
                new CriAnnotationsStep());
        List<ServiceConversionStep> withCheck = new ArrayList<>(perService);
        List<ProjectConversionStep> before = List.of(new SecretObjectsStep());
        // After every service is converted: merging pods needs their workloads, the namespace every object.
        // RuntimeClasses are cluster-scoped: they come after the namespace is set.
        // Network policies and dependency waits act on the merged pods; the access for waits on Jobs
        // follows the waits, before the namespace is set on it.
        // DeploymentConfigs get their image triggers once grouped pods are merged.
        List<ProjectConversionStep> after = List.of(new ServiceGroupMergeStep(), new NetworkModeServiceStep(),
                new ImageTriggersStep(), new NetworkPolicyStep(),
                new DependencyWaitStep(), new JobWaitAccessStep(), new NamespaceStep(),
                new RuntimeClassObjectsStep());
        List<ProjectConversionStep> projectSteps = new ArrayList<>(before);
        projectSteps.addAll(after);
        withCheck.add(new UnconvertedKeysStep(handledKeys(perService, projectSteps), handledLabels(perService)));
        return new ConversionPipeline(before, withCheck, after);
    }

    /**
     * Plans the conversion ({@link Planner}), then builds the objects the plan says, step by step.
     * The project's files (bind-mounted project files, configs, secrets) are read through {@code files}.
     */
    ConversionResult run(Project project, ConvertOptions options, FileSource files) {
        Objects.requireNonNull(files, "files");
        Diagnostics diagnostics = new Diagnostics();
        ProjectPlan plan = Planner.plan(project, options == null ? ConvertOptions.defaults() : options, files,
                diagnostics);
        ProjectContext context = new ProjectContext(plan, files, diagnostics);
        for (ProjectConversionStep step : beforeServices) {
            step.apply(context);
        }
        // Each service's steps read the plan and fill only its own context, so services can be
        // converted on several threads; what they report is passed on in the services' order. A context
        // is made only when its service's turn comes: its builders are large, and let go once it is done.
        List<ServicePlan> servicePlans = List.copyOf(plan.servicePlans());
        List<ServiceContext> services = InOrder.map(servicePlans, servicePlans.size() >= parallelFrom,
                servicePlan -> convert(new ServiceContext(context, servicePlan, new Diagnostics())));
        for (ServiceContext service : services) {
            service.reportToProject();
            context.addService(service);
        }
        for (ProjectConversionStep step : afterServices) {
            step.apply(context);
        }
        return new ConversionResult(
                ObjectDeduplicator.deduplicate(context.objectsInOrder(), context.diagnostics()),
                context.diagnostics().inSourceOrder());
    }

    private ServiceContext convert(ServiceContext service) {
        for (ServiceConversionStep step : serviceSteps) {
            step.apply(service);
        }
        service.finishBuilding();
        return service;
    }

    List<ServiceConversionStep> serviceSteps() {
        return serviceSteps;
    }

    /**
     * The service keys some step of this pipeline carries to Kubernetes (sub-keys as
     * {@code deploy.replicas}): for {@link #standard()}, what its {@link UnconvertedKeysStep} does not warn about.
     */
    Set<String> handledKeys() {
        List<ProjectConversionStep> projectSteps = new ArrayList<>(beforeServices);
        projectSteps.addAll(afterServices);
        return Set.copyOf(handledKeys(serviceSteps, projectSteps));
    }

    private static Set<String> handledKeys(List<ServiceConversionStep> steps, List<ProjectConversionStep> projectSteps) {
        Set<String> keys = new TreeSet<>(Planner.handledKeys());
        steps.forEach(step -> keys.addAll(step.handledKeys()));
        projectSteps.forEach(step -> keys.addAll(step.handledKeys()));
        return keys;
    }

    private static Set<String> handledLabels(List<ServiceConversionStep> steps) {
        Set<String> labels = new TreeSet<>(Planner.handledLabels());
        steps.forEach(step -> labels.addAll(step.handledLabels()));
        return labels;
    }
}
