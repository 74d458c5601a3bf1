package io.jkompose.converters.plan;

import java.util.List;
import java.util.Map;

/**
 * The Compose names that resolve under another name in the cluster ({@code front_end} → the
 * Service {@code front-end}), and the rewriting of the texts that use them (environment, command,
 * entrypoint, healthcheck) so that each still finds its service. Only a name in a host position is
 * rewritten: a URL's host, {@code name:port}, or a value that is just the name.
 */
public record HostNames(Map<String, String> renames) {

    static final HostNames NONE = new HostNames(Map.of());

    public HostNames {
        renames = Map.copyOf(renames);
    }

    /** The text with every renamed host ({@link References#hosts}) replaced by its Service's name. */
    public String rewrite(String text) {
        if (renames.isEmpty() || text == null) {
            return text;
        }
        List<References.Host> hosts = References.hosts(text, renames::containsKey);
        if (hosts.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (References.Host host : hosts) {
            if (host.start() >= done) { // a URL's host and a host:port never overlap; be safe if they did
                out.append(text, done, host.start()).append(renames.get(host.name()));
                done = host.end();
            }
        }
        return out.append(text, done, text.length()).toString();
    }

    public List<String> rewrite(List<String> texts) {
        return texts == null || renames.isEmpty() ? texts : texts.stream().map(this::rewrite).toList();
    }
}
