package io.jkompose.model;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

/**
 * When a service's container starts, is checked, is restarted and stops. Unset scalars are null;
 * unset collections are empty.
 *
 * @param dependsOn       {@code depends_on}: the services to start first, by name
 * @param healthcheck     {@code healthcheck}
 * @param restart         {@code restart}
 * @param postStart       the {@code post_start} hooks, in order
 * @param preStop         the {@code pre_stop} hooks, in order
 * @param stopSignal      {@code stop_signal}
 * @param stopGracePeriod {@code stop_grace_period}
 */
public record ServiceLifecycle(SortedMap<String, Dependency> dependsOn, Healthcheck healthcheck, Restart restart,
        List<LifecycleHook> postStart, List<LifecycleHook> preStop, String stopSignal, Duration stopGracePeriod) {

    /** Nothing set: the image's healthcheck, no restarts, the runtime's stop signal and grace period. */
    public static final ServiceLifecycle EMPTY = new ServiceLifecycle(null, null, null, null, null, null, null);

    public ServiceLifecycle {
        dependsOn = Copies.sorted(dependsOn);
        postStart = Copies.list(postStart);
        preStop = Copies.list(preStop);
    }
}
