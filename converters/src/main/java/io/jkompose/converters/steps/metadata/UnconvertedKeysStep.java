package io.jkompose.converters.steps.metadata;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Deploy;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Nothing is dropped silently: one {@code unconverted-key} warning for each key a service wrote
 * that no step carries to Kubernetes, at that key; for {@code deploy}, one per sub-key; and one
 * {@code unconverted-label} warning for each {@code kompose.*} label directive no step honours.
 *
 * <p>Keys that need no counterpart and get no warning: {@code profiles} and {@code extends}
 * (the loader has applied them) and {@code x-*} extensions (for other tools by definition).
 */
public final class UnconvertedKeysStep implements ServiceConversionStep {

    private static final Set<String> APPLIED_BY_LOADER = Set.of("profiles", "extends");

    private final Set<String> handledKeys;
    private final Set<String> handledLabels;

    public UnconvertedKeysStep(Set<String> handledKeys, Set<String> handledLabels) {
        this.handledKeys = Set.copyOf(handledKeys);
        this.handledLabels = Set.copyOf(handledLabels);
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        for (Map.Entry<String, SourceLocation> key : service.keys().entrySet()) {
            String name = key.getKey();
            if (name.startsWith("x-") || name.startsWith("labels.") || APPLIED_BY_LOADER.contains(name)) {
                // labels.<name>: where each label is written; labels are checked below
                continue;
            }
            if (name.equals("deploy")) {
                deploySubKeys(context, key.getValue());
            } else if (!handledKeys.contains(name)) {
                warn(context, name, key.getValue());
            }
        }
        for (String label : service.labels().keySet()) {
            if (label.startsWith(LabelAnnotationsStep.KOMPOSE_PREFIX) && !handledLabels.contains(label)) {
                context.warn(ConverterCode.UNCONVERTED_LABEL, service.labelLocation(label), "label '" + label + "' of service '"
                        + service.name() + "' is a kompose directive that jkompose does not follow (yet)", null);
            }
        }
    }

    private void deploySubKeys(ServiceContext context, SourceLocation deployLocation) {
        Deploy deploy = context.service().deploy();
        if (deploy == null) {
            return;
        }
        SourceLocation fallback = deploy.location() != null ? deploy.location() : deployLocation;
        Map<String, SourceLocation> present = new LinkedHashMap<>();
        put(present, "mode", deploy.mode() != null, fallback);
        put(present, "replicas", deploy.replicas() != null, fallback);
        put(present, "labels", !deploy.labels().isEmpty(), fallback);
        if (deploy.resources() != null) {
            Deploy.ResourceSpec spec = deploy.resources().limits() != null ? deploy.resources().limits()
                    : deploy.resources().reservations();
            put(present, "resources", true, spec != null && spec.location() != null ? spec.location() : fallback);
        }
        if (deploy.placement() != null) {
            put(present, "placement", true, or(deploy.placement().location(), fallback));
        }
        if (deploy.restartPolicy() != null) {
            put(present, "restart_policy", true, or(deploy.restartPolicy().location(), fallback));
        }
        if (deploy.updateConfig() != null) {
            put(present, "update_config", true, or(deploy.updateConfig().location(), fallback));
        }
        if (deploy.rollbackConfig() != null) {
            put(present, "rollback_config", true, or(deploy.rollbackConfig().location(), fallback));
        }
        put(present, "endpoint_mode", deploy.endpointMode() != null, fallback);
        present.forEach((sub, location) -> {
            if (!handledKeys.contains("deploy." + sub)) {
                warn(context, "deploy." + sub, location);
            }
        });
    }

    private static void put(Map<String, SourceLocation> present, String key, boolean set, SourceLocation location) {
        if (set) {
            present.put(key, location);
        }
    }

    private static SourceLocation or(SourceLocation location, SourceLocation fallback) {
        return location != null ? location : fallback;
    }

    private static void warn(ServiceContext context, String key, SourceLocation location) {
        context.warn(ConverterCode.UNCONVERTED_KEY, location, "key '" + key + "' of service '" + context.service().name()
                + "' is not converted to Kubernetes (yet)", null);
    }
}
