package io.jkompose.converters.plan;

import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.EnvVar;
import io.jkompose.model.FileReference;
import io.jkompose.model.InOrder;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references services make to each other, as Compose resolves them: every service reaches
 * every other by a name it answers to (its service name, {@code container_name}, {@code hostname},
 * network aliases) on the container port, published or not. Found in the environment, command,
 * entrypoint, healthcheck and inline configs of each service: {@code host:port}, URLs
 * ({@code postgres://u:p@db:5432/x}; a URL without a port uses its scheme's), and values that are
 * just a name ({@code REDIS_HOST=cache}). Names are looked up in a map, so finding them is linear in
 * the text, whatever the number of services.
 */
final class References {

    /** A URL's host and port; the user-info part (credentials) is skipped. */
    private static final Pattern URL_PATTERN = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^/@\\s]*@)?([A-Za-z0-9_][A-Za-z0-9_.-]*)(?::(\\d{1,5}))?(?=[/?#\\s\"',;]|$)");
    /** {@code name:port} not inside a longer word, a domain name or an address with user-info. */
    private static final Pattern HOST_PORT_PATTERN = Pattern.compile(
            "(?<![\\w.@/-])([A-Za-z0-9_][A-Za-z0-9_.-]*):(\\d{1,5})(?![\\w.-])");
    /** The port a URL without one connects to, for the schemes whose default is certain. */
    private static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(Map.entry("http", 80),
            Map.entry("https", 443), Map.entry("ws", 80), Map.entry("wss", 443), Map.entry("postgres", 5432),
            Map.entry("postgresql", 5432), Map.entry("mysql", 3306), Map.entry("mariadb", 3306),
            Map.entry("redis", 6379), Map.entry("mongodb", 27017), Map.entry("amqp", 5672),
            Map.entry("nats", 4222), Map.entry("memcached", 11211));

    /**
     * One reference.
     *
     * @param from     the Compose service that makes it
     * @param name     the name it uses
     * @param target   the Compose service that answers to that name
     * @param port     the port, or null for a reference by name only
     * @param where    what holds it, for messages ({@code environment DATABASE_URL})
     * @param location where that is written
     */
    record Reference(String from, String name, String target, Integer port, String where, SourceLocation location) {
    }

    private References() {
    }

    /**
     * A host a text names: where it stands in the text, and the port it is reached on (a URL's own,
     * else its scheme's; null for a name alone).
     */
    record Host(String name, int start, int end, Integer port) {
    }

    /**
     * The hosts in a text that {@code known} knows: the text itself when it is just such a name,
     * else the hosts of its URLs and its {@code host:port}s, in the order they stand. The one reader
     * of hosts, for finding references and for rewriting them.
     */
    static List<Host> hosts(String text, Predicate<String> known) {
        String bare = text.strip();
        if (known.test(bare)) {
            int start = text.indexOf(bare);
            return List.of(new Host(bare, start, start + bare.length(), null));
        }
        if (text.indexOf(':') < 0) {
            return List.of();  // both patterns need a ':'; most texts (names, numbers, flags) end here
        }
        List<Host> hosts = new ArrayList<>();
        if (text.contains("://")) {
            Matcher url = URL_PATTERN.matcher(text);
            while (url.find()) {
                if (known.test(url.group(2))) {
                    Integer port = url.group(3) != null ? Integer.valueOf(url.group(3))
                            : DEFAULT_PORTS.get(url.group(1).toLowerCase(Locale.ROOT));
                    hosts.add(new Host(url.group(2), url.start(2), url.end(2), port));
                }
            }
        }
        Matcher hostPort = HOST_PORT_PATTERN.matcher(text);
        while (hostPort.find()) {
            if (known.test(hostPort.group(1))) {
                hosts.add(new Host(hostPort.group(1), hostPort.start(1), hostPort.end(1),
                        Integer.valueOf(hostPort.group(2))));
            }
        }
        hosts.sort(Comparator.comparingInt(Host::start));
        return hosts;
    }

    /** Every name a service answers to on its networks, mapped to that service; service names win. */
    static Map<String, String> names(Project project) {
        Map<String, String> names = new HashMap<>();
        for (Service service : project.services().values()) {
            if (service.containerName() != null) {
                names.putIfAbsent(service.containerName(), service.name());
            }
            if (service.networking().hostname() != null) {
                names.putIfAbsent(service.networking().hostname(), service.name());
            }
            for (ServiceNetwork network : service.networking().networks().values()) {
                if (network != null) {
                    network.aliases().forEach(alias -> names.putIfAbsent(alias, service.name()));
                }
            }
        }
        project.services().keySet().forEach(name -> names.put(name, name));
        return names;
    }

    /**
     * The references each service makes to the others (not to itself), in the order written, by target.
     * Each service's are found on their own, on several threads when {@code parallel}, and merged in
     * the services' order: the map and its lists are those of one thread.
     */
    static Map<String, List<Reference>> byTarget(Project project, Map<String, String> names, boolean parallel) {
        List<List<Reference>> found = InOrder.map(List.copyOf(project.services().values()), parallel,
                service -> referencesOf(project, service, names));
        Map<String, List<Reference>> byTarget = new LinkedHashMap<>();
        found.forEach(references -> references.forEach(reference -> byTarget
                .computeIfAbsent(reference.target(), target -> new ArrayList<>()).add(reference)));
        return byTarget;
    }

    /** The references one service makes, in the order written. Reads only the service, the project and names. */
    private static List<Reference> referencesOf(Project project, Service service, Map<String, String> names) {
        List<Reference> references = new ArrayList<>();
        for (Text text : texts(project, service)) {
            find(service.name(), text, names, references::add);
        }
        return references;
    }

    /** A piece of text a service holds, and where. */
    private record Text(String value, String where, SourceLocation location) {
    }

    private static List<Text> texts(Project project, Service service) {
        List<Text> texts = new ArrayList<>();
        for (EnvVar variable : service.process().environment().values()) {
            if (variable.value() != null) {
                texts.add(new Text(variable.value(), "environment " + variable.name(), variable.location() != null
                        ? variable.location() : service.locationOf("environment")));
            }
        }
        service.process().envFiles().forEach(file -> file.entries().forEach((name, value) -> texts.add(new Text(value,
                "environment " + name + " (" + file.written() + ")", file.location()))));
        addAll(texts, service.process().command(), "command", service.locationOf("command"));
        addAll(texts, service.process().entrypoint(), "entrypoint", service.locationOf("entrypoint"));
        if (service.lifecycle().healthcheck() != null) {
            addAll(texts, service.lifecycle().healthcheck().test(), "healthcheck", service.locationOf("healthcheck"));
        }
        for (FileReference config : service.storage().configs()) {
            ConfigDefinition definition = project.configs().get(config.source());
            if (definition != null && definition.content() != null) {
                texts.add(new Text(definition.content(), "config " + config.source(), service.locationOf("configs")));
            }
        }
        return texts;
    }

    private static void addAll(List<Text> texts, List<String> values, String where, SourceLocation location) {
        if (values != null) {
            values.forEach(value -> texts.add(new Text(value, where, location)));
        }
    }

    private interface Sink {
        void add(Reference reference);
    }

    private static void find(String from, Text text, Map<String, String> names, Sink sink) {
        for (Host host : hosts(text.value(), names::containsKey)) {
            emit(from, host.name(), names.get(host.name()), host.port(), text, sink);
        }
    }

    private static void emit(String from, String name, String target, Integer port, Text text, Sink sink) {
        if (target.equals(from) || port != null && (port < 1 || port > 65535)) {
            return; // a service talking to itself needs no Service
        }
        sink.add(new Reference(from, name, target, port, text.where(), text.location()));
    }
}
