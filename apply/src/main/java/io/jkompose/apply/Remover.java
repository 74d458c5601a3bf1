package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jkompose.apply.ObjectResult.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code jkompose down}: deletes what the project owns (found by its labels), kinds in reverse
 * apply order, then waits until the objects are gone. Deletion is in the foreground, so a workload
 * is gone only once its pods are. Claims stay unless asked: their data is the one thing down
 * cannot give back. Cluster-wide objects (Namespace, RuntimeClass) stay: others may use them.
 */
public final class Remover {

    private final KubernetesClient client;

    public Remover(KubernetesClient client) {
        this.client = client;
    }

    /**
     * @param volumes also delete the PersistentVolumeClaims
     * @return one result per object found; an object still there at the timeout is FAILED
     */
    public List<ObjectResult> down(Application application, boolean volumes, Duration timeout,
            Consumer<ObjectResult> listener) {
        List<GenericKubernetesResource> owned = ApplyOrder.reverse(new Owned(client, application).findAll());
        List<ObjectResult> results = new ArrayList<>();
        List<GenericKubernetesResource> deleted = new ArrayList<>();
        for (GenericKubernetesResource live : owned) {
            ObjectRef ref = ObjectRef.of(live, application.namespace());
            if (!volumes && live.getKind().equals("PersistentVolumeClaim")) {
                report(results, listener, new ObjectResult(ref, Outcome.KEPT, "its data stays; down deletes claims only when asked (jkompose down --volumes; the Maven goal's removeVolumes)"));
                continue;
            }
            try {
                client.genericKubernetesResources(live.getApiVersion(), live.getKind())
                        .inNamespace(ref.namespace())
                        .withField("metadata.name", ref.name())
                        .withPropagationPolicy(DeletionPropagation.FOREGROUND)
                        .delete();
                deleted.add(live);
            } catch (KubernetesClientException e) {
                if (Failures.fatal(e)) {
                    throw new ClusterException(Failures.describe(e), e);
                }
                report(results, listener, new ObjectResult(ref, Outcome.FAILED, Failures.describe(e)));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (GenericKubernetesResource live : deleted) {
            ObjectRef ref = ObjectRef.of(live, application.namespace());
            boolean gone = awaitGone(live, ref, deadline);
            report(results, listener, gone ? new ObjectResult(ref, Outcome.DELETED, null)
                    : new ObjectResult(ref, Outcome.FAILED, "still there after the timeout (finalizers or pods "
                            + "that do not stop)"));
        }
        return results;
    }

    private boolean awaitGone(GenericKubernetesResource live, ObjectRef ref, long deadline) {
        while (true) {
            GenericKubernetesResource current;
            try {
                current = client.genericKubernetesResources(live.getApiVersion(), live.getKind())
                        .inNamespace(ref.namespace()).withName(ref.name()).get();
            } catch (KubernetesClientException e) {
                throw new ClusterException(Failures.describe(e), e);
            }
            if (current == null || !live.getMetadata().getUid().equals(current.getMetadata().getUid())) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(RolloutWaiter.POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for deletion", e);
            }
        }
    }

    private static void report(List<ObjectResult> results, Consumer<ObjectResult> listener, ObjectResult result) {
        results.add(result);
        listener.accept(result);
    }
}
