package io.jkompose.converters.steps.metadata;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * {@code -n <namespace>}: a Namespace object, and that namespace on every namespaced object and on
 * the ServiceAccount subjects of RoleBindings, which name none (an API server would read them as
 * the binding's own namespace; written out, the binding says so plainly).
 * (kompose also writes it into the Namespace's own metadata, which an API server ignores for a
 * cluster-scoped object; jkompose leaves it out.)
 */
public final class NamespaceStep implements ProjectConversionStep {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "PersistentVolume", "StorageClass",
            "ClusterRole", "ClusterRoleBinding", "PriorityClass", "IngressClass", "CustomResourceDefinition");

    @Override
    public void apply(ProjectContext context) {
        String requested = context.options().namespace();
        if (requested == null) {
            return;
        }
        String namespace = requested;
        if (!KubernetesNames.isLabel(requested)) {
            namespace = KubernetesNames.label(requested);
            context.diagnostics().error(ConverterCode.INVALID_OPTION, SourceLocation.NONE, "namespace '" + requested
                    + "' is not a DNS-1123 label; '" + namespace + "' is used",
                    "use lower-case letters, digits and '-' only, at most 63");
        }
        context.addProjectObject(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build());
        for (HasMetadata object : context.objectsInOrder()) {
            if (!CLUSTER_SCOPED.contains(object.getKind())) {
                object.getMetadata().setNamespace(namespace);
            }
            if (object instanceof RoleBinding binding && binding.getSubjects() != null) {
                for (Subject subject : binding.getSubjects()) {
                    if ("ServiceAccount".equals(subject.getKind()) && subject.getNamespace() == null) {
                        subject.setNamespace(namespace);
                    }
                }
            }
        }
    }
}
