package io.jkompose.converters.pipeline;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.plan.ServiceGroup;
import io.jkompose.converters.plan.ServicePlan;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The conversion of one service in progress: the model service, the builders of its pod and
 * main container that the steps fill, and the objects made for it. The final step turns the
 * builders into the workload.
 */
public final class ServiceContext {

    /** The label kompose selects a service's pods by; kept so that switching tools keeps selectors. */
    public static final String SELECTOR_LABEL = ServicePlan.SELECTOR_LABEL;

    private final ProjectContext projectContext;
    private final ServicePlan plan;
    private final Service service;
    private PodSpecBuilder podSpec = new PodSpecBuilder();
    private ContainerBuilder container = new ContainerBuilder();
    private String containerName;
    private String containerImage;
    private final SortedMap<String, String> annotations = new TreeMap<>();
    private final SortedMap<String, String> podAnnotations = new TreeMap<>();
    private final SortedMap<String, String> workloadLabels = new TreeMap<>();
    private final List<io.fabric8.kubernetes.api.model.Service> kubernetesServices = new ArrayList<>();
    private final List<HasMetadata> objects = new ArrayList<>();
    private HasMetadata workload;
    private Diagnostics diagnostics;

    /** A service whose steps report straight to the project's diagnostics. */
    public ServiceContext(ProjectContext projectContext, ServicePlan plan) {
        this(projectContext, plan, projectContext.diagnostics());
    }

    /**
     * A service whose steps report to diagnostics of its own, which the caller passes on to the
     * project's in the services' order ({@link #reportToProject}): then services can be converted on
     * several threads at once and still report in the order one thread would.
     */
    public ServiceContext(ProjectContext projectContext, ServicePlan plan, Diagnostics diagnostics) {
        this.projectContext = projectContext;
        this.plan = plan;
        this.service = plan.service();
        this.diagnostics = diagnostics;
    }

    /** The Compose names that resolve under another name, for the texts that use them. */
    public io.jkompose.converters.plan.HostNames hostNames() {
        return projectContext.plan().hostNames();
    }

    /** What the plan phase decided for this service. */
    public ServicePlan plan() {
        return plan;
    }

    public Service service() {
        return service;
    }

    public Project project() {
        return projectContext.project();
    }

    public ProjectContext projectContext() {
        return projectContext;
    }

    public ConvertOptions options() {
        return projectContext.options();
    }

    /**
     * Passes what this service's steps reported on to the project's diagnostics, where whatever is
     * reported for the service from then on (by the steps after all services) goes straight.
     */
    public void reportToProject() {
        Diagnostics project = projectContext.diagnostics();
        if (diagnostics != project) {
            project.addAll(diagnostics);
            diagnostics = project;
        }
    }

    /** Where this service's steps report. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The service's Kubernetes name: the workload's name and the selector value. */
    public String name() {
        return plan.name();
    }

    /** {@code io.kompose.service: <workload name>}: the workload's selector and its pods' labels. */
    public Map<String, String> selectorLabels() {
        return plan.selectorLabels();
    }

    /** The group whose pod this service's container joins ({@code --service-group-mode}), or null. */
    public ServiceGroup group() {
        return plan.group();
    }

    /** The name of the workload that runs this service: its own name, or its group's. */
    public String workloadName() {
        return plan.workloadName();
    }

    /** Which kind of workload runs this service's pods. */
    public WorkloadKind workloadKind() {
        return plan.kind();
    }

    /** The pod spec, without its containers (the main container has its own builder). */
    public PodSpecBuilder podSpec() {
        return requireBuilding(podSpec);
    }

    /** The service's container. */
    public ContainerBuilder container() {
        return requireBuilding(container);
    }

    /** The name of the service's container, also once its builder is gone. */
    public String containerName() {
        return container != null ? container.getName() : containerName;
    }

    /** The image of the service's container, also once its builder is gone. */
    public String containerImage() {
        return container != null ? container.getImage() : containerImage;
    }

    /**
     * Called once the service's steps have run: what the builders hold is in the built objects now,
     * so they are let go. Builders are several times the size of what they build (at 10,000
     * services they held about 100 MB until the end of the conversion).
     */
    public void finishBuilding() {
        containerName = container.getName();
        containerImage = container.getImage();
        podSpec = null;
        container = null;
    }

    private static <T> T requireBuilding(T builder) {
        if (builder == null) {
            throw new IllegalStateException("the service's steps have run; its builders are gone");
        }
        return builder;
    }

    /** Adds a pod volume unless one of that name is there already; true when added. */
    public boolean addPodVolume(Volume volume) {
        if (hasPodVolume(volume.getName())) {
            return false;
        }
        podSpec().addToVolumes(volume);
        return true;
    }

    /**
     * Whether the pod has a volume of that name: one added, or a claim the plan makes per replica
     * (a StatefulSet's volumeClaimTemplate, which its pods mount by name like a pod volume).
     */
    public boolean hasPodVolume(String volumeName) {
        // hasMatchingVolume looks at the builders; buildVolumes() would build every volume to look at it
        return plan.storage().hasClaimTemplate(volumeName)
                || podSpec().hasMatchingVolume(volume -> volumeName.equals(volume.getName()));
    }

    /**
     * Annotations of the pod template only: Compose's {@code annotations:} are meant for the
     * container, and runtimes read them from the pod (they win over {@link #annotations()} there).
     */
    public SortedMap<String, String> podAnnotations() {
        return podAnnotations;
    }

    /** Annotations of the workload, its pod template and its Services (as kompose places them). */
    public SortedMap<String, String> annotations() {
        return annotations;
    }

    /** Labels of the workload's own metadata besides the selector label ({@code deploy.labels}). */
    public SortedMap<String, String> workloadLabels() {
        return workloadLabels;
    }

    /** The replica count. */
    public int replicas() {
        return plan.replicas();
    }

    public void addKubernetesService(io.fabric8.kubernetes.api.model.Service kubernetesService) {
        kubernetesServices.add(kubernetesService);
    }

    public List<io.fabric8.kubernetes.api.model.Service> kubernetesServices() {
        return Collections.unmodifiableList(kubernetesServices);
    }

    /** An object made for this service (ConfigMap, claim ...), written after its workload. */
    public void addObject(HasMetadata object) {
        objects.add(object);
    }

    public List<HasMetadata> objects() {
        return Collections.unmodifiableList(objects);
    }

    public HasMetadata workload() {
        return workload;
    }

    public void setWorkload(HasMetadata workload) {
        this.workload = workload;
    }

    public void warn(ConverterCode code, SourceLocation location, String message, String hint) {
        diagnostics().warn(code, location, message, hint);
    }

    public void error(ConverterCode code, SourceLocation location, String message, String hint) {
        diagnostics().error(code, location, message, hint);
    }

    /** Where the service wrote {@code key}, for diagnostics. */
    public SourceLocation locationOf(String key) {
        return service.locationOf(key);
    }
}
