package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.EnvFile;
import io.jkompose.model.EnvVar;
import io.jkompose.model.Service;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code environment} → the container's {@code env}, sorted by name. A variable without a value
 * (named but defined nowhere) is left out, as Compose leaves it out of the container.
 *
 * <p>A variable whose env files (through {@code envFrom}) already give it the same value is
 * left out too, which is what kompose writes. One whose env files give it another value stays:
 * in Compose {@code environment} wins over {@code env_file}, and in Kubernetes {@code env} wins
 * over {@code envFrom}. (kompose drops it, so the env file's value wins there.)
 *
 * <p>Kubernetes (1.34 and later) takes any name of printable ASCII characters other than
 * {@code =}; a name with other characters would make the API server reject the workload, so it
 * is left out and reported.
 */
public final class EnvironmentStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("environment");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        Map<String, String> fromEnvFiles = effectiveEnvFileValues(service);
        for (EnvVar variable : service.process().environment().values()) {
            if (variable.value() == null || variable.value().equals(fromEnvFiles.get(variable.name()))) {
                continue;
            }
            if (!isEnvName(variable.name())) {
                context.warn(ConverterCode.INVALID_ENV_NAME, variable.location() != null ? variable.location()
                        : context.locationOf("environment"), "environment variable '" + variable.name()
                        + "' of service '" + service.name() + "' is left out: Kubernetes takes only names of printable"
                        + " ASCII characters other than '='", "rename the variable");
                continue;
            }
            // an empty value is written as the name alone, as kompose does; Kubernetes reads both as ""
            context.container().addToEnv(new EnvVarBuilder()
                    .withName(variable.name())
                    .withValue(variable.value().isEmpty() ? null
                            : KubernetesExpansion.escape(context.hostNames().rewrite(variable.value())))
                    .build());
        }
    }

    /** Kubernetes' rule for env names: not empty, printable ASCII (space to '~'), no '='. */
    static boolean isEnvName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != '=');
    }

    /** What the env files set, a later file overriding an earlier one (as in Compose and in envFrom). */
    private static Map<String, String> effectiveEnvFileValues(Service service) {
        Map<String, String> values = new HashMap<>();
        for (EnvFile file : service.process().envFiles()) {
            values.putAll(file.entries());
        }
        return values;
    }
}
