package io.jkompose.converters.steps.network;

import io.jkompose.syntax.IpAddresses;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.HostAliasBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.ExtraHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code extra_hosts} → the pod's {@code hostAliases} (lines of its {@code /etc/hosts}): one entry
 * per address, with its host names in the order written (kompose drops the key). Docker's
 * {@code host-gateway} (the address of the Docker host) has no pod-side counterpart, and an entry
 * whose address is not an IP address would be rejected; both are reported and left out.
 */
public final class HostAliasesStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("extra_hosts");
    }

    @Override
    public void apply(ServiceContext context) {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        for (ExtraHost host : context.service().networking().extraHosts()) {
            String ip = unbracketed(host.ip());
            if (!isIp(ip)) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, host.location() == null ? context.locationOf("extra_hosts")
                        : host.location(), "extra_hosts entry '" + host.hostname() + "' of service '"
                        + context.service().name() + "' is left out: "
                        + (ip.equals("host-gateway") ? "host-gateway (the Docker host) has no counterpart in a pod"
                                : "'" + ip + "' is not an IP address"),
                        ip.equals("host-gateway") ? "give the node's or a Service's address instead" : null);
                continue;
            }
            List<String> names = byAddress.computeIfAbsent(ip, key -> new ArrayList<>());
            if (!names.contains(host.hostname())) {
                names.add(host.hostname());
            }
        }
        byAddress.forEach((ip, names) -> context.podSpec().addToHostAliases(alias(ip, names)));
    }

    private static HostAlias alias(String ip, List<String> names) {
        return new HostAliasBuilder().withIp(ip).withHostnames(names).build();
    }

    /** Compose accepts {@code [::1]} for IPv6 addresses; Kubernetes wants them bare. */
    private static String unbracketed(String ip) {
        String text = ip == null ? "" : ip.trim();
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    }

    /** An address Kubernetes takes: IPv4 or IPv6 ({@link IpAddresses}), no zone. */
    public static boolean isIp(String text) {
        return IpAddresses.isIp(text);
    }
}
