package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Service;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swarm's service templates ({@code {{.Node.Hostname}}}, {@code {{.Task.Slot}}}) in environment
 * values, {@code hostname} and commands: Swarm fills them in, Kubernetes passes them on literally,
 * so the application would see the braces. Reported once per service, naming each template.
 */
final class SwarmTemplates {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*\\.(?:Node|Service|Task)\\.[A-Za-z.]+\\s*}}");

    private SwarmTemplates() {
    }

    static void report(Service service, Diagnostics diagnostics) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> where = new LinkedHashSet<>();
        for (EnvVar variable : service.process().environment().values()) {
            if (find(variable.value(), found)) {
                where.add("environment " + variable.name());
            }
        }
        if (find(service.networking().hostname(), found)) {
            where.add("hostname");
        }
        if (service.process().command() != null && service.process().command().stream().anyMatch(part -> find(part, found))) {
            where.add("command");
        }
        if (service.process().entrypoint() != null
                && service.process().entrypoint().stream().anyMatch(part -> find(part, found))) {
            where.add("entrypoint");
        }
        if (!found.isEmpty()) {
            String key = where.iterator().next();
            diagnostics.warn(ConverterCode.SWARM_TEMPLATE, service.locationOf(key.startsWith("environment")
                    ? "environment" : key), "the Swarm template" + (found.size() == 1 ? " " : "s ")
                    + String.join(", ", found) + " in the " + String.join(", ", where) + " of service '"
                    + service.name() + "' reach" + (found.size() == 1 ? "es" : "") + " the container as written: "
                    + "Kubernetes does not fill them in", "use the Downward API (fieldRef spec.nodeName, "
                    + "metadata.name) in the generated manifests, or a value of your own");
        }
    }

    private static boolean find(String text, Set<String> found) {
        if (text == null || !text.contains("{{")) {
            return false;
        }
        Matcher matcher = TEMPLATE.matcher(text);
        boolean any = false;
        while (matcher.find()) {
            found.add(matcher.group());
            any = true;
        }
        return any;
    }
}
