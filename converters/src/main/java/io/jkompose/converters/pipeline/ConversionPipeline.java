package io.jkompose.converters.pipeline;

import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.ConvertOptions;
import io.jkompose.converters.steps.ConfigFilesStep;
import io.jkompose.converters.steps.ContainerCommandStep;
import io.jkompose.converters.steps.ContainerImageStep;
import io.jkompose.converters.steps.ContainerNameStep;
import io.jkompose.converters.steps.ContainerPortsStep;
import io.jkompose.converters.steps.CriAnnotationsStep;
import io.jkompose.converters.steps.CronJobStep;
import io.jkompose.converters.steps.DaemonSetStep;
import io.jkompose.converters.steps.DependencyWaitStep;
import io.jkompose.converters.steps.DeployLabelsStep;
import io.jkompose.converters.steps.DeploymentStep;
import io.jkompose.converters.steps.DnsConfigStep;
import io.jkompose.converters.steps.EnvFileConfigMapStep;
import io.jkompose.converters.steps.EnvironmentStep;
import io.jkompose.converters.steps.ExternalServiceStep;
import io.jkompose.converters.steps.HealthcheckStep;
import io.jkompose.converters.steps.HorizontalPodAutoscalerStep;
import io.jkompose.converters.steps.HostAliasesStep;
import io.jkompose.converters.steps.HostnameStep;
import io.jkompose.converters.steps.ImagePullPolicyStep;
import io.jkompose.converters.steps.IngressStep;
import io.jkompose.converters.steps.InitContainerLabelsStep;
import io.jkompose.converters.steps.InitProcessStep;
import io.jkompose.converters.steps.InteractiveStep;
import io.jkompose.converters.steps.KomposeAnnotationStep;
import io.jkompose.converters.steps.KubernetesServiceStep;
import io.jkompose.converters.steps.LabelAnnotationsStep;
import io.jkompose.converters.steps.LifecycleHooksStep;
import io.jkompose.converters.steps.LinksStep;
import io.jkompose.converters.steps.NamespaceStep;
import io.jkompose.converters.steps.NetworkModeServiceStep;
import io.jkompose.converters.steps.NetworkModeStep;
import io.jkompose.converters.steps.NetworkPolicyStep;
import io.jkompose.converters.steps.PlacementStep;
import io.jkompose.converters.steps.PlatformNodeSelectorStep;
import io.jkompose.converters.steps.PodCredentialsStep;
import io.jkompose.converters.steps.PodStep;
import io.jkompose.converters.steps.ReplicasStep;
import io.jkompose.converters.steps.ResourcesStep;
import io.jkompose.converters.steps.RuntimeAnnotationsStep;
import io.jkompose.converters.steps.RuntimeClassObjectsStep;
import io.jkompose.converters.steps.RuntimeClassStep;
import io.jkompose.converters.steps.ScratchVolumeStep;
import io.jkompose.converters.steps.SecretFilesStep;
import io.jkompose.converters.steps.SecretObjectsStep;
import io.jkompose.converters.steps.SecurityContextStep;
import io.jkompose.converters.steps.SecurityOptStep;
import io.jkompose.converters.steps.ServiceGroupMergeStep;
import io.jkompose.converters.steps.ServiceGroupsStep;
import io.jkompose.converters.steps.ShmSizeStep;
import io.jkompose.converters.steps.StatefulSetStep;
import io.jkompose.converters.steps.StopStep;
import io.jkompose.converters.steps.SysctlsStep;
import io.jkompose.converters.steps.TmpfsStep;
import io.jkompose.converters.steps.UnconvertedKeysStep;
import io.jkompose.converters.steps.VolumeAccessModeStep;
import io.jkompose.converters.steps.VolumesStep;
import io.jkompose.converters.steps.WorkingDirStep;
import io.jkompose.converters.steps.WorkloadKindStep;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conversion as a list of steps. {@link #standard()} is the one place where the steps and
 * their order are declared; nothing else decides what runs when.
 */
public final class ConversionPipeline {

    private final List<ProjectConversionStep> beforeServices;
    private final List<ServiceConversionStep> serviceSteps;
    private final List<ProjectConversionStep> afterServices;

    public ConversionPipeline(List<ProjectConversionStep> beforeServices, List<ServiceConversionStep> serviceSteps,
            List<ProjectConversionStep> afterServices) {
        this.beforeServices = List.copyOf(beforeServices);
        this.serviceSteps = List.copyOf(serviceSteps);
        this.afterServices = List.copyOf(afterServices);
    }

    /**
     * The steps of a conversion to Kubernetes, in order. The order matters in three ways:
     * metadata steps (annotations, labels, replicas) run before the steps that build objects
     * from them (the Kubernetes Service, the workload); objects a service's steps add are written
     * in the order the steps add them (kompose writes env ConfigMaps before claims); and the
     * check for unconverted keys runs last, knowing every other step's keys.
     */
    public static ConversionPipeline standard() {
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
                new VolumeAccessModeStep(),
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
                new WorkloadKindStep(),
                new LabelAnnotationsStep(),
                new RuntimeAnnotationsStep(),
                new KomposeAnnotationStep(),
                new DeployLabelsStep(),
                new ReplicasStep(),
                // objects
                new KubernetesServiceStep(),
                new IngressStep(),
                new ExternalServiceStep(),
                new DeploymentStep(),
                new DaemonSetStep(),
                new StatefulSetStep(),
                new PodStep(),
                new CronJobStep(),
                new HorizontalPodAutoscalerStep(),
                // annotations of the built workload's pods only
                new CriAnnotationsStep());
        List<ServiceConversionStep> withCheck = new ArrayList<>(perService);
        // Service groups first: a grouped service's objects are named after its group.
        List<ProjectConversionStep> before = List.of(new ServiceGroupsStep(), new SecretObjectsStep());
        // After every service is converted: merging pods needs their workloads, the namespace every object.
        // RuntimeClasses are cluster-scoped: they come after the namespace is set.
        // Network policies and dependency waits act on the merged pods.
        List<ProjectConversionStep> after = List.of(new ServiceGroupMergeStep(), new NetworkModeServiceStep(), new NetworkPolicyStep(),
                new DependencyWaitStep(), new NamespaceStep(),
                new RuntimeClassObjectsStep());
        List<ProjectConversionStep> projectSteps = new ArrayList<>(before);
        projectSteps.addAll(after);
        withCheck.add(new UnconvertedKeysStep(handledKeys(perService, projectSteps), handledLabels(perService)));
        return new ConversionPipeline(before, withCheck, after);
    }

    public ConversionResult run(Project project, ConvertOptions options) {
        ProjectContext context = new ProjectContext(project, options);
        for (ProjectConversionStep step : beforeServices) {
            step.apply(context);
        }
        for (Service service : project.services().values()) {
            ServiceContext serviceContext = new ServiceContext(context, service);
            for (ServiceConversionStep step : serviceSteps) {
                step.apply(serviceContext);
            }
            context.addService(serviceContext);
        }
        for (ProjectConversionStep step : afterServices) {
            step.apply(context);
        }
        return new ConversionResult(
                ObjectDeduplicator.deduplicate(context.objectsInOrder(), context.diagnostics()),
                context.diagnostics().inSourceOrder());
    }

    public List<ServiceConversionStep> serviceSteps() {
        return serviceSteps;
    }

    /**
     * The service keys some step of this pipeline carries to Kubernetes (sub-keys as
     * {@code deploy.replicas}): for {@link #standard()}, what its {@link UnconvertedKeysStep} does not warn about.
     */
    public Set<String> handledKeys() {
        List<ProjectConversionStep> projectSteps = new ArrayList<>(beforeServices);
        projectSteps.addAll(afterServices);
        return Set.copyOf(handledKeys(serviceSteps, projectSteps));
    }

    private static Set<String> handledKeys(List<ServiceConversionStep> steps, List<ProjectConversionStep> projectSteps) {
        Set<String> keys = new TreeSet<>();
        steps.forEach(step -> keys.addAll(step.handledKeys()));
        projectSteps.forEach(step -> keys.addAll(step.handledKeys()));
        return keys;
    }

    private static Set<String> handledLabels(List<ServiceConversionStep> steps) {
        Set<String> labels = new TreeSet<>();
        steps.forEach(step -> labels.addAll(step.handledLabels()));
        return labels;
    }
}
