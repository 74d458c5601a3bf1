package io.jkompose.parser.canonical;

import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.Network;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Volume;
import java.util.LinkedHashMap;

/**
 * The top-level resources. Each gets the {@code name} compose gives it: its own {@code name:},
 * else its key for an external resource, else {@code <project>_<key>}.
 */
final class ResourceForm {

    private ResourceForm() {
    }

    /** {@code name, driver, driver_opts, ipam, external, internal, attachable, labels} (those the model has). */
    static LinkedHashMap<String, Object> network(String key, Network network, Context context) {
        return new Node()
                .text("name", name(key, network.name(), network.external(), context))
                .text("driver", network.driver())
                .flag("external", network.external())
                .flag("internal", network.internal())
                .map("labels", context.keyOrder().sorted(network.labels()))
                .build();
    }

    /** The network compose adds when a service uses {@code default} and the file declares none. */
    static LinkedHashMap<String, Object> defaultNetwork(Context context) {
        return new Node().text("name", context.scopedName(ServiceForm.DEFAULT_NETWORK)).build();
    }

    /** {@code name, driver, driver_opts, external, labels}. */
    static LinkedHashMap<String, Object> volume(String key, Volume volume, Context context) {
        return new Node()
                .text("name", name(key, volume.name(), volume.external(), context))
                .text("driver", volume.driver())
                .map("driver_opts", context.keyOrder().sorted(volume.driverOpts()))
                .flag("external", volume.external())
                .map("labels", context.keyOrder().sorted(volume.labels()))
                .build();
    }

    /**
     * {@code name, file, environment, external}. Compose never prints a secret's content, not even
     * the value read from {@code environment}.
     */
    static LinkedHashMap<String, Object> secret(String key, SecretDefinition secret, Context context) {
        return new Node()
                .text("name", name(key, secret.name(), secret.external(), context))
                .text("file", context.absolute(secret.file()))
                .text("environment", secret.environment())
                .flag("external", secret.external())
                .build();
    }

    /**
     * {@code name, file, environment, content, external}. Inline {@code content} is printed; a value
     * the loader read from {@code environment} is not (compose prints the variable's name instead).
     */
    static LinkedHashMap<String, Object> config(String key, ConfigDefinition config, Context context) {
        boolean fromEnvironment = config.environment() != null && !config.environment().isEmpty();
        return new Node()
                .text("name", name(key, config.name(), config.external(), context))
                .text("file", context.absolute(config.file()))
                .text("environment", config.environment())
                .text("content", fromEnvironment ? null : config.content())
                .flag("external", config.external())
                .build();
    }

    private static String name(String key, String name, boolean external, Context context) {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return external ? key : context.scopedName(key);
    }
}
