package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import io.jkompose.apply.ObjectResult.Outcome;
import io.jkompose.converters.writers.ManifestWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code jkompose diff}: what apply would change. Each object is applied with dryRun=All, so the
 * server's defaults, admission and merge are in the result, and compared with the live object,
 * both without what the server keeps for itself ({@link LiveObjects}). Secret values never leave
 * this class: they are shown as {@code ***}, marked where they would change.
 */
public final class Differ {

    /**
     * One object that would change: YAML before and after; {@code live} is null for an object
     * apply would create, {@code desired} null for one prune would delete.
     */
    public record ObjectDiff(ObjectRef object, String live, String desired) {
    }

    /** @param failures objects the server rejected in the dry run */
    public record Report(List<ObjectDiff> changes, List<ObjectResult> failures) {
    }

    private final KubernetesClient client;
    private final ManifestWriter yaml = new ManifestWriter();

    public Differ(KubernetesClient client) {
        this.client = client;
    }

    public Report diff(Application application, boolean forceConflicts, boolean prune) {
        List<ObjectDiff> changes = new ArrayList<>();
        List<ObjectResult> failures = new ArrayList<>();
        Set<ObjectRef> desired = new HashSet<>();
        for (HasMetadata object : ApplyOrder.sort(application.ownership().stamp(application.objects()))) {
            ObjectRef ref = ObjectRef.of(object, application.namespace());
            desired.add(ref);
            Resource<HasMetadata> resource = Applier.resource(client, object, ref);
            try {
                HasMetadata live = resource.get();
                ServerSideApplicable<HasMetadata> apply = resource.dryRun().fieldManager(ApplyOptions.FIELD_MANAGER);
                HasMetadata after = (forceConflicts ? apply.forceConflicts() : apply).serverSideApply();
                Map<String, Object> before = live == null ? null : LiveObjects.comparable(live);
                Map<String, Object> wanted = LiveObjects.comparable(after);
                if (!wanted.equals(before)) {
                    masked(before, wanted);
                    changes.add(new ObjectDiff(ref, before == null ? null : yaml.treeYaml(before), yaml.treeYaml(wanted)));
                }
            } catch (KubernetesClientException e) {
                if (Failures.fatal(e)) {
                    throw new ClusterException(Failures.describe(e), e);
                }
                failures.add(new ObjectResult(ref, Outcome.FAILED, Failures.describe(e, object)));
            }
        }
        if (prune) {
            new Owned(client, application).findAll().stream()
                    .filter(live -> !live.getKind().equals("PersistentVolumeClaim"))
                    .filter(live -> !desired.contains(ObjectRef.of(live, application.namespace())))
                    .forEach(live -> {
                        Map<String, Object> before = LiveObjects.comparable(live);
                        masked(before, null);
                        changes.add(new ObjectDiff(ObjectRef.of(live, application.namespace()),
                                yaml.treeYaml(before), null));
                    });
        }
        return new Report(changes, failures);
    }

    /** Replaces Secret values in both trees, keeping whether each one changes. */
    @SuppressWarnings("unchecked")
    static void masked(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> any = after != null ? after : before;
        if (!"Secret".equals(any.get("kind"))) {
            return;
        }
        for (String field : List.of("data", "stringData")) {
            Map<String, Object> old = before == null ? null : (Map<String, Object>) before.get(field);
            Map<String, Object> now = after == null ? null : (Map<String, Object>) after.get(field);
            if (old != null) {
                Map<String, Object> shown = new LinkedHashMap<>();
                old.forEach((key, value) -> shown.put(key, now != null && value.equals(now.get(key)) ? "***"
                        : "*** (before)"));
                before.put(field, shown);
            }
            if (now != null) {
                Map<String, Object> shown = new LinkedHashMap<>();
                now.forEach((key, value) -> shown.put(key, old != null && value.equals(old.get(key)) ? "***"
                        : "*** (after)"));
                after.put(field, shown);
            }
        }
    }
}
