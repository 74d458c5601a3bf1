package io.jkompose.converters.plan;

import io.jkompose.model.Dependency;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services some other service waits for to finish ({@code depends_on} with
 * {@code condition: service_completed_successfully}): one-off tasks, which {@link WorkloadKinds}
 * runs as Jobs. Only the first waiter of each, in the project's order, is kept: one is enough to
 * say why.
 */
final class AwaitedCompletions {

    /**
     * A service waiting for another to complete.
     *
     * @param dependent the Compose name of the service that waits
     * @param location  where its depends_on entry is written
     */
    record Waiter(String dependent, SourceLocation location) {
    }

    private AwaitedCompletions() {
    }

    /** The first waiter of each awaited service, by the awaited service's Compose name. */
    static Map<String, Waiter> of(Project project) {
        Map<String, Waiter> waiters = new LinkedHashMap<>();
        for (Service service : project.services().values()) {
            service.lifecycle().dependsOn().forEach((name, dependency) -> {
                if (Dependency.COMPLETED.equals(dependency.condition()) && !name.equals(service.name())) {
                    SourceLocation location = dependency.location() != null ? dependency.location()
                            : service.locationOf("depends_on");
                    waiters.putIfAbsent(name, new Waiter(service.name(), location));
                }
            });
        }
        return waiters;
    }
}
