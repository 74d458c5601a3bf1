package io.jkompose.converters.pipeline;

import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.ConvertOptions;
import io.jkompose.converters.steps.ContainerCommandStep;
import io.jkompose.converters.steps.ContainerImageStep;
import io.jkompose.converters.steps.ContainerNameStep;
import io.jkompose.converters.steps.ContainerPortsStep;
import io.jkompose.converters.steps.DeployLabelsStep;
import io.jkompose.converters.steps.DeploymentStep;
import io.jkompose.converters.steps.EnvFileConfigMapStep;
import io.jkompose.converters.steps.EnvironmentStep;
import io.jkompose.converters.steps.HealthcheckStep;
import io.jkompose.converters.steps.HostnameStep;
import io.jkompose.converters.steps.ImagePullPolicyStep;
import io.jkompose.converters.steps.InitContainerLabelsStep;
import io.jkompose.converters.steps.InteractiveStep;
import io.jkompose.converters.steps.KomposeAnnotationStep;
import io.jkompose.converters.steps.KubernetesServiceStep;
import io.jkompose.converters.steps.LabelAnnotationsStep;
import io.jkompose.converters.steps.NamespaceStep;
import io.jkompose.converters.steps.NetworkModeServiceStep;
import io.jkompose.converters.steps.NetworkModeStep;
import io.jkompose.converters.steps.ReplicasStep;
import io.jkompose.converters.steps.SecretFilesStep;
import io.jkompose.converters.steps.SecretObjectsStep;
import io.jkompose.converters.steps.SecurityContextStep;
import io.jkompose.converters.steps.TmpfsStep;
import io.jkompose.converters.steps.UnconvertedKeysStep;
import io.jkompose.converters.steps.VolumeClaimStep;
import io.jkompose.converters.steps.WorkingDirStep;
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
                // storage
                new VolumeClaimStep(),
                new TmpfsStep(),
                new SecretFilesStep(),
                // the pod
                new HostnameStep(),
                new NetworkModeStep(),
                new InitContainerLabelsStep(),
                // metadata, read by the object-building steps below
                new LabelAnnotationsStep(),
                new KomposeAnnotationStep(),
                new DeployLabelsStep(),
                new ReplicasStep(),
                // objects
                new KubernetesServiceStep(),
                new DeploymentStep());
        List<ServiceConversionStep> withCheck = new ArrayList<>(perService);
        List<ProjectConversionStep> before = List.of(new SecretObjectsStep());
        // After every service is converted: merging pods needs their workloads, the namespace every object.
        List<ProjectConversionStep> after = List.of(new NetworkModeServiceStep(), new NamespaceStep());
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
