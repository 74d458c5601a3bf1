package io.jkompose.converters.pipeline;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.ConvertOptions;
import io.jkompose.converters.plan.ProjectPlan;
import io.jkompose.converters.plan.ServiceGroup;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.FileSource;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a conversion shares across services: the input, the options, the project's files, the
 * diagnostics, the outputs.
 */
public final class ProjectContext {

    private static final Pattern QUANTITY = Pattern.compile(
            "[+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?");

    private final ProjectPlan plan;
    private final Project project;
    private final ConvertOptions options;
    private final FileSource files;
    private final Diagnostics diagnostics;
    private final List<HasMetadata> projectObjects = new ArrayList<>();
    private final List<HasMetadata> leadingObjects = new ArrayList<>();
    private final List<ServiceContext> services = new ArrayList<>();
    private Map<String, Boolean> writableVolumes;
    private String pvcRequestSize;
    private final Map<Object, Object> shared = new HashMap<>();

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

    /**
     * A value of the whole project that a step computes once and then reuses for each service
     * (the settings of a named volume that several services mount, say), so that its problems are
     * reported once and the work stays linear. Keys are the step's own (a record of its own type).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Supplier<T> compute) {
        Object value = shared.get(key);
        if (value == null && !shared.containsKey(key)) {
            value = compute.get();
            shared.put(key, value);
        }
        return (T) value;
    }

    void addService(ServiceContext service) {
        services.add(service);
    }

    /** The converted services, in the project's (sorted) order. */
    public List<ServiceContext> services() {
        return Collections.unmodifiableList(services);
    }

    /**
     * Whether some service mounts the named volume read-write. A claim that one service writes
     * must not be created {@code ReadOnlyMany} because another service mounts it read-only.
     * Computed once for the project, so asking per mount stays linear.
     */
    public boolean isWrittenBySomeService(String volumeName) {
        if (writableVolumes == null) {
            writableVolumes = new HashMap<>();
            for (Service service : project.services().values()) {
                for (ServiceVolume volume : service.volumes()) {
                    if (ServiceVolume.VOLUME.equals(volume.type()) && !volume.isAnonymous()) {
                        writableVolumes.merge(volume.source(), !volume.readOnly(), Boolean::logicalOr);
                    }
                }
            }
        }
        return writableVolumes.getOrDefault(volumeName, false);
    }

    /**
     * The storage request of each claim: {@code --pvc-request-size}, or kompose's 100Mi when that
     * is not a Kubernetes quantity (reported once).
     */
    public String pvcRequestSize() {
        if (pvcRequestSize == null) {
            String requested = options.storage().pvcRequestSize();
            if (QUANTITY.matcher(requested).matches()) {
                pvcRequestSize = requested;
            } else {
                diagnostics.error("invalid-option", SourceLocation.NONE,
                        "the PVC request size '" + requested + "' is not a Kubernetes quantity; "
                                + ConvertOptions.DEFAULT_PVC_REQUEST_SIZE + " is used",
                        "write a size such as 500Mi or 2Gi");
                pvcRequestSize = ConvertOptions.DEFAULT_PVC_REQUEST_SIZE;
            }
        }
        return pvcRequestSize;
    }

    /**
     * Every object, in kompose's order: all Kubernetes Services first (by service name), then the
     * project's objects, then per service its workload and the objects made for it. Duplicates
     * are still there; {@link ObjectDeduplicator} removes them. Leading objects come before all.
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
