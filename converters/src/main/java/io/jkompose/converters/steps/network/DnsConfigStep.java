package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.PodDNSConfigBuilder;
import io.fabric8.kubernetes.api.model.PodDNSConfigOption;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code dns}, {@code dns_search} and {@code dns_opt} → the pod's {@code dnsConfig}, on top of the
 * cluster's DNS ({@code dnsPolicy} stays {@code ClusterFirst}; kompose drops these keys).
 *
 * <p>Why not {@code dnsPolicy: None}: in Compose, {@code dns} servers answer the names Docker's
 * own DNS does not know, and service names keep resolving. A pod with policy {@code None} asks
 * only the given servers, so it could no longer reach the other services by name, which breaks
 * nearly every Compose project. With {@code ClusterFirst} the servers are added after the
 * cluster's, used when it does not answer; that difference is reported.
 */
public final class DnsConfigStep implements ServiceConversionStep {

    /** An API server rejects more nameservers than a resolver reads. */
    static final int MAX_NAMESERVERS = 3;
    static final int MAX_SEARCHES = 32;

    @Override
    public Set<String> handledKeys() {
        return Set.of("dns", "dns_search", "dns_opt");
    }

    @Override
    public void apply(ServiceContext context) {
        List<String> nameservers = nameservers(context);
        List<String> searches = searches(context);
        List<PodDNSConfigOption> options = options(context);
        if (nameservers.isEmpty() && searches.isEmpty() && options.isEmpty()) {
            return;
        }
        context.podSpec().withDnsConfig(new PodDNSConfigBuilder()
                .withNameservers(nameservers.isEmpty() ? null : nameservers)
                .withSearches(searches.isEmpty() ? null : searches)
                .withOptions(options.isEmpty() ? null : options)
                .build());
    }

    private static List<String> nameservers(ServiceContext context) {
        List<String> servers = new ArrayList<>();
        for (String server : context.service().networking().dns()) {
            String address = server.trim();
            if (!HostAliasesStep.isIp(address)) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("dns"), "dns server '" + server + "' of service '"
                        + context.service().name() + "' is left out: a pod's nameserver is an IP address", null);
            } else if (servers.size() == MAX_NAMESERVERS) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("dns"), "dns server '" + server + "' of service '"
                        + context.service().name() + "' is left out: a pod has at most " + MAX_NAMESERVERS
                        + " nameservers", null);
            } else if (!servers.contains(address)) {
                servers.add(address);
            }
        }
        if (!servers.isEmpty()) {
            context.warn(ConverterCode.DNS_FALLBACK, context.locationOf("dns"), "the dns servers of service '"
                    + context.service().name() + "' come after the cluster's DNS server in the pod: they answer only "
                    + "when it does not, while service names keep resolving",
                    "to send the cluster's other lookups to them, set them as its DNS server's upstream");
        }
        return servers;
    }

    private static List<String> searches(ServiceContext context) {
        List<String> searches = new ArrayList<>();
        for (String search : context.service().networking().dnsSearch()) {
            String domain = search.trim();
            domain = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
            if (!KubernetesNames.isSubdomain(domain.toLowerCase(Locale.ROOT))) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("dns_search"), "dns_search '" + search
                        + "' of service '" + context.service().name() + "' is left out: it is not a DNS domain", null);
            } else if (searches.size() == MAX_SEARCHES) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("dns_search"), "dns_search '" + search
                        + "' of service '" + context.service().name() + "' is left out: a pod has at most "
                        + MAX_SEARCHES + " search domains", null);
            } else if (!searches.contains(domain)) {
                searches.add(domain);
            }
        }
        return searches;
    }

    /** {@code ndots:2} → name ndots, value 2; {@code rotate} → name only. */
    private static List<PodDNSConfigOption> options(ServiceContext context) {
        List<PodDNSConfigOption> options = new ArrayList<>();
        for (String option : context.service().networking().dnsOpt()) {
            String text = option.trim();
            int colon = text.indexOf(':');
            String name = colon < 0 ? text : text.substring(0, colon);
            if (name.isEmpty()) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("dns_opt"), "dns_opt '" + option
                        + "' of service '" + context.service().name() + "' is left out: it has no option name", null);
                continue;
            }
            options.add(new PodDNSConfigOption(name, colon < 0 ? null : text.substring(colon + 1)));
        }
        return options;
    }
}
