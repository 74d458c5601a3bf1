package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code healthcheck} → the container's {@code livenessProbe}, as kompose makes it: the test
 * without its {@code CMD}/{@code CMD-SHELL} word as an exec command, {@code interval} →
 * periodSeconds, {@code timeout} → timeoutSeconds, {@code retries} → failureThreshold and
 * {@code start_period} → initialDelaySeconds.
 */
public final class HealthcheckStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("healthcheck");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Healthcheck check = service.healthcheck();
        if (check == null || check.disabled()) {
            return;
        }
        SourceLocation location = check.location() != null ? check.location() : context.locationOf("healthcheck");
        List<String> test = check.test();
        List<String> command = !test.isEmpty() && ("CMD".equals(test.get(0)) || "CMD-SHELL".equals(test.get(0)))
                ? test.subList(1, test.size()) : test;
        if (command.isEmpty()) {
            context.warn("unconverted-value", location, "the healthcheck of service '" + service.name()
                    + "' has no test command; no probe is made", "give the healthcheck a 'test'");
            return;
        }
        if (check.startInterval() != null) {
            context.warn("unconverted-key", location, "key 'healthcheck.start_interval' of service '" + service.name()
                    + "' is not converted to Kubernetes (yet)", null);
        }
        ProbeBuilder probe = new ProbeBuilder()
                .withNewExec().withCommand(command).endExec()
                .withPeriodSeconds(seconds(check.interval()))
                .withTimeoutSeconds(seconds(check.timeout()))
                .withInitialDelaySeconds(seconds(check.startPeriod()));
        if (check.retries() != null && check.retries() > 0) {
            probe.withFailureThreshold(check.retries());
        }
        context.container().withLivenessProbe(probe.build());
    }

    /** Whole seconds (a fraction is dropped, as kompose drops it, but never to zero); null when unset. */
    static Integer seconds(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            return null;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.getSeconds()));
    }
}
