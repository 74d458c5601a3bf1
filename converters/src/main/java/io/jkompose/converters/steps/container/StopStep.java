package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the container is stopped. {@code stop_grace_period} → the pod's
 * terminationGracePeriodSeconds, rounded up to whole seconds so the process gets at least the
 * time Compose gives it. {@code stop_signal} → the container's {@code lifecycle.stopSignal},
 * which Kubernetes accepts only with the pod's {@code os.name} set ({@code linux}, or
 * {@code windows} for a windows {@code platform}); the API server keeps it only where the
 * ContainerStopSignals feature gate is on (alpha up to 1.36), which the user is told.
 */
public final class StopStep implements ServiceConversionStep {

    /** Linux signal numbers 1–31, for {@code stop_signal: 10} and the like. */
    private static final String[] LINUX_SIGNALS = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
        "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
        "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
    private static final Set<String> NAMED = Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL",
            "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
            "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX");
    private static final Pattern REALTIME = Pattern.compile("RTMIN\\+(\\d{1,2})|RTMAX-(\\d{1,2})");
    private static final int RTMIN = 34;
    private static final int RTMAX = 64;

    @Override
    public Set<String> handledKeys() {
        return Set.of("stop_grace_period", "stop_signal");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Duration grace = service.lifecycle().stopGracePeriod();
        if (grace != null && !grace.isNegative()) {
            long seconds = grace.getSeconds() + (grace.getNano() > 0 ? 1 : 0);
            context.podSpec().withTerminationGracePeriodSeconds(seconds);
        }
        String written = service.lifecycle().stopSignal();
        if (written == null || written.isBlank()) {
            return;
        }
        boolean windows = service.platform() != null && service.platform().toLowerCase(Locale.ROOT).startsWith("windows");
        String signal = kubernetesSignal(written);
        if (signal == null || windows && !Set.of("SIGTERM", "SIGKILL").contains(signal)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("stop_signal"), "stop_signal '" + written
                    + "' of service '" + service.name() + "' is not converted: it is not a signal Kubernetes can send"
                    + (windows ? " to a Windows container" : ""), "use a signal name such as SIGINT or SIGQUIT");
            return;
        }
        if (signal.equals("SIGTERM")) {
            return; // what every runtime sends anyway
        }
        context.container().editOrNewLifecycle().withStopSignal(signal).endLifecycle();
        if (context.podSpec().buildOs() == null) {
            context.podSpec().withNewOs().withName(windows ? "windows" : "linux").endOs();
        }
        context.warn(ConverterCode.FEATURE_GATED, context.locationOf("stop_signal"), "stop_signal '" + written + "' of service '"
                + service.name() + "' becomes lifecycle.stopSignal, which takes effect only where the cluster enables"
                + " the ContainerStopSignals feature gate; elsewhere the image's STOPSIGNAL applies",
                "or set STOPSIGNAL in the image");
    }

    /** {@code SIGUSR1}, {@code usr1}, {@code 10}, {@code SIGRTMIN+3} → Kubernetes' {@code SIGUSR1}...; null if none. */
    public static String kubernetesSignal(String written) {
        String text = written.strip().toUpperCase(Locale.ROOT);
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 4) {
            int number = Integer.parseInt(text);
            if (number >= 1 && number < LINUX_SIGNALS.length) {
                return "SIG" + LINUX_SIGNALS[number];
            }
            if (number == RTMIN) {
                return "SIGRTMIN";
            }
            if (number == RTMAX) {
                return "SIGRTMAX";
            }
            if (number > RTMIN && number < RTMAX) {
                // Kubernetes names the real-time signals from both ends, up to 15 away
                return number - RTMIN <= 15 ? "SIGRTMIN+" + (number - RTMIN) : "SIGRTMAX-" + (RTMAX - number);
            }
            return null;
        }
        String name = text.startsWith("SIG") ? text.substring(3) : text;
        if (NAMED.contains(name)) {
            return "SIG" + name;
        }
        Matcher realtime = REALTIME.matcher(name);
        if (realtime.matches()) {
            int offset = Integer.parseInt(realtime.group(1) != null ? realtime.group(1) : realtime.group(2));
            if (offset >= 1 && offset <= (realtime.group(1) != null ? 15 : 14)) {
                return "SIG" + name;
            }
            if (offset == 0) {
                return realtime.group(1) != null ? "SIGRTMIN" : "SIGRTMAX";
            }
        }
        return null;
    }
}
