package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's single-value {@code kompose.*} labels for its container and pod, read and checked once.
 * Each is null when the service does not have the label; a label whose value cannot be followed is
 * reported here, at its own line, and kept with a null value.
 *
 * @param imagePullPolicy {@code kompose.image-pull-policy}: Always, Never or IfNotPresent
 * @param serviceAccount  {@code kompose.serviceaccount-name}: a valid object name
 * @param imagePullSecret {@code kompose.image-pull-secret}: a valid object name
 * @param fsGroup         {@code kompose.security-context.fsgroup}: a group id
 * @param initContainer   the {@code kompose.init.containers.*} labels; null without an image
 */
public record ContainerDirectives(LabelValue<String> imagePullPolicy, LabelValue<String> serviceAccount,
        LabelValue<String> imagePullSecret, LabelValue<Long> fsGroup,
        InitContainerDirective initContainer) {

    public static final String IMAGE_PULL_POLICY = "kompose.image-pull-policy";
    public static final String SERVICE_ACCOUNT = "kompose.serviceaccount-name";
    public static final String PULL_SECRET = "kompose.image-pull-secret";
    public static final String FS_GROUP = "kompose.security-context.fsgroup";
    public static final String INIT_NAME = "kompose.init.containers.name";
    public static final String INIT_IMAGE = "kompose.init.containers.image";
    public static final String INIT_COMMAND = "kompose.init.containers.command";

    static final Set<String> LABELS = Set.of(IMAGE_PULL_POLICY, SERVICE_ACCOUNT, PULL_SECRET, FS_GROUP, INIT_NAME,
            INIT_IMAGE, INIT_COMMAND);

    private static final Set<String> PULL_POLICIES = Set.of("Always", "Never", "IfNotPresent");

    static ContainerDirectives read(Service service, Diagnostics diagnostics) {
        LabelValue<String> pullPolicy = pullPolicy(service, diagnostics);
        LabelValue<Long> fsGroup = fsGroup(service, diagnostics);
        InitContainerDirective init = initContainer(service, diagnostics);
        LabelValue<String> account = objectName(service, SERVICE_ACCOUNT, diagnostics);
        LabelValue<String> secret = objectName(service, PULL_SECRET, diagnostics);
        return new ContainerDirectives(pullPolicy, account, secret, fsGroup, init);
    }

    private static LabelValue<String> pullPolicy(Service service, Diagnostics diagnostics) {
        String value = service.labels().get(IMAGE_PULL_POLICY);
        if (value == null) {
            return null;
        }
        if (PULL_POLICIES.contains(value)) {
            return new LabelValue<>(IMAGE_PULL_POLICY, value, KomposeLabels.location(service, IMAGE_PULL_POLICY));
        }
        diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, KomposeLabels.location(service, IMAGE_PULL_POLICY),
                "label " + IMAGE_PULL_POLICY + " of service '" + service.name() + "' has the unknown value '" + value
                        + "'; it is not converted", "use Always, Never or IfNotPresent");
        return new LabelValue<>(IMAGE_PULL_POLICY, null, KomposeLabels.location(service, IMAGE_PULL_POLICY));
    }

    /** A name of an object in the cluster; a name the API server would refuse is reported. */
    private static LabelValue<String> objectName(Service service, String label, Diagnostics diagnostics) {
        String value = service.labels().get(label);
        if (value == null) {
            return null;
        }
        String name = value.strip();
        if (KubernetesNames.isSubdomain(name)) {
            return new LabelValue<>(label, name, KomposeLabels.location(service, label));
        }
        diagnostics.warn(ConverterCode.INVALID_LABEL, KomposeLabels.location(service, label), "label " + label
                + " of service '" + service.name() + "' is not converted: '" + value + "' is not a valid object name",
                "use lower-case letters, digits, '-' and '.'");
        return new LabelValue<>(label, null, KomposeLabels.location(service, label));
    }

    private static LabelValue<Long> fsGroup(Service service, Diagnostics diagnostics) {
        String value = service.labels().get(FS_GROUP);
        if (value == null) {
            return null;
        }
        Long gid = groupId(value);
        if (gid == null) {
            diagnostics.warn(ConverterCode.INVALID_LABEL, KomposeLabels.location(service, FS_GROUP), "label " + FS_GROUP
                    + " of service '" + service.name() + "' is not converted: '" + value + "' is not a group id",
                    "write the group's number");
        }
        return new LabelValue<>(FS_GROUP, gid, KomposeLabels.location(service, FS_GROUP));
    }

    private static Long groupId(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static InitContainerDirective initContainer(Service service, Diagnostics diagnostics) {
        Map<String, String> labels = service.labels();
        String image = labels.get(INIT_IMAGE);
        if (image == null || image.isBlank()) {
            if (labels.containsKey(INIT_NAME) || labels.containsKey(INIT_COMMAND)) {
                var location = KomposeLabels.location(service, labels.containsKey(INIT_NAME) ? INIT_NAME : INIT_COMMAND);
                diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, location, "the init container labels of service '"
                        + service.name() + "' have no " + INIT_IMAGE + "; no init container is made", null);
            }
            return null;
        }
        String written = labels.getOrDefault(INIT_NAME, "");
        String name = KubernetesNames.label(written.isBlank() ? "init-service" : written, "init-service");
        return new InitContainerDirective(name, image, command(labels.getOrDefault(INIT_COMMAND, "")),
                KomposeLabels.location(service, INIT_NAME));
    }

    /** {@code ["a", 'b', c]} → its items; any other text → one command. */
    static List<String> command(String text) {
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
