package io.jkompose.parser.opencompose;

import io.jkompose.parser.ParserCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of a service's containers, unique within it (a pod's containers need distinct names). A
 * container the file gives no name is named after the service, as kompose names a service's
 * container: the first one {@code <service>}, the n-th {@code <service>-<n>}; that is reported.
 */
final class ContainerNames {

    private ContainerNames() {
    }

    /** One name per container, in order; null for a container whose written name repeats another's (reported). */
    static List<String> assign(OpenComposeSpec.Service service, Nodes nodes) {
        Set<String> taken = new HashSet<>();
        for (OpenComposeSpec.Container container : service.containers()) {
            if (container.name() != null && !taken.add(container.name())) {
                nodes.error(ParserCode.DUPLICATE_NAME, container.keys().get("name"), "container name '" + container.name()
                        + "' is used twice in service '" + service.name() + "'", "the containers of a service share "
                        + "a pod, where each needs its own name");
            }
        }
        List<String> names = new ArrayList<>(service.containers().size());
        for (OpenComposeSpec.Container container : service.containers()) {
            if (container.name() != null) {
                names.add(container.name());
                continue;
            }
            String base = container.index() == 0 ? service.name() : service.name() + "-" + (container.index() + 1);
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "-" + n;
            }
            nodes.warn(ParserCode.NAME_DERIVED, container.location(), "container " + (container.index() + 1)
                    + " of service '" + service.name() + "' has no name; it is named '" + name + "'",
                    "give it a name: (OpenCompose requires one)");
            names.add(name);
        }
        return names;
    }

    /**
     * The model name of the service that carries a second (third …) container: {@code <service>-<container>},
     * made of lowercase letters, digits and '-', distinct from every name in {@code taken} (which it joins).
     */
    static String sidecarService(String service, String container, Set<String> taken) {
        String raw = (service + "-" + container).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        String base = raw.length() > 60 ? raw.substring(0, 60).replaceAll("-+$", "") : raw;
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
