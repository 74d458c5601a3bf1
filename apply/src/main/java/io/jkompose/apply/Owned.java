package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a project owns in its namespace by its {@link Ownership} labels, kind by kind in
 * {@link Kinds} order. Cluster-wide kinds are not looked for: a RuntimeClass or a Namespace may be
 * shared with other applications.
 */
final class Owned {

    private final KubernetesClient client;
    private final Application application;

    Owned(KubernetesClient client, Application application) {
        this.client = client;
        this.application = application;
    }

    List<GenericKubernetesResource> findAll() {
        List<GenericKubernetesResource> found = new ArrayList<>();
        for (Kinds.Kind kind : Kinds.ALL) {
            if (!kind.namespaced()) {
                continue;
            }
            try {
                found.addAll(client.genericKubernetesResources(kind.apiVersion(), kind.name())
                        .inNamespace(application.namespace())
                        .withLabels(application.ownership().labels())
                        .list().getItems());
            } catch (KubernetesClientException e) {
                if (e.getCode() == 404) {
                    continue; // the cluster does not serve the kind, so nothing of it can be owned
                }
                throw new ClusterException(Failures.fatal(e) ? Failures.describe(e)
                        : "cannot list " + kind.name() + " objects: " + Failures.describe(e), e);
            }
        }
        return found;
    }
}
