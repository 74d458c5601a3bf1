package io.jkompose.parser.canonical;

import io.jkompose.model.EnvFile;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Service;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment a service's container gets, as {@code docker compose config} prints it: the
 * {@code env_file}s in the order they are listed (a later file wins), then the {@code environment}
 * key on top. An {@code environment} entry without a value (null) still overrides a file's value,
 * as compose does, and is printed as {@code null}.
 */
final class EnvironmentMerge {

    private EnvironmentMerge() {
    }

    /** Name → value (null for a variable without a value); unordered, the caller sorts. */
    static Map<String, String> of(Service service) {
        Map<String, String> merged = new HashMap<>();
        for (EnvFile file : service.process().envFiles()) {
            file.entries().forEach((name, value) -> {
                // A bare name in an env file that resolves to nothing defines no variable.
                if (value != null) {
                    merged.put(name, value);
                }
            });
        }
        for (Map.Entry<String, EnvVar> entry : service.process().environment().entrySet()) {
            EnvVar variable = entry.getValue();
            merged.put(entry.getKey(), variable == null ? null : variable.value());
        }
        return merged;
    }
}
