package io.jkompose.model;

import java.util.List;
import java.util.SortedMap;

/**
 * How a service is reached and what it sees of the network: its ports, names, networks and DNS.
 * Unset scalars are null; unset collections are empty.
 *
 * @param ports         {@code ports}
 * @param expose        {@code expose}: ports open to other services only
 * @param externalPorts entries of {@code ports} that must be reachable from outside the cluster too, where the
 *                      service's other ports must not be (OpenCompose's {@code type: external}); empty when the
 *                      ports are all alike
 * @param hostname      {@code hostname}
 * @param domainname    {@code domainname}
 * @param networkMode   {@code network_mode}: {@code host}, {@code none}, {@code service:<name>}…
 * @param networks      {@code networks}: the networks the service is attached to, by name
 * @param dns           {@code dns}: name servers
 * @param dnsSearch     {@code dns_search}
 * @param dnsOpt        {@code dns_opt}
 * @param extraHosts    {@code extra_hosts}
 */
public record ServiceNetworking(List<PortMapping> ports, List<ExposedPort> expose, List<PortMapping> externalPorts,
        String hostname, String domainname, String networkMode, SortedMap<String, ServiceNetwork> networks,
        List<String> dns, List<String> dnsSearch, List<String> dnsOpt, List<ExtraHost> extraHosts) {

    /** Nothing set: no ports, the default network. */
    public static final ServiceNetworking EMPTY = new ServiceNetworking(null, null, null, null, null, null, null,
            null, null, null, null);

    public ServiceNetworking {
        ports = Copies.list(ports);
        expose = Copies.list(expose);
        externalPorts = Copies.list(externalPorts);
        networks = Copies.sorted(networks);
        dns = Copies.list(dns);
        dnsSearch = Copies.list(dnsSearch);
        dnsOpt = Copies.list(dnsOpt);
        extraHosts = Copies.list(extraHosts);
    }
}
