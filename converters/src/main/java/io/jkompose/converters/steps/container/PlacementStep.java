package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy.placement} → where the pods may run.
 *
 * <ul>
 *   <li>{@code constraints} → one required node-affinity term holding a requirement for each
 *       ({@code ==} In, {@code !=} NotIn), as kompose makes it: {@code node.labels.<key>} → the node
 *       label {@code <key>}, {@code node.hostname} → {@code kubernetes.io/hostname},
 *       {@code engine.labels.operatingsystem} and {@code node.platform.os} → {@code kubernetes.io/os},
 *       {@code node.platform.arch} → {@code kubernetes.io/arch} (Docker's {@code x86_64} and
 *       {@code aarch64} spelled {@code amd64} and {@code arm64}). Beyond kompose, {@code node.role}:
 *       {@code manager} runs on control-plane nodes (the requirement that the node has the
 *       {@code node-role.kubernetes.io/control-plane} label, and a toleration of its taint),
 *       {@code worker} on the others. {@code node.id} has no counterpart and is reported.</li>
 *   <li>{@code preferences} ({@code spread}) → topology spread constraints over the label, the
 *       first with the largest skew, scheduling anyway when unsatisfiable (as kompose).</li>
 *   <li>{@code max_replicas_per_node: 1} → a required pod anti-affinity on
 *       {@code kubernetes.io/hostname}: at most one of the service's pods per node, exactly. Larger
 *       values have no exact counterpart (a spread constraint bounds the difference between nodes,
 *       not the count) and are reported.</li>
 * </ul>
 */
public final class PlacementStep implements ServiceConversionStep {

    static final String HOSTNAME = "kubernetes.io/hostname";
    static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
    private static final Pattern CONSTRAINT = Pattern.compile("\\s*(\\S+?)\\s*(==|!=)\\s*(.*?)\\s*");
    private static final Map<String, String> ARCHITECTURES = Map.of("x86_64", "amd64", "aarch64", "arm64",
            "armv7l", "arm", "armhf", "arm", "i386", "386", "i686", "386");

    @Override
    public Set<String> handledKeys() {
        return Set.of("deploy.placement");
    }

    @Override
    public void apply(ServiceContext context) {
        Deploy deploy = context.service().deploy();
        Deploy.Placement placement = deploy == null ? null : deploy.placement();
        if (placement == null) {
            return;
        }
        SourceLocation location = placement.location() != null ? placement.location()
                : deploy.location() != null ? deploy.location() : context.locationOf("deploy");
        constraints(context, placement.constraints(), location);
        if ("global".equals(deploy.mode()) && !placement.preferences().isEmpty()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, location, "the placement preferences of global service '"
                    + context.service().name() + "' are not converted: it runs on every node", null);
        } else {
            preferences(context, placement.preferences(), location);
        }
        maxPerNode(context, placement.maxReplicasPerNode(), location);
    }

    private static void constraints(ServiceContext context, List<String> constraints, SourceLocation location) {
        List<NodeSelectorRequirement> requirements = new ArrayList<>();
        boolean tolerateControlPlane = false;
        for (String constraint : constraints) {
            Matcher matcher = CONSTRAINT.matcher(constraint);
            if (!matcher.matches() || matcher.group(3).isEmpty()) {
                warn(context, location, "placement constraint '" + constraint + "'",
                        "it is not written <attribute> == <value> or <attribute> != <value>");
                continue;
            }
            String attribute = matcher.group(1);
            boolean equal = matcher.group(2).equals("==");
            String value = matcher.group(3);
            if (attribute.equals("node.role")) {
                if (!value.equals("manager") && !value.equals("worker")) {
                    warn(context, location, "placement constraint '" + constraint + "'", "a node's role is manager or worker");
                    continue;
                }
                boolean onControlPlane = value.equals("manager") == equal;
                requirements.add(new NodeSelectorRequirementBuilder().withKey(CONTROL_PLANE)
                        .withOperator(onControlPlane ? "Exists" : "DoesNotExist").build());
                tolerateControlPlane |= onControlPlane;
                continue;
            }
            String key = nodeLabel(attribute);
            if (key == null) {
                warn(context, location, "placement constraint '" + constraint + "'",
                        "Kubernetes has no node attribute like '" + attribute + "'");
                continue;
            }
            if (key.equals("kubernetes.io/arch")) {
                value = ARCHITECTURES.getOrDefault(value, value);
            } else if (key.equals("kubernetes.io/os")) {
                value = value.toLowerCase(Locale.ROOT);
            }
            if (!KubernetesNames.isQualifiedName(key) || !KubernetesNames.isLabelValue(value)) {
                warn(context, location, "placement constraint '" + constraint + "'",
                        "'" + key + "=" + value + "' is not a valid Kubernetes label");
                continue;
            }
            requirements.add(new NodeSelectorRequirementBuilder().withKey(key).withOperator(equal ? "In" : "NotIn")
                    .withValues(value).build());
        }
        if (requirements.isEmpty()) {
            return;
        }
        context.podSpec().editOrNewAffinity().editOrNewNodeAffinity()
                .editOrNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().withMatchExpressions(requirements).endNodeSelectorTerm()
                .endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity();
        if (tolerateControlPlane) {
            context.podSpec().addNewToleration().withKey(CONTROL_PLANE).withOperator("Exists").withEffect("NoSchedule")
                    .endToleration();
        }
    }

    /** The node label a Swarm node attribute corresponds to; null when there is none. */
    static String nodeLabel(String attribute) {
        return switch (attribute) {
            case "node.hostname" -> HOSTNAME;
            case "engine.labels.operatingsystem", "node.platform.os" -> "kubernetes.io/os";
            case "node.platform.arch" -> "kubernetes.io/arch";
            default -> attribute.startsWith("node.labels.") && attribute.length() > 12 ? attribute.substring(12) : null;
        };
    }

    private static void preferences(ServiceContext context, List<String> preferences, SourceLocation location) {
        List<String> keys = new ArrayList<>();
        for (String spread : preferences) {
            String key = nodeLabel(spread.strip());
            if (key == null || !KubernetesNames.isQualifiedName(key)) {
                warn(context, location, "placement preference spread '" + spread + "'",
                        "Kubernetes has no node label like '" + spread + "'");
            } else {
                keys.add(key);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            context.podSpec().addToTopologySpreadConstraints(new TopologySpreadConstraintBuilder()
                    .withMaxSkew(keys.size() - i)
                    .withTopologyKey(keys.get(i))
                    .withWhenUnsatisfiable("ScheduleAnyway")
                    .withNewLabelSelector().withMatchLabels(context.selectorLabels()).endLabelSelector()
                    .build());
        }
    }

    private static void maxPerNode(ServiceContext context, Integer max, SourceLocation location) {
        if (max == null || max <= 0) {
            return;
        }
        if (max > 1) {
            warn(context, location, "max_replicas_per_node " + max,
                    "Kubernetes can bound pods per node exactly only at one");
            return;
        }
        context.podSpec().editOrNewAffinity().editOrNewPodAntiAffinity()
                .addNewRequiredDuringSchedulingIgnoredDuringExecution()
                .withTopologyKey(HOSTNAME)
                .withNewLabelSelector().withMatchLabels(context.selectorLabels()).endLabelSelector()
                .endRequiredDuringSchedulingIgnoredDuringExecution()
                .endPodAntiAffinity().endAffinity();
    }

    private static void warn(ServiceContext context, SourceLocation location, String what, String reason) {
        context.warn(ConverterCode.UNCONVERTED_VALUE, location, what + " of service '" + context.service().name()
                + "' is not converted: " + reason, null);
    }
}
