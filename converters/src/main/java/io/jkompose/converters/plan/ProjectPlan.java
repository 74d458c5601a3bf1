package io.jkompose.converters.plan;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.model.Project;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the conversion decided for the whole project: a plan per service, in the project's order.
 *
 * @param project  the input
 * @param options  the options, checked
 * @param services  the plan of each Compose service, by its Compose name, in the project's order
 * @param hostNames the Compose names that resolve under another name, for the texts that use them
 */
public record ProjectPlan(Project project, ConvertOptions options, Map<String, ServicePlan> services,
        HostNames hostNames) {

    public ProjectPlan {
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** The plan of a Compose service. */
    public ServicePlan service(String serviceName) {
        ServicePlan plan = services.get(serviceName);
        if (plan == null) {
            throw new IllegalArgumentException("no service named " + serviceName);
        }
        return plan;
    }

    public Collection<ServicePlan> servicePlans() {
        return services.values();
    }

    /** The Kubernetes name of a Compose service. */
    public String kubernetesName(String serviceName) {
        return service(serviceName).name();
    }

    /** The group of a Compose service, or null when its pod is its own. */
    public ServiceGroup group(String serviceName) {
        return service(serviceName).group();
    }
}
