package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import io.jkompose.syntax.GoDuration;
import io.jkompose.syntax.ShellWords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * kompose's probe labels, {@code kompose.service.healthcheck.<kind>.<setting>}, read once as kompose
 * reads them: a check ({@code http_get_path} with {@code http_get_port}, {@code tcp_port}, or
 * {@code test}: words split as a shell would, a leading {@code CMD} dropped, {@code CMD-SHELL}
 * running the rest in {@code sh -c}, {@code NONE} disabling), {@code interval}, {@code timeout},
 * {@code retries}, {@code start_period} (the initial delay) and {@code disable}. kompose reads all of
 * them for the readiness probe and only the three checks but {@code test} for the liveness probe;
 * jkompose reads the same settings for both.
 *
 * <p>A value that cannot be followed is reported at its label's line, but only when the probe it
 * belongs to is made (a disabled probe's labels, or the labels of a probe that falls back to the
 * healthcheck, are not looked at, as in kompose).
 *
 * @param liveness  the {@code kompose.service.healthcheck.liveness.*} labels
 * @param readiness the {@code kompose.service.healthcheck.readiness.*} labels
 */
public record ProbeDirectives(Probe liveness, Probe readiness) {

    public static final String PREFIX = "kompose.service.healthcheck.";
    public static final String LIVENESS = PREFIX + "liveness.";
    public static final String READINESS = PREFIX + "readiness.";
    static final Set<String> SETTINGS = Set.of("http_get_path", "http_get_port", "tcp_port", "test",
            "interval", "timeout", "retries", "start_period", "disable");
    static final Set<String> LABELS = names();
    private static final Set<String> TIMING = Set.of("interval", "timeout", "retries", "start_period");

    /** A port a probe checks: a number, or the name of a container port. */
    public record ProbePort(Integer number, String name) {
    }

    /** What a probe checks. */
    public sealed interface Check permits HttpGet, TcpSocket, Exec {
    }

    public record HttpGet(String path, ProbePort port) implements Check {
    }

    public record TcpSocket(ProbePort port) implements Check {
    }

    public record Exec(List<String> command) implements Check {
        public Exec {
            command = List.copyOf(command);
        }
    }

    /**
     * One probe's labels, checked.
     *
     * @param prefix              the labels' common prefix, such as {@link #LIVENESS}
     * @param check               the labels' usable check, or null
     * @param hasHandler          whether the labels name a check of their own (not only its timing),
     *                            usable or not
     * @param hasTiming           whether the labels set the probe's timing
     * @param disabled            {@code disable: true}, or a {@code test} of {@code NONE}
     * @param periodSeconds       {@code interval}, or null
     * @param timeoutSeconds      {@code timeout}, or null
     * @param initialDelaySeconds {@code start_period}, or null
     * @param failureThreshold    {@code retries}, or null
     * @param location            where the first of the labels is written, or the {@code labels} key
     */
    public record Probe(String prefix, Check check, boolean hasHandler, boolean hasTiming, boolean disabled,
            Integer periodSeconds, Integer timeoutSeconds, Integer initialDelaySeconds, Integer failureThreshold,
            SourceLocation location) {

        /** The probe's kind as the messages say it: liveness, readiness. */
        public String kind() {
            return prefix.substring(PREFIX.length(), prefix.length() - 1);
        }
    }

    /** A value the plan cannot follow, reported only if its probe is made. */
    private record Problem(String label, String reason) {
    }

    /** A probe's labels with what is wrong in them, sorted into its check and its timing. */
    private record Read(Probe probe, List<Problem> handlerProblems, List<Problem> timingProblems) {
    }

    static ProbeDirectives read(Service service, boolean readinessFromHealthcheck, Diagnostics diagnostics) {
        Read liveness = read(service, LIVENESS);
        Read readiness = read(service, READINESS);
        Healthcheck healthcheck = service.lifecycle().healthcheck();
        boolean checkDisabled = healthcheck != null && healthcheck.disabled();
        // whether a liveness probe's check exists: the liveness labels', else the healthcheck's
        boolean primary = false;
        if (!checkDisabled) {
            if (liveness.probe().hasHandler()) {
                report(service, liveness.handlerProblems(), diagnostics);
                primary = liveness.probe().check() != null;
            }
            if (!primary && healthcheck != null) {
                primary = !composeCommand(healthcheck.test()).isEmpty();
            }
        }
        if (primary && !liveness.probe().disabled()) {
            report(service, liveness.timingProblems(), diagnostics);
        }
        if (!readiness.probe().disabled()) {
            if (readiness.probe().hasHandler()) {
                report(service, readiness.handlerProblems(), diagnostics);
                if (readiness.probe().check() != null) {
                    report(service, readiness.timingProblems(), diagnostics);
                }
            } else if (primary && (readinessFromHealthcheck || readiness.probe().hasTiming())) {
                report(service, readiness.timingProblems(), diagnostics);
            }
        }
        return new ProbeDirectives(liveness.probe(), readiness.probe());
    }

    /** A Compose healthcheck test: {@code CMD} runs its words, {@code CMD-SHELL} its text in a shell, as Docker does. */
    public static List<String> composeCommand(List<String> test) {
        if (test.isEmpty()) {
            return List.of();
        }
        List<String> rest = test.subList(1, test.size());
        return switch (test.get(0)) {
            case "CMD" -> rest;
            case "CMD-SHELL" -> rest.isEmpty() || String.join(" ", rest).isBlank() ? List.of()
                    : List.of("sh", "-c", String.join(" ", rest));
            case "NONE" -> List.of();
            default -> test;
        };
    }

    /** A test written in a label: its words, or for CMD-SHELL the rest of the text run by sh. */
    static List<String> testCommand(String test) {
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

    private static Set<String> names() {
        Set<String> names = new TreeSet<>();
        SETTINGS.forEach(setting -> {
            names.add(LIVENESS + setting);
            names.add(READINESS + setting);
        });
        return Set.copyOf(names);
    }

    private static Read read(Service service, String prefix) {
        Map<String, String> labels = service.labels();
        if (labels.keySet().stream().noneMatch(label -> label.startsWith(prefix))) {
            // what the reading below gives without such labels, without its dozen label names built
            return new Read(new Probe(prefix, null, false, false, false, null, null, null, null,
                    service.locationOf("labels")), List.of(), List.of());
        }
        List<Problem> handlerProblems = new ArrayList<>();
        Check check = check(labels, prefix, handlerProblems);
        boolean hasHandler = labels.containsKey(prefix + "http_get_path") || labels.containsKey(prefix + "http_get_port")
                || labels.containsKey(prefix + "tcp_port") || labels.containsKey(prefix + "test") && !testIsNone(labels, prefix);
        boolean hasTiming = TIMING.stream().anyMatch(setting -> labels.containsKey(prefix + setting));
        String disable = labels.get(prefix + "disable");
        boolean disabled = disable != null && "true".equalsIgnoreCase(disable.strip()) || testIsNone(labels, prefix);
        List<Problem> timingProblems = new ArrayList<>();
        Integer period = seconds(labels, prefix + "interval", timingProblems);
        Integer timeout = seconds(labels, prefix + "timeout", timingProblems);
        Integer delay = seconds(labels, prefix + "start_period", timingProblems);
        Integer threshold = null;
        String retries = labels.get(prefix + "retries");
        if (retries != null) {
            threshold = positive(retries);
            if (threshold == null) {
                timingProblems.add(new Problem(prefix + "retries", "'" + retries + "' is not a positive whole number"));
            }
        }
        SourceLocation location = labels.keySet().stream().filter(label -> label.startsWith(prefix)).findFirst()
                .map(service::labelLocation).orElse(service.locationOf("labels"));
        return new Read(new Probe(prefix, check, hasHandler, hasTiming, disabled, period, timeout, delay, threshold,
                location), handlerProblems, timingProblems);
    }

    private static boolean testIsNone(Map<String, String> labels, String prefix) {
        String test = labels.get(prefix + "test");
        return test != null && ShellWords.split(test).words().stream().findFirst().filter("NONE"::equals).isPresent();
    }

    /** The labels' check: an HTTP GET, else a TCP connection, else the test command; null when none is usable. */
    private static Check check(Map<String, String> labels, String prefix, List<Problem> problems) {
        String path = labels.get(prefix + "http_get_path");
        String httpPort = labels.get(prefix + "http_get_port");
        if (path != null || httpPort != null) {
            if (path == null || httpPort == null) {
                problems.add(new Problem(prefix + (path == null ? "http_get_port" : "http_get_path"),
                        "an HTTP check needs both " + prefix + "http_get_path and " + prefix + "http_get_port"));
            } else {
                ProbePort port = port(prefix + "http_get_port", httpPort, problems);
                if (port != null) {
                    return new HttpGet(path, port);
                }
            }
        }
        String tcpPort = labels.get(prefix + "tcp_port");
        if (tcpPort != null) {
            ProbePort port = port(prefix + "tcp_port", tcpPort, problems);
            if (port != null) {
                return new TcpSocket(port);
            }
        }
        String test = labels.get(prefix + "test");
        if (test != null && !testIsNone(labels, prefix)) {
            List<String> command = testCommand(test);
            if (!command.isEmpty()) {
                return new Exec(command);
            }
            problems.add(new Problem(prefix + "test", "it has no command"));
        }
        return null;
    }

    private static Integer seconds(Map<String, String> labels, String label, List<Problem> problems) {
        String value = labels.get(label);
        if (value == null) {
            return null;
        }
        Duration duration = GoDuration.parseOrNull(value.strip());
        if (duration == null || duration.isNegative()) {
            problems.add(new Problem(label, "'" + value + "' is not a duration such as 10s or 1m30s"));
            return null;
        }
        // kompose drops the fraction; a probe period of 0 is invalid, so sub-second values become 1
        return duration.isZero() ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.getSeconds()));
    }

    private static ProbePort port(String label, String value, List<Problem> problems) {
        String trimmed = value.strip();
        Integer number = positive(trimmed);
        if (number != null && number <= 65535) {
            return new ProbePort(number, null);
        }
        if (number == null && KubernetesNames.isPortName(trimmed)) {
            return new ProbePort(null, trimmed);
        }
        problems.add(new Problem(label, "'" + value + "' is neither a port number nor a port name"));
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

    private static void report(Service service, List<Problem> problems, Diagnostics diagnostics) {
        for (Problem problem : problems) {
            diagnostics.warn(ConverterCode.INVALID_LABEL, KomposeLabels.location(service, problem.label()), "label "
                    + problem.label() + " of service '" + service.name() + "' is not converted: " + problem.reason(), null);
        }
    }
}
