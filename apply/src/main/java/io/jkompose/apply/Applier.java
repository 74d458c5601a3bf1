package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import io.jkompose.apply.ApplyOptions.DryRun;
import io.jkompose.apply.ObjectResult.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code jkompose apply}: server-side apply of every object, in {@link Kinds} order, as field
 * manager {@code jkompose}. A rejected object is reported and the rest still applied; a failure
 * that no further request can get past (unreachable, bad credentials) ends the run.
 */
public final class Applier {

    private final KubernetesClient client;

    public Applier(KubernetesClient client) {
        this.client = client;
    }

    /**
     * Applies the application; each result goes to {@code listener} as soon as it is known.
     *
     * @throws ClusterException when the cluster cannot be used at all
     */
    public List<ObjectResult> apply(Application application, ApplyOptions options, Consumer<ObjectResult> listener) {
        List<ObjectResult> results = new ArrayList<>();
        Set<ObjectRef> applied = new HashSet<>();
        for (HasMetadata object : ApplyOrder.sort(application.ownership().stamp(application.objects()))) {
            ObjectResult result = applyOne(object, application.namespace(), options);
            applied.add(result.object());
            results.add(result);
            listener.accept(result);
        }
        if (options.prune()) {
            if (results.stream().anyMatch(ObjectResult::failed)) {
                return results; // what failed to apply may look unowned; prune only after a clean apply
            }
            new Owned(client, application).findAll().stream()
                    .filter(live -> !applied.contains(ObjectRef.of(live, application.namespace())))
                    .forEach(live -> {
                        ObjectResult result = prune(live, application.namespace(), options.dryRun());
                        results.add(result);
                        listener.accept(result);
                    });
        }
        return results;
    }

    private ObjectResult applyOne(HasMetadata object, String defaultNamespace, ApplyOptions options) {
        ObjectRef ref = ObjectRef.of(object, defaultNamespace);
        Resource<HasMetadata> resource = resource(client, object, ref);
        try {
            HasMetadata before = resource.get();
            if (options.dryRun() == DryRun.CLIENT) {
                return new ObjectResult(ref, before == null ? Outcome.CREATED : Outcome.CONFIGURED, null);
            }
            ServerSideApplicable<HasMetadata> apply = (options.dryRun() == DryRun.SERVER ? resource.dryRun() : resource)
                    .fieldManager(ApplyOptions.FIELD_MANAGER);
            if (options.forceConflicts()) {
                apply = apply.forceConflicts();
            }
            HasMetadata after = apply.serverSideApply();
            return new ObjectResult(ref, outcome(before, after, options.dryRun()), null);
        } catch (KubernetesClientException e) {
            if (Failures.fatal(e)) {
                throw new ClusterException(Failures.describe(e), e);
            }
            return new ObjectResult(ref, Outcome.FAILED, Failures.describe(e, object));
        }
    }

    private static Outcome outcome(HasMetadata before, HasMetadata after, DryRun dryRun) {
        if (before == null) {
            return Outcome.CREATED;
        }
        if (dryRun == DryRun.SERVER) {
            // a dry run stores nothing, so the resourceVersion says nothing: compare what would be stored
            return LiveObjects.comparable(before).equals(LiveObjects.comparable(after)) ? Outcome.UNCHANGED
                    : Outcome.CONFIGURED;
        }
        return Objects.equals(before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion())
                ? Outcome.UNCHANGED : Outcome.CONFIGURED;
    }

    private ObjectResult prune(GenericKubernetesResource live, String defaultNamespace, DryRun dryRun) {
        ObjectRef ref = ObjectRef.of(live, defaultNamespace);
        if (live.getKind().equals("PersistentVolumeClaim")) {
            return new ObjectResult(ref, Outcome.KEPT, "no service uses it any more; its data is deleted only when "
                    + "asked (jkompose down --volumes; the Maven goal's removeVolumes) or by kubectl delete");
        }
        if (dryRun == DryRun.CLIENT) {
            return new ObjectResult(ref, Outcome.PRUNED, null);
        }
        try {
            Resource<HasMetadata> resource = resource(client, live, ref);
            (dryRun == DryRun.SERVER ? resource.dryRun() : resource).delete();
            return new ObjectResult(ref, Outcome.PRUNED, null);
        } catch (KubernetesClientException e) {
            if (Failures.fatal(e)) {
                throw new ClusterException(Failures.describe(e), e);
            }
            return new ObjectResult(ref, Outcome.FAILED, Failures.describe(e));
        }
    }

    @SuppressWarnings("unchecked")
    static Resource<HasMetadata> resource(KubernetesClient client, HasMetadata object, ObjectRef ref) {
        var resource = client.resource(object);
        return ref.namespace() == null ? (Resource<HasMetadata>) (Resource<?>) resource
                : (Resource<HasMetadata>) (Resource<?>) resource.inNamespace(ref.namespace());
    }
}
