package io.jkompose.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --wait}: follows each workload until it is rolled out (a Job until complete), polling the
 * API server, and hands every round of states to a progress display. At the timeout, each workload
 * still not done is explained from its pods ({@link NotReady}).
 */
public final class RolloutWaiter {

    /** Often enough that a display feels live, rare enough not to load the API server. */
    static final Duration POLL = Duration.ofMillis(500);

    private final KubernetesClient client;

    public RolloutWaiter(KubernetesClient client) {
        this.client = client;
    }

    /**
     * One round of states; {@code elapsed} is the time since waiting began.
     */
    public record Progress(List<RolloutState> states, Duration elapsed) {
    }

    /**
     * @param notReady for each workload that did not finish well, why (empty when all are done)
     */
    public record Outcome(List<RolloutState> states, Map<ObjectRef, List<String>> notReady, boolean timedOut) {

        public boolean succeeded() {
            return notReady.isEmpty();
        }
    }

    /** Waits for the workloads among {@code objects} (in apply order); reads the cluster only. */
    public Outcome await(Application application, Duration timeout, Consumer<Progress> progress) {
        Map<ObjectRef, HasMetadata> workloads = new LinkedHashMap<>();
        for (HasMetadata object : ApplyOrder.sort(application.objects())) {
            if (Rollouts.followed(object)) {
                workloads.put(ObjectRef.of(object, application.namespace()), object);
            }
        }
        long start = System.nanoTime();
        Map<ObjectRef, RolloutState> states = new LinkedHashMap<>();
        Map<ObjectRef, HasMetadata> live = new LinkedHashMap<>();
        while (true) {
            for (var entry : workloads.entrySet()) {
                RolloutState previous = states.get(entry.getKey());
                if (previous != null && previous.finished()) {
                    continue;
                }
                HasMetadata current = get(entry.getKey(), entry.getValue());
                live.put(entry.getKey(), current);
                states.put(entry.getKey(), Rollouts.state(entry.getKey(), current));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<RolloutState> round = List.copyOf(states.values());
            progress.accept(new Progress(round, elapsed));
            boolean allFinished = round.stream().allMatch(RolloutState::finished);
            boolean timedOut = !allFinished && elapsed.compareTo(timeout) >= 0;
            if (allFinished || timedOut) {
                return new Outcome(round, reasons(round, live), timedOut);
            }
            sleep();
        }
    }

    private Map<ObjectRef, List<String>> reasons(List<RolloutState> states, Map<ObjectRef, HasMetadata> live) {
        Map<ObjectRef, List<String>> reasons = new LinkedHashMap<>();
        for (RolloutState state : states) {
            if (state.phase() == RolloutState.Phase.DONE) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (state.phase() == RolloutState.Phase.FAILED && state.detail() != null) {
                why.add(state.detail());
            }
            why.addAll(NotReady.explain(client, state.object(), live.get(state.object())));
            reasons.put(state.object(), why);
        }
        return reasons;
    }

    private HasMetadata get(ObjectRef ref, HasMetadata object) {
        try {
            return Applier.resource(client, object, ref).get();
        } catch (KubernetesClientException e) {
            if (Failures.fatal(e)) {
                throw new ClusterException(Failures.describe(e), e);
            }
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for the rollout", e);
        }
    }
}
