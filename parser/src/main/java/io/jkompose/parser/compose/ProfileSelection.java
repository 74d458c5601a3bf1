package io.jkompose.parser.compose;

import io.jkompose.model.Service;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which services are active: those without {@code profiles} always, the others when one of their
 * profiles is enabled ({@code --profile}, else {@code COMPOSE_PROFILES}; {@code *} enables all).
 */
final class ProfileSelection {

    private final Set<String> enabled;

    private ProfileSelection(Set<String> enabled) {
        this.enabled = enabled;
    }

    static ProfileSelection of(List<String> requested, Map<String, String> environment) {
        Set<String> enabled = new LinkedHashSet<>();
        if (!requested.isEmpty()) {
            for (String profile : requested) {
                addAll(profile, enabled);
            }
        } else {
            addAll(environment.getOrDefault("COMPOSE_PROFILES", ""), enabled);
        }
        return new ProfileSelection(enabled);
    }

    /** {@code --profile a,b} and {@code COMPOSE_PROFILES=a,b} both take comma-separated names. */
    private static void addAll(String text, Set<String> enabled) {
        for (String profile : text.split(",")) {
            if (!profile.isBlank()) {
                enabled.add(profile.trim());
            }
        }
    }

    boolean isActive(Service service) {
        if (service.profiles().isEmpty() || enabled.contains("*")) {
            return true;
        }
        for (String profile : service.profiles()) {
            if (enabled.contains(profile)) {
                return true;
            }
        }
        return false;
    }
}
