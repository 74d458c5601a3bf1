package io.jkompose.converters.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

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

    /** The text with every renamed host replaced by its Service's name. */
    public String rewrite(String text) {
        if (renames.isEmpty() || text == null) {
            return text;
        }
        String bare = renames.get(text.strip());
        if (bare != null) {
            return text.replace(text.strip(), bare);
        }
        TreeMap<Integer, int[]> spans = new TreeMap<>(); // start -> {end, index of the new name}
        List<String> names = new ArrayList<>();
        collect(References.url(text), 2, spans, names);
        collect(References.hostPort(text), 1, spans, names);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (Map.Entry<Integer, int[]> span : spans.entrySet()) {
            if (span.getKey() >= done) {
                out.append(text, done, span.getKey()).append(names.get(span.getValue()[1]));
                done = span.getValue()[0];
            }
        }
        return out.append(text.substring(done)).toString();
    }

    private void collect(Matcher matcher, int group, TreeMap<Integer, int[]> spans, List<String> names) {
        while (matcher.find()) {
            String renamed = renames.get(matcher.group(group));
            if (renamed != null) {
                names.add(renamed);
                spans.putIfAbsent(matcher.start(group), new int[] {matcher.end(group), names.size() - 1});
            }
        }
    }

    public List<String> rewrite(List<String> texts) {
        return texts == null || renames.isEmpty() ? texts : texts.stream().map(this::rewrite).toList();
    }
}
