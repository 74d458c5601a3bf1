package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.ProbeDirectives;
import io.jkompose.converters.plan.ProbeDirectives.ProbePort;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A Compose {@code healthcheck} → the container's probes.
 *
 * <ul>
 *   <li>The check: {@code ["CMD", args...]} runs the args; {@code CMD-SHELL} (and a test written as
 *       a string) runs in {@code sh -c}, as Docker runs it (kompose runs the shell text as the name of
 *       a program). {@code NONE} and {@code disable: true} make no probe.</li>
 *   <li>Timing: {@code interval} → periodSeconds, {@code timeout} → timeoutSeconds, {@code retries}
 *       → failureThreshold. Unset, Docker's defaults (30s, 30s) are written, because the check was
 *       written for them, not for Kubernetes' (10s, 1s).</li>
 *   <li>A liveness probe (as kompose makes) and a readiness probe with the same check, so that a
 *       pod that fails its check gets no traffic (off with {@code --no-readiness-from-healthcheck}).</li>
 *   <li>{@code start_period} → a startup probe with the same check, run every {@code start_interval}
 *       (Docker's default 5s), allowed to fail for the start period plus the check's usual
 *       allowance ({@code retries} × {@code interval}). Liveness and readiness begin once it passes,
 *       which is what the start period means; kompose delays the liveness probe instead
 *       (initialDelaySeconds), which delays readiness of a service that starts quickly.</li>
 *   <li>kompose's labels ({@link ProbeDirectives}, read and checked by the plan): a liveness check label replaces the healthcheck's
 *       test (or makes a liveness probe without a healthcheck), liveness timing labels adjust it;
 *       readiness labels define the readiness probe as kompose does; {@code disable} removes a probe.</li>
 * </ul>
 * Probe commands are not subject to Kubernetes' {@code $(VAR)} expansion, so they are not escaped.
 */
public final class HealthcheckStep implements ServiceConversionStep {

    static final Duration COMPOSE_INTERVAL = Duration.ofSeconds(30);
    static final Duration COMPOSE_TIMEOUT = Duration.ofSeconds(30);
    static final Duration COMPOSE_START_INTERVAL = Duration.ofSeconds(5);
    static final int COMPOSE_RETRIES = 3;

    @Override
    public Set<String> handledKeys() {
        return Set.of("healthcheck");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Healthcheck check = service.lifecycle().healthcheck();
        ProbeDirectives.Probe liveness = context.plan().probes().liveness();
        ProbeDirectives.Probe readinessLabels = context.plan().probes().readiness();
        SourceLocation location = check != null && check.location() != null ? check.location()
                : context.locationOf("healthcheck");

        boolean checkDisabled = check != null && check.disabled();
        Probe primary = null;
        if (checkDisabled) {
            if (liveness.hasHandler() || liveness.hasTiming()) {
                context.warn(ConverterCode.UNCONVERTED_LABEL, liveness.location(),
                        "the liveness probe labels of service '" + service.name()
                                + "' are not converted: its healthcheck is disabled", null);
            }
        } else {
            primary = primary(context, check, location, liveness);
        }

        if (primary != null && !liveness.disabled()) {
            ProbeBuilder probe = new ProbeBuilder(primary);
            applyTiming(liveness, probe);
            context.container().withLivenessProbe(probe.build());
        }
        Probe readiness = readiness(context, readinessLabels, primary);
        if (readiness != null) {
            context.container().withReadinessProbe(readiness);
        }
        if (primary != null && check != null && positive(check.startPeriod())) {
            context.container().withStartupProbe(startup(check, primary));
        }
    }

    /**
     * The check both probes share: the liveness labels' check, else the healthcheck's, with the
     * healthcheck's timing. Null when there is none.
     */
    private static Probe primary(ServiceContext context, Healthcheck check, SourceLocation location,
            ProbeDirectives.Probe liveness) {
        ProbeBuilder probe = new ProbeBuilder();
        boolean handled = liveness.hasHandler() && applyHandler(liveness, probe);
        if (!handled && check != null) {
            handled = composeCheck(context, check, location, probe);
        }
        if (!handled) {
            if (check == null && liveness.hasTiming()) {
                noCheck(context, liveness);
            }
            return null;
        }
        if (check != null) {
            timing(check, probe);
        }
        return probe.build();
    }

    private static Probe readiness(ServiceContext context, ProbeDirectives.Probe labels, Probe primary) {
        if (labels.disabled()) {
            return null;
        }
        if (labels.hasHandler()) {
            ProbeBuilder probe = new ProbeBuilder();
            if (!applyHandler(labels, probe)) {
                return null;
            }
            applyTiming(labels, probe);
            return probe.build();
        }
        if (primary != null && (context.options().containers().readinessFromHealthcheck() || labels.hasTiming())) {
            ProbeBuilder probe = new ProbeBuilder(primary);
            applyTiming(labels, probe);
            return probe.build();
        }
        if (labels.hasTiming()) {
            noCheck(context, labels);
        }
        return null;
    }

    /** Sets the labels' check on the probe; false when they hold no usable one (the plan said why). */
    private static boolean applyHandler(ProbeDirectives.Probe labels, ProbeBuilder probe) {
        if (labels.check() instanceof ProbeDirectives.HttpGet http) {
            probe.withNewHttpGet().withPath(http.path()).withPort(port(http.port())).endHttpGet();
        } else if (labels.check() instanceof ProbeDirectives.TcpSocket tcp) {
            probe.withNewTcpSocket().withPort(port(tcp.port())).endTcpSocket();
        } else if (labels.check() instanceof ProbeDirectives.Exec exec) {
            probe.withNewExec().withCommand(exec.command()).endExec();
        } else {
            return false;
        }
        return true;
    }

    private static IntOrString port(ProbePort port) {
        return port.number() != null ? new IntOrString(port.number()) : new IntOrString(port.name());
    }

    /** The labels' timing, on top of what the probe has. */
    private static void applyTiming(ProbeDirectives.Probe labels, ProbeBuilder probe) {
        if (labels.periodSeconds() != null) {
            probe.withPeriodSeconds(labels.periodSeconds());
        }
        if (labels.timeoutSeconds() != null) {
            probe.withTimeoutSeconds(labels.timeoutSeconds());
        }
        if (labels.initialDelaySeconds() != null) {
            probe.withInitialDelaySeconds(labels.initialDelaySeconds());
        }
        if (labels.failureThreshold() != null) {
            probe.withFailureThreshold(labels.failureThreshold());
        }
    }

    private static void noCheck(ServiceContext context, ProbeDirectives.Probe labels) {
        context.warn(ConverterCode.UNCONVERTED_LABEL, labels.location(), "the " + labels.kind() + " probe labels of service '"
                + context.service().name() + "' are not converted: they set no check and the service has no healthcheck",
                "add " + labels.prefix() + "test, http_get_path and http_get_port, or tcp_port");
    }

    /** The healthcheck's test as the probe's check; false (with a warning) when there is none. */
    private static boolean composeCheck(ServiceContext context, Healthcheck check, SourceLocation location,
            ProbeBuilder probe) {
        List<String> command = ProbeDirectives.composeCommand(context.hostNames().rewrite(check.test()));
        if (command.isEmpty()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location, "the healthcheck of service '" + context.service().name()
                    + "' has no test command (the image's own check is not known here); no probe is made",
                    "give the healthcheck a 'test'");
            return false;
        }
        probe.withNewExec().withCommand(command).endExec();
        return true;
    }

    private static void timing(Healthcheck check, ProbeBuilder probe) {
        probe.withPeriodSeconds(seconds(or(check.interval(), COMPOSE_INTERVAL)))
                .withTimeoutSeconds(seconds(or(check.timeout(), COMPOSE_TIMEOUT)));
        if (check.retries() != null && check.retries() > 0) {
            probe.withFailureThreshold(check.retries());
        }
    }

    /** The check every start_interval, failing for no longer than start_period plus retries × interval. */
    private static Probe startup(Healthcheck check, Probe primary) {
        Duration period = or(check.startInterval(), COMPOSE_START_INTERVAL);
        int retries = check.retries() != null && check.retries() > 0 ? check.retries() : COMPOSE_RETRIES;
        Duration allowance = check.startPeriod().plus(or(check.interval(), COMPOSE_INTERVAL).multipliedBy(retries));
        int periodSeconds = seconds(period);
        long threshold = (allowance.getSeconds() + periodSeconds - 1) / periodSeconds;
        return new ProbeBuilder()
                .withExec(primary.getExec())
                .withHttpGet(primary.getHttpGet())
                .withTcpSocket(primary.getTcpSocket())
                .withTimeoutSeconds(primary.getTimeoutSeconds())
                .withPeriodSeconds(periodSeconds)
                .withFailureThreshold((int) Math.max(1, Math.min(Integer.MAX_VALUE, threshold)))
                .build();
    }

    private static Duration or(Duration value, Duration fallback) {
        return positive(value) ? value : fallback;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isZero() && !duration.isNegative();
    }

    /** Whole seconds (a fraction is dropped, as kompose drops it, but never to zero). */
    static Integer seconds(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.getSeconds()));
    }
}
