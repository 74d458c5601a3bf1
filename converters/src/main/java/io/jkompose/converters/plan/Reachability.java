package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Dependency;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.InOrder;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes each service reachable as it is under Compose, where every service on a network
 * reaches every other by name on the container port, whether or not the port is published. For a
 * service on a Compose network this decides the ports its Service needs besides those of
 * {@code ports} and {@code expose}:
 * <ul>
 *   <li>the container port of each published port that differs from it ({@code 8080:80} → 80 too);</li>
 *   <li>the ports other services use to reach it ({@link References});</li>
 *   <li>with none of those: the ports its own healthcheck checks on localhost, else the ports its
 *       image is known to listen on ({@link WellKnownPorts}), else none — a headless Service, whose
 *       name resolves to the pods, on every port.</li>
 * </ul>
 * Each port inferred is said once per service, with where it came from. Off with
 * {@code --no-implicit-services} (kompose's behaviour: a Service only for ports and expose).
 */
final class Reachability {

    private static final Pattern LOCAL_PORT = Pattern.compile(
            "(?<![\\w.-])(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\]):(\\d{1,5})(?!\\d)");

    /**
     * What one service needs to be reached.
     *
     * @param implicit whether it gets a Service even without ports or expose
     * @param ports    ports its Service needs besides its declared ones (container ports, then inferred), TCP
     * @param names    other names others reach it by (container_name, hostname, aliases), in order
     */
    record Needs(boolean implicit, List<Integer> ports, List<String> names) {

        static final Needs NONE = new Needs(false, List.of(), List.of());
    }

    /** What was decided for one service, with what deciding it reported. */
    private record Decided(String service, Needs needs, Diagnostics diagnostics) {
    }

    private Reachability() {
    }

    /**
     * The needs of each service, by Compose name; every service is in the map. Each service's are
     * decided on their own, on several threads when {@code parallel}, each with diagnostics of its own
     * passed on in the services' order: what is reported, and its order, stay those of one thread.
     */
    static Map<String, Needs> plan(Project project, Map<String, List<References.Reference>> references,
            boolean implicitServices, boolean parallel, Diagnostics diagnostics) {
        Map<String, Needs> needs = new LinkedHashMap<>();
        if (!implicitServices) {
            project.services().keySet().forEach(name -> needs.put(name, Needs.NONE));
            return needs;
        }
        Set<String> dependedOn = new HashSet<>();
        // waiting for a task to complete is no reaching it by name (a Job is waited for through the API)
        project.services().values().forEach(service -> service.lifecycle().dependsOn().forEach((name, dependency) -> {
            if (!Dependency.COMPLETED.equals(dependency.condition())) {
                dependedOn.add(name);
            }
        }));
        List<Decided> decided = InOrder.map(List.copyOf(project.services().values()), parallel, service -> {
            Diagnostics own = new Diagnostics();
            List<References.Reference> toIt = references.getOrDefault(service.name(), List.of());
            return new Decided(service.name(), needsOf(service, toIt, dependedOn, own), own);
        });
        for (Decided one : decided) {
            needs.put(one.service(), one.needs());
            diagnostics.addAll(one.diagnostics());
        }
        return needs;
    }

    private static Needs needsOf(Service service, List<References.Reference> toIt, Set<String> dependedOn,
            Diagnostics diagnostics) {
        if (service.networking().networkMode() != null) {
            return Needs.NONE; // host, none, bridge, service:… or container:…: not on a Compose network by name
        }
        Set<Integer> declared = declaredPorts(service);
        Set<Integer> ports = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        Set<Integer> containerPorts = new HashSet<>();
        for (PortMapping mapping : service.networking().ports()) {
            containerPorts.add(mapping.target());
            if (ServicePorts.isPort(mapping.target()) && isTcp(mapping.protocol()) && !declared.contains(mapping.target())
                    && ports.add(mapping.target())) {
                sources.add(mapping.target() + ", its container port (published as " + mapping.publishedPort() + ")");
            }
        }
        Map<Integer, Set<String>> users = new LinkedHashMap<>();
        for (References.Reference reference : toIt) {
            if (reference.port() != null && !declared.contains(reference.port())
                    && !containerPorts.contains(reference.port())) {
                ports.add(reference.port());
                users.computeIfAbsent(reference.port(), port -> new TreeSet<>())
                        .add(reference.from() + " (" + reference.where() + ")");
            }
        }
        users.forEach((port, from) -> sources.add(port + ", which " + String.join(", ", from)
                + (from.size() == 1 ? " uses" : " use")));
        boolean bare = declared.isEmpty() && ports.isEmpty();
        if (bare) {
            List<Integer> local = healthcheckPorts(service);
            if (!local.isEmpty()) {
                ports.addAll(local);
                sources.add(join(local) + ", which its healthcheck checks on localhost");
            } else {
                WellKnownPorts.Entry known = WellKnownPorts.of(service.image());
                if (known != null) {
                    ports.addAll(known.ports());
                    sources.add(join(known.ports()) + ", where image " + known.image() + " listens (" + known.source()
                            + ")");
                }
            }
        }
        List<String> aliases = aliases(service, toIt);
        if (!sources.isEmpty()) {
            diagnostics.info(ConverterCode.IMPLICIT_PORT, service.location(), "the Kubernetes Service of '"
                    + service.name() + "' serves port" + (ports.size() == 1 ? " " : "s ") + String.join("; ", sources)
                    + ", as other services may reach it there under Compose", null);
        } else if (bare && (!toIt.isEmpty() || dependedOn.contains(service.name()))) {
            diagnostics.info(ConverterCode.IMPLICIT_PORT, service.location(), "service '" + service.name()
                    + "' is reached by name but declares no port and none is known: its Kubernetes Service is "
                    + "headless, so that its name resolves to its pods, on any port",
                    "list its ports in expose to have them served and waited for");
        }
        return new Needs(true, List.copyOf(ports), aliases);
    }

    /** The numbers the service's declared Service ports are reached on (published, else container), TCP. */
    private static Set<Integer> declaredPorts(Service service) {
        Set<Integer> declared = new LinkedHashSet<>();
        for (PortMapping mapping : service.networking().ports()) {
            Integer published = mapping.publishedPort();
            declared.add(published != null ? published : mapping.target());
        }
        service.networking().expose().forEach(expose -> declared.add(expose.port()));
        return declared;
    }

    /** The names other than its own that others reach the service by. */
    private static List<String> aliases(Service service, List<References.Reference> toIt) {
        Set<String> used = new LinkedHashSet<>();
        for (References.Reference reference : toIt) {
            if (!reference.name().equals(service.name())) {
                used.add(reference.name());
            }
        }
        return List.copyOf(used);
    }

    private static List<Integer> healthcheckPorts(Service service) {
        if (service.lifecycle().healthcheck() == null || service.lifecycle().healthcheck().test() == null) {
            return List.of();
        }
        Set<Integer> ports = new LinkedHashSet<>();
        for (String part : service.lifecycle().healthcheck().test()) {
            Matcher matcher = LOCAL_PORT.matcher(part);
            while (matcher.find()) {
                int port = Integer.parseInt(matcher.group(1));
                if (ServicePorts.isPort(port)) {
                    ports.add(port);
                }
            }
        }
        return List.copyOf(ports);
    }

    private static boolean isTcp(String protocol) {
        return Protocols.TCP.equals(ServicePorts.protocol(protocol));
    }

    private static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
