package io.jkompose.converters.pipeline;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.plan.ProjectPlan;
import io.jkompose.converters.plan.ServiceGroup;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a conversion shares across services: the input, the options, the project's files, the
 * diagnostics, the outputs.
 */
public final class ProjectContext {

    private final ProjectPlan plan;
    private final Project project;
    private final ConvertOptions options;
    private final FileSource files;
    private final Diagnostics diagnostics;
    private final List<HasMetadata> projectObjects = new ArrayList<>();
    private final List<HasMetadata> leadingObjects = new ArrayList<>();
    private final List<ServiceContext> services = new ArrayList<>();

    public ProjectContext(ProjectPlan plan, FileSource files, Diagnostics diagnostics) {
        this.plan = plan;
        this.project = plan.project();
        this.options = plan.options();
        this.files = files;
        this.diagnostics = diagnostics;
    }

    /** What the plan phase decided; the build steps only read it. */
    public ProjectPlan plan() {
        return plan;
    }

    public Project project() {
        return project;
    }

    public ConvertOptions options() {
        return options;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The project's files (config and secret files): steps read them through this, never from disk. */
    public FileSource files() {
        return files;
    }

    /** The Kubernetes name of a Compose service. */
    public String kubernetesName(String serviceName) {
        return plan.kubernetesName(serviceName);
    }

    /** Objects of the whole project (Secrets, the Namespace), written after the Services. */
    public void addProjectObject(HasMetadata object) {
        projectObjects.add(object);
    }

    public List<HasMetadata> projectObjects() {
        return Collections.unmodifiableList(projectObjects);
    }

    /**
     * Objects that the workloads need to exist first (RuntimeClasses), written before all others;
     * cluster-scoped, so they are added after the namespace is set.
     */
    public void addLeadingObject(HasMetadata object) {
        leadingObjects.add(object);
    }

    /** The group of a Compose service, or null when its pod is its own. */
    public ServiceGroup serviceGroup(String serviceName) {
        return plan.group(serviceName);
    }

    /** The assembly adds each service once its steps have run. */
    public void addService(ServiceContext service) {
        services.add(service);
    }

    /** The converted services, in the project's (sorted) order. */
    public List<ServiceContext> services() {
        return Collections.unmodifiableList(services);
    }

    /**
     * Every object, in kompose's order: all Kubernetes Services first (by service name), then the
     * project's objects, then per service its workload and the objects made for it. Duplicates
     * are still there; the assembly removes them. Leading objects come before all.
     */
    public List<HasMetadata> objectsInOrder() {
        List<HasMetadata> objects = new ArrayList<>(leadingObjects);
        for (ServiceContext service : services) {
            objects.addAll(service.kubernetesServices());
        }
        objects.addAll(projectObjects);
        for (ServiceContext service : services) {
            if (service.workload() != null) {
                objects.add(service.workload());
            }
            objects.addAll(service.objects());
        }
        return objects;
    }
}
