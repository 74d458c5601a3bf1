package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kompose's init container labels: {@code kompose.init.containers.image} (required),
 * {@code .name} (default {@code init-service}) and {@code .command}, a list written as
 * {@code ["sh", "-c", "..."]} or a single command. The command is Kubernetes' own, so it is
 * not escaped for {@code $(VAR)}. The names of a pod's containers must differ, so an init container
 * named like the service's container gets {@code -init} appended.
 */
public final class InitContainerLabelsStep implements ServiceConversionStep {

    static final String NAME = "kompose.init.containers.name";
    static final String IMAGE = "kompose.init.containers.image";
    static final String COMMAND = "kompose.init.containers.command";

    @Override
    public Set<String> handledLabels() {
        return Set.of(NAME, IMAGE, COMMAND);
    }

    @Override
    public void apply(ServiceContext context) {
        Map<String, String> labels = context.service().labels();
        String image = labels.get(IMAGE);
        if (image == null || image.isBlank()) {
            if (labels.containsKey(NAME) || labels.containsKey(COMMAND)) {
                var location = context.service().labelLocation(labels.containsKey(NAME) ? NAME : COMMAND);
                context.warn(ConverterCode.UNCONVERTED_VALUE, location, "the init container labels of service '"
                        + context.service().name() + "' have no " + IMAGE + "; no init container is made", null);
            }
            return;
        }
        String written = labels.getOrDefault(NAME, "");
        String name = KubernetesNames.label(written.isBlank() ? "init-service" : written, "init-service");
        if (name.equals(context.container().getName())) {
            name = KubernetesNames.label(name + "-init");
            context.warn(ConverterCode.RENAMED, context.service().labelLocation(NAME), "the init container of service '"
                    + context.service().name() + "' is named '" + name + "': its container has the name it was given",
                    "give " + NAME + " another name");
        }
        ContainerBuilder container = new ContainerBuilder()
                .withName(name)
                .withImage(image);
        List<String> command = command(labels.getOrDefault(COMMAND, ""));
        if (!command.isEmpty()) {
            container.withCommand(command);
        }
        context.podSpec().addToInitContainers(container.build());
    }

    /** {@code ["a", 'b', c]} → its items; any other text → one command. */
    public static List<String> command(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (!(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return List.of(trimmed);
        }
        List<String> items = new ArrayList<>();
        String body = trimmed.substring(1, trimmed.length() - 1);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder item = new StringBuilder();
                int j = i + 1;
                while (j < body.length() && body.charAt(j) != c) {
                    if (body.charAt(j) == '\\' && c == '"' && j + 1 < body.length()) {
                        j++;
                    }
                    item.append(body.charAt(j++));
                }
                items.add(item.toString());
                i = j + 1;
            } else {
                int end = body.indexOf(',', i);
                end = end < 0 ? body.length() : end;
                items.add(body.substring(i, end).trim());
                i = end;
            }
        }
        return items;
    }
}
