package io.jkompose.converters.plan;

import io.jkompose.model.Deploy;
import io.jkompose.model.Restart;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;

/**
 * When a service's container is restarted: {@code restart}, or {@code deploy.restart_policy.condition}
 * when given (which wins, as in kompose: {@code none} is {@code "no"}, {@code any} is {@code always}).
 *
 * @param policy     when the container is restarted; null when unset
 * @param maxRetries {@code on-failure:<n>}, or {@code deploy.restart_policy.max_attempts}; null when unset
 * @param location   where the policy was written
 */
public record ServiceRestart(Restart.Condition policy, Integer maxRetries, SourceLocation location) {

    static ServiceRestart of(Service service) {
        Deploy deploy = service.deploy();
        Deploy.RestartPolicy deployPolicy = deploy == null ? null : deploy.restartPolicy();
        if (deployPolicy != null && deployPolicy.condition() != null) {
            Restart.Condition policy = switch (deployPolicy.condition()) {
                case NONE -> Restart.Condition.NO;
                case ANY -> Restart.Condition.ALWAYS;
                case ON_FAILURE -> Restart.Condition.ON_FAILURE;
            };
            return new ServiceRestart(policy, deployPolicy.maxAttempts(), deployPolicy.location() != null
                    ? deployPolicy.location() : service.locationOf("deploy"));
        }
        Restart restart = service.lifecycle().restart();
        SourceLocation location = service.locationOf("restart");
        if (restart == null) {
            return new ServiceRestart(null, null, location);
        }
        return new ServiceRestart(restart.condition(), restart.maxRetries(), location);
    }

    /** Whether the container is meant to stop for good at some point: a one-off or a job. */
    public boolean runsToCompletion() {
        return policy == Restart.Condition.NO || policy == Restart.Condition.ON_FAILURE;
    }

    /** The pod's restartPolicy under a workload of this kind (WorkloadKindStep reports what it cannot follow). */
    public String podRestartPolicy(WorkloadKind kind) {
        if (kind.restartsAlways()) {
            return "Always";
        }
        if (kind == WorkloadKind.JOB) {
            // a Job's pods may not restart always: only on-failure retries in place, all else runs once
            return policy == Restart.Condition.ON_FAILURE ? "OnFailure" : "Never";
        }
        return policy == Restart.Condition.NO ? "Never" : "OnFailure"; // a Pod's or a job's
    }

    /** The written form, for messages. */
    public String written() {
        if (policy == null) {
            return null;
        }
        return maxRetries != null && policy == Restart.Condition.ON_FAILURE
                ? policy.written() + ":" + maxRetries : policy.written();
    }
}
