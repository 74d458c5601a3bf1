package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import io.jkompose.model.Dependency;
import io.jkompose.model.FileReference;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks what the active services refer to: top-level volumes, networks, configs and secrets that
 * must be defined, services they depend on, and dependency cycles. Dependencies on services that
 * exist but are not active (their profiles are off) are dropped with a warning.
 */
final class ConsistencyChecker {

    private static final String SERVICE_PREFIX = "service:";

    private final Values values;

    ConsistencyChecker(Values values) {
        this.values = values;
    }

    /** What the checks look at besides the active services. */
    record Definitions(Map<String, Service> allServices, Set<String> volumes, Set<String> networks,
            Set<String> configs, Set<String> secrets, Map<String, List<ServiceMapper.ServiceReference>> references) {

        Definitions(Map<String, Service> allServices, Set<String> volumes, Set<String> networks, Set<String> configs,
                Set<String> secrets) {
            this(allServices, volumes, networks, configs, secrets, Map.of());
        }
    }

    /** The active services, with dependencies on inactive ones removed. */
    SortedMap<String, Service> check(SortedMap<String, Service> active, Definitions definitions) {
        SortedMap<String, Service> result = new TreeMap<>();
        for (Service service : active.values()) {
            String path = "services." + service.name();
            checkNetworks(service, path, definitions);
            for (ServiceVolume volume : service.storage().volumes()) {
                if (volume.type() == ServiceVolume.Type.VOLUME && volume.source() != null
                        && !definitions.volumes().contains(volume.source())) {
                    undefined(volume.location(), path + ".volumes", "volume", volume.source(), definitions.volumes(),
                            "add it under the top-level volumes:, or write ./" + volume.source()
                                    + " to mount a folder of the project");
                }
            }
            for (ServiceMapper.ServiceReference reference : definitions.references().getOrDefault(service.name(),
                    List.of())) {
                if (!definitions.allServices().containsKey(reference.service())) {
                    undefined(reference.location(), path + "." + reference.key(), "service", reference.service(),
                            definitions.allServices().keySet(), "define it under services:, or remove the reference");
                }
            }
            checkReferences(service.storage().configs(), path + ".configs", "config", definitions.configs());
            checkReferences(service.storage().secrets(), path + ".secrets", "secret", definitions.secrets());
            result.put(service.name(), withActiveDependencies(service, path, active, definitions));
        }
        checkCycles(result);
        return result;
    }

    private void checkNetworks(Service service, String path, Definitions definitions) {
        String mode = service.networking().networkMode();
        if (mode != null && !service.networking().networks().isEmpty()) {
            values.error(ParserCode.INVALID_VALUE, service.locationOf("network_mode"), path
                    + " has both network_mode and networks", "keep only one of them");
        }
        if (mode != null && mode.startsWith(SERVICE_PREFIX)) {
            String other = mode.substring(SERVICE_PREFIX.length());
            if (!definitions.allServices().containsKey(other)) {
                undefined(service.locationOf("network_mode"), path + ".network_mode", "service", other,
                        definitions.allServices().keySet(), "name a service defined under services:");
            }
        }
        for (Map.Entry<String, ServiceNetwork> network : service.networking().networks().entrySet()) {
            String name = network.getKey();
            if (!name.equals("default") && !definitions.networks().contains(name)) {
                undefined(network.getValue().location(), path + ".networks", "network", name, definitions.networks(),
                        "add it under the top-level networks:");
            }
        }
    }

    private void checkReferences(List<FileReference> references, String path, String kind, Set<String> defined) {
        for (FileReference reference : references) {
            if (!defined.contains(reference.source())) {
                undefined(reference.location(), path, kind, reference.source(), defined,
                        "add it under the top-level " + kind + "s:");
            }
        }
    }

    private Service withActiveDependencies(Service service, String path, SortedMap<String, Service> active,
            Definitions definitions) {
        TreeMap<String, Dependency> kept = new TreeMap<>();
        for (Map.Entry<String, Dependency> dependency : service.lifecycle().dependsOn().entrySet()) {
            String name = dependency.getKey();
            SourceLocation location = dependency.getValue().location();
            Service target = definitions.allServices().get(name);
            if (target == null) {
                undefined(location, path + ".depends_on", "service", name, definitions.allServices().keySet(),
                        "define it under services:, or remove it from depends_on");
            } else if (!active.containsKey(name)) {
                values.warn(ParserCode.INACTIVE_DEPENDENCY, location, path + " depends on '" + name
                        + "', which is not active (profiles " + target.profiles() + "); the dependency is ignored",
                        "enable one of its profiles with --profile " + target.profiles().get(0));
            } else {
                kept.put(name, dependency.getValue());
            }
        }
        if (kept.size() == service.lifecycle().dependsOn().size()) {
            return service;
        }
        return service.toBuilder().dependsOn(kept).build();
    }

    private void undefined(SourceLocation location, String path, String kind, String name,
            Collection<String> defined, String hint) {
        String suggestion = Suggestions.closest(name, defined);
        values.error(ParserCode.INVALID_VALUE, location, path + " refers to the " + kind + " '" + name
                + "', which is not defined", suggestion != null ? "did you mean '" + suggestion + "'?" : hint);
    }

    /** Depth-first search; each cycle is reported once, at the dependency that closes it. */
    private void checkCycles(SortedMap<String, Service> services) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : services.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> stack = new ArrayList<>();
            List<Iterator<String>> iterators = new ArrayList<>();
            stack.add(start);
            iterators.add(services.get(start).lifecycle().dependsOn().keySet().iterator());
            state.put(start, 1);
            while (!stack.isEmpty()) {
                Iterator<String> next = iterators.get(iterators.size() - 1);
                if (!next.hasNext()) {
                    state.put(stack.remove(stack.size() - 1), 2);
                    iterators.remove(iterators.size() - 1);
                    continue;
                }
                String current = stack.get(stack.size() - 1);
                String dependency = next.next();
                Integer seen = state.get(dependency);
                if (seen == null && services.containsKey(dependency)) {
                    state.put(dependency, 1);
                    stack.add(dependency);
                    iterators.add(services.get(dependency).lifecycle().dependsOn().keySet().iterator());
                } else if (seen != null && seen == 1) {
                    List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(dependency), stack.size()));
                    cycle.add(dependency);
                    values.error(ParserCode.INVALID_VALUE,
                            services.get(current).lifecycle().dependsOn().get(dependency).location(),
                            "the services depend on each other in a cycle: " + String.join(" -> ", cycle),
                            "remove one of these depends_on entries");
                }
            }
        }
    }
}
