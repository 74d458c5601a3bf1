package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The labels that mark what jkompose applied for one Compose project, so that prune, diff and down
 * find it again. They go on metadata only: selectors and pod templates stay as the conversion made
 * them (kompose-compatible, and a Deployment's selector is immutable).
 */
public final class Ownership {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String PART_OF = "app.kubernetes.io/part-of";
    public static final String MANAGER = "jkompose";

    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    private final String project;

    /** @throws ClusterException when the project name cannot be a label value (more than 63 characters) */
    public Ownership(String project) {
        if (!LABEL_VALUE.matcher(project).matches()) {
            throw new ClusterException("the project name '" + project + "' cannot be the value of the "
                    + PART_OF + " label (at most 63 letters, digits, '-', '_' or '.'): choose a shorter one with -p");
        }
        this.project = project;
    }

    public String project() {
        return project;
    }

    /** The label selector of everything this project owns, e.g. for {@code kubectl get all -l}. */
    public String selector() {
        return MANAGED_BY + "=" + MANAGER + "," + PART_OF + "=" + project;
    }

    public Map<String, String> labels() {
        return Map.of(MANAGED_BY, MANAGER, PART_OF, project);
    }

    /**
     * Adds the two labels to each object's metadata, and to a StatefulSet's claim templates, whose
     * claims {@code down --volumes} must find too.
     */
    public List<HasMetadata> stamp(List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            label(object.getMetadata());
            if (object instanceof StatefulSet statefulSet && statefulSet.getSpec() != null
                    && statefulSet.getSpec().getVolumeClaimTemplates() != null) {
                statefulSet.getSpec().getVolumeClaimTemplates().forEach(claim -> {
                    if (claim.getMetadata() == null) {
                        claim.setMetadata(new ObjectMeta());
                    }
                    label(claim.getMetadata());
                });
            }
        }
        return objects;
    }

    private void label(ObjectMeta metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (metadata.getLabels() != null) {
            labels.putAll(metadata.getLabels());
        }
        labels.putAll(labels());
        metadata.setLabels(labels);
    }

    public boolean owns(HasMetadata live) {
        Map<String, String> labels = live.getMetadata().getLabels();
        return labels != null && MANAGER.equals(labels.get(MANAGED_BY)) && project.equals(labels.get(PART_OF));
    }
}
