package io.jkompose.converters.plan;

import io.jkompose.model.Deploy;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;

/**
 * When a service's container is restarted: {@code restart}, or {@code deploy.restart_policy.condition}
 * when given (which wins, as in kompose: {@code none} is {@code "no"}, {@code any} is {@code always}).
 *
 * @param policy     {@code always}, {@code unless-stopped}, {@code no} or {@code on-failure}; null when unset
 * @param maxRetries {@code on-failure:<n>}, or {@code deploy.restart_policy.max_attempts}; null when unset
 * @param location   where the policy was written
 */
public record ServiceRestart(String policy, Integer maxRetries, SourceLocation location) {

    public static final String NO = "no";
    public static final String ON_FAILURE = "on-failure";

    static ServiceRestart of(Service service) {
        Deploy deploy = service.deploy();
        Deploy.RestartPolicy deployPolicy = deploy == null ? null : deploy.restartPolicy();
        if (deployPolicy != null && deployPolicy.condition() != null) {
            String policy = switch (deployPolicy.condition()) {
                case "none" -> NO;
                case "any" -> "always";
                default -> deployPolicy.condition();
            };
            return new ServiceRestart(policy, deployPolicy.maxAttempts(), deployPolicy.location() != null
                    ? deployPolicy.location() : service.locationOf("deploy"));
        }
        String restart = service.restart();
        SourceLocation location = service.locationOf("restart");
        if (restart == null) {
            return new ServiceRestart(null, null, location);
        }
        if (restart.startsWith(ON_FAILURE + ":")) {
            Integer retries = null;
            try {
                retries = Integer.valueOf(restart.substring(ON_FAILURE.length() + 1).trim());
            } catch (NumberFormatException e) {
                // the loader has reported it
            }
            return new ServiceRestart(ON_FAILURE, retries, location);
        }
        return new ServiceRestart(restart, null, location);
    }

    /** Whether the container is meant to stop for good at some point: a one-off or a job. */
    public boolean runsToCompletion() {
        return NO.equals(policy) || ON_FAILURE.equals(policy);
    }

    /** The pod's restartPolicy under a workload of this kind (WorkloadKindStep reports what it cannot follow). */
    public String podRestartPolicy(WorkloadKind kind) {
        if (kind.restartsAlways()) {
            return "Always";
        }
        return NO.equals(policy) ? "Never" : "OnFailure"; // a Pod's or a job's
    }

    /** The written form, for messages. */
    public String written() {
        return maxRetries != null && ON_FAILURE.equals(policy) ? policy + ":" + maxRetries : policy;
    }
}
