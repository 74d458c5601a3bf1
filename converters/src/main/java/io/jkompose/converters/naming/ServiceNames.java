package io.jkompose.converters.naming;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every service of a project its Kubernetes name (the workload's name and the
 * {@code io.kompose.service} selector value), once per conversion, so that all steps agree. The
 * label {@code kompose.service.name_override} replaces the service's name, as in kompose.
 */
public final class ServiceNames {

    public static final String NAME_OVERRIDE = "kompose.service.name_override";

    private ServiceNames() {
    }

    /** Compose service name → Kubernetes name, in the project's service order. */
    public static Map<String, String> assign(Project project, Diagnostics diagnostics) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Service service : project.services().values()) {
            String wanted = wantedName(service, diagnostics);
            String name = KubernetesNames.label(wanted);
            if (!taken.add(name)) {
                String first = name;
                int n = 2;
                do {
                    String suffix = "-" + n++;
                    name = KubernetesNames.label(first.substring(0,
                            Math.min(first.length(), KubernetesNames.LABEL_MAX - suffix.length())) + suffix);
                } while (!taken.add(name));
                diagnostics.error(ConverterCode.NAME_CLASH, service.location(),
                        "service '" + service.name() + "' gets the Kubernetes name '" + first
                                + "' that another service already has; it is named '" + name + "' instead",
                        "rename one of the services so that their names differ after lower-casing and replacing '_' and '.' by '-'");
            } else if (!name.equals(wanted.toLowerCase(Locale.ROOT))) {
                // Case alone does not matter to DNS; any other change does to the services that call this one.
                diagnostics.warn(ConverterCode.NAME_CHANGED, service.location(),
                        (wanted.equals(service.name()) ? "service '" + service.name() + "'"
                                : NAME_OVERRIDE + " '" + wanted + "' of service '" + service.name() + "'")
                                + " is named '" + name + "' on Kubernetes (a DNS-1123 label)",
                        "references to it in other services' environment, command and healthcheck are rewritten; elsewhere, reach it as '" + name + "'");
            }
            names.put(service.name(), name);
        }
        return Collections.unmodifiableMap(names);
    }

    /** The name override when one is given, else the service's own name. */
    private static String wantedName(Service service, Diagnostics diagnostics) {
        String override = service.labels().get(NAME_OVERRIDE);
        if (override == null) {
            return service.name();
        }
        if (override.isBlank()) {
            diagnostics.error(ConverterCode.INVALID_LABEL, service.labelLocation(NAME_OVERRIDE), "label " + NAME_OVERRIDE
                    + " of service '" + service.name() + "' is empty", "give the name the service should have, or remove the label");
            return service.name();
        }
        return override.trim();
    }
}
