package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.Sysctl;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code sysctls} → the pod's {@code securityContext.sysctls}, by name. Kubernetes runs the safe
 * ones everywhere; any other needs the kubelet's {@code --allowed-unsafe-sysctls}, which the user
 * is told about. With the node's network ({@code network_mode: host}) network sysctls are not
 * allowed (Docker refuses them too), so they are left out.
 */
public final class SysctlsStep implements ServiceConversionStep {

    /** The sysctls Kubernetes 1.36 counts as safe (allowed without kubelet configuration). */
    static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");
    private static final Pattern NAME = Pattern.compile(
            "([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?");

    @Override
    public Set<String> handledKeys() {
        return Set.of("sysctls");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        boolean hostNetwork = "host".equals(service.networking().networkMode());
        List<Sysctl> sysctls = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        service.security().sysctls().forEach((name, value) -> {
            String key = name.strip();
            if (key.length() > 253 || !NAME.matcher(key).matches()) {
                warn(context, ConverterCode.INVALID_VALUE, "sysctl '" + name + "' of service '" + service.name()
                        + "' is not a valid sysctl name; it is left out", null);
            } else if (hostNetwork && key.replace('/', '.').startsWith("net.")) {
                warn(context, ConverterCode.UNCONVERTED_VALUE, "sysctl '" + name + "' of service '" + service.name()
                        + "' is left out: network sysctls do not apply to the node's network (network_mode: host)", null);
            } else {
                sysctls.add(new Sysctl(key, value == null ? "" : value));
                if (!SAFE.contains(key.replace('/', '.'))) {
                    unsafe.add(key);
                }
            }
        });
        if (sysctls.isEmpty()) {
            return;
        }
        context.podSpec().editOrNewSecurityContext().addAllToSysctls(sysctls).endSecurityContext();
        if (!unsafe.isEmpty()) {
            warn(context, ConverterCode.UNSAFE_SYSCTL, "sysctl" + (unsafe.size() > 1 ? "s " : " ") + String.join(", ", unsafe) + " of service '"
                    + service.name() + "' " + (unsafe.size() > 1 ? "are" : "is")
                    + " not safe in Kubernetes' sense: the pod starts only on nodes whose kubelet allows "
                    + (unsafe.size() > 1 ? "them" : "it"), "list them in the kubelet's --allowed-unsafe-sysctls");
        }
    }

    private static void warn(ServiceContext context, ConverterCode code, String message, String hint) {
        context.warn(code, context.locationOf("sysctls"), message, hint);
    }
}
