package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.syntax.GoDuration;
import io.jkompose.syntax.ShellWords;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * kompose's probe labels, {@code kompose.service.healthcheck.<kind>.<setting>}, as kompose reads
 * them: a check ({@code http_get_path} with {@code http_get_port}, {@code tcp_port}, or {@code test}:
 * words split as a shell would, a leading {@code CMD} dropped, {@code CMD-SHELL} running the rest in
 * {@code sh -c}, {@code NONE} disabling), {@code interval}, {@code timeout}, {@code retries},
 * {@code start_period} (the initial delay) and {@code disable}. kompose reads all of them for the
 * readiness probe and only the three checks but {@code test} for the liveness probe; jkompose
 * reads the same settings for both.
 */
final class ProbeLabels {

    static final String PREFIX = "kompose.service.healthcheck.";
    static final String LIVENESS = PREFIX + "liveness.";
    static final String READINESS = PREFIX + "readiness.";
    static final Set<String> SETTINGS = Set.of("http_get_path", "http_get_port", "tcp_port", "test",
            "interval", "timeout", "retries", "start_period", "disable");
    private static final Set<String> TIMING = Set.of("interval", "timeout", "retries", "start_period");

    private final ServiceContext context;
    private final Map<String, String> labels;

    ProbeLabels(ServiceContext context) {
        this.context = context;
        this.labels = context.service().labels();
    }

    static Set<String> names() {
        Set<String> names = new TreeSet<>();
        SETTINGS.forEach(setting -> {
            names.add(LIVENESS + setting);
            names.add(READINESS + setting);
        });
        return names;
    }

    boolean has(String prefix, String setting) {
        return labels.containsKey(prefix + setting);
    }

    /** Whether the labels name a check of their own (not only its timing). */
    boolean hasHandler(String prefix) {
        return has(prefix, "http_get_path") || has(prefix, "http_get_port") || has(prefix, "tcp_port")
                || has(prefix, "test") && !testIsNone(prefix);
    }

    /** Whether the labels set the probe's timing. */
    boolean hasTiming(String prefix) {
        return TIMING.stream().anyMatch(setting -> has(prefix, setting));
    }

    /** {@code disable: true}, or a {@code test} of {@code NONE}. */
    boolean disabled(String prefix) {
        String value = labels.get(prefix + "disable");
        if (value != null && "true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        return testIsNone(prefix);
    }

    private boolean testIsNone(String prefix) {
        String test = labels.get(prefix + "test");
        return test != null && ShellWords.split(test).words().stream().findFirst().filter("NONE"::equals).isPresent();
    }

    /**
     * Sets the labels' check on the probe: an HTTP GET, else a TCP connection, else the test
     * command. False, with a warning, when the labels hold no usable check.
     */
    boolean applyHandler(String prefix, ProbeBuilder probe) {
        String path = labels.get(prefix + "http_get_path");
        String httpPort = labels.get(prefix + "http_get_port");
        if (path != null || httpPort != null) {
            if (path == null || httpPort == null) {
                warn(prefix + (path == null ? "http_get_port" : "http_get_path"),
                        "an HTTP check needs both " + prefix + "http_get_path and " + prefix + "http_get_port");
            } else {
                IntOrString port = port(prefix + "http_get_port", httpPort);
                if (port != null) {
                    probe.withNewHttpGet().withPath(path).withPort(port).endHttpGet();
                    return true;
                }
            }
        }
        String tcpPort = labels.get(prefix + "tcp_port");
        if (tcpPort != null) {
            IntOrString port = port(prefix + "tcp_port", tcpPort);
            if (port != null) {
                probe.withNewTcpSocket().withPort(port).endTcpSocket();
                return true;
            }
        }
        String test = labels.get(prefix + "test");
        if (test != null && !testIsNone(prefix)) {
            List<String> command = testCommand(test);
            if (!command.isEmpty()) {
                probe.withNewExec().withCommand(command).endExec();
                return true;
            }
            warn(prefix + "test", "it has no command");
        }
        return false;
    }

    /** The labels' timing, on top of what the probe has. */
    void applyTiming(String prefix, ProbeBuilder probe) {
        Integer interval = seconds(prefix + "interval");
        if (interval != null) {
            probe.withPeriodSeconds(interval);
        }
        Integer timeout = seconds(prefix + "timeout");
        if (timeout != null) {
            probe.withTimeoutSeconds(timeout);
        }
        Integer delay = seconds(prefix + "start_period");
        if (delay != null) {
            probe.withInitialDelaySeconds(delay);
        }
        String retries = labels.get(prefix + "retries");
        if (retries != null) {
            Integer value = positive(retries);
            if (value != null) {
                probe.withFailureThreshold(value);
            } else {
                warn(prefix + "retries", "'" + retries + "' is not a positive whole number");
            }
        }
    }

    /** A test written in a label: its words, or for CMD-SHELL the rest of the text run by sh. */
    public static List<String> testCommand(String test) {
        String trimmed = test.strip();
        if (trimmed.startsWith("CMD-SHELL") && (trimmed.length() == 9 || Character.isWhitespace(trimmed.charAt(9)))) {
            String script = trimmed.substring(9).strip();
            return script.isEmpty() ? List.of() : List.of("sh", "-c", script);
        }
        List<String> words = ShellWords.split(trimmed).words();
        if (!words.isEmpty() && words.get(0).equals("CMD")) {
            return words.subList(1, words.size());
        }
        return words;
    }

    private Integer seconds(String label) {
        String value = labels.get(label);
        if (value == null) {
            return null;
        }
        Duration duration = GoDuration.parseOrNull(value.strip());
        if (duration == null || duration.isNegative()) {
            warn(label, "'" + value + "' is not a duration such as 10s or 1m30s");
            return null;
        }
        // kompose drops the fraction; a probe period of 0 is invalid, so sub-second values become 1
        return duration.isZero() ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.getSeconds()));
    }

    private IntOrString port(String label, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        Integer number = positive(trimmed);
        if (number != null && number <= 65535) {
            return new IntOrString(number);
        }
        if (number == null && KubernetesNames.isPortName(trimmed)) {
            return new IntOrString(trimmed);
        }
        warn(label, "'" + value + "' is neither a port number nor a port name");
        return null;
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void warn(String label, String reason) {
        context.warn(ConverterCode.INVALID_LABEL, context.service().labelLocation(label), "label " + label + " of service '"
                + context.service().name() + "' is not converted: " + reason, null);
    }
}
