package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.converters.options.WorkloadOptions;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code --service-group-mode}: which services run as containers of one pod, decided before any
 * service is converted (their objects are named after the group). As kompose groups them:
 * <ul>
 *   <li>{@code label}: the services with the same {@code kompose.service.group} label, named by it
 *       (a group of one too);</li>
 *   <li>{@code volume}: the services that mount exactly the same volumes, in the same order, named
 *       {@code --service-group-name} or the members' names joined with '-'. A service whose
 *       volumes no other service shares keeps its pod (kompose gives it the group name too, so
 *       that with {@code --service-group-name} several groups end up with one name).</li>
 * </ul>
 * A group's name that another workload already has is an error.
 */
final class ServiceGroups {

    private ServiceGroups() {
    }

    /** What plan() reads: the project, the options, the services' Kubernetes names. */
    private record Input(Project project, Map<String, String> names, Diagnostics diagnostics) {

        String kubernetesName(String serviceName) {
            return names.get(serviceName);
        }
    }

    /** The group of each grouped Compose service, by service name. */
    static Map<String, ServiceGroup> plan(Project project, WorkloadOptions options, Map<String, String> names,
            Diagnostics diagnostics) {
        Map<String, ServiceGroup> result = new HashMap<>();
        GroupMode mode = options.groupMode();
        if (mode == null) {
            return result;
        }
        Input context = new Input(project, names, diagnostics);
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Service service : context.project().services().values()) {
            String key = mode == GroupMode.LABEL ? label(service) : volumes(service);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(service.name());
            }
        }
        List<ServiceGroup> groups = new ArrayList<>();
        if (mode == GroupMode.LABEL) {
            byKey.forEach((label, members) -> groups.add(new ServiceGroup(labelGroupName(context, label, members),
                    members, false)));
        } else {
            List<List<String>> shared = byKey.values().stream().filter(members -> members.size() > 1).toList();
            String name = options.groupName();
            if (name != null && shared.size() != 1) {
                context.diagnostics().error(ConverterCode.INVALID_OPTION, SourceLocation.NONE, shared.isEmpty()
                        ? "--service-group-name '" + name + "' names no group: no services mount the same volumes"
                        : "--service-group-name '" + name + "' names one group, but " + shared.size()
                                + " groups of services share volumes: " + shared,
                        "leave it out: each group is named after its services");
                name = null;
            }
            for (List<String> members : shared) {
                groups.add(new ServiceGroup(name != null ? name : joinedName(context, members), members, true));
            }
        }
        for (ServiceGroup group : withFreeNames(context, groups)) {
            group.members().forEach(member -> result.put(member, group));
        }
        return result;
    }

    private static String label(Service service) {
        String value = service.labels().get(KomposeLabels.SERVICE_GROUP);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The volumes a service mounts, as one key: services with equal keys share a pod. */
    private static String volumes(Service service) {
        if (service.storage().volumes().isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (ServiceVolume volume : service.storage().volumes()) {
            key.append(volume.type()).append('\u0000').append(Objects.toString(volume.source(), ""))
                    .append('\u0000').append(volume.target()).append('\u0000').append(volume.readOnly())
                    .append('\n');
        }
        return key.toString();
    }

    private static String labelGroupName(Input context, String label, List<String> members) {
        String name = KubernetesNames.label(label);
        if (!name.equals(label)) {
            context.diagnostics().warn(ConverterCode.NAME_CHANGED, context.project().services().get(members.get(0))
                    .labelLocation(KomposeLabels.SERVICE_GROUP), "service group '" + label + "' is named '" + name
                    + "' on Kubernetes: a workload's name must be a DNS-1123 label", null);
        }
        return name;
    }

    private static String joinedName(Input context, List<String> members) {
        List<String> names = members.stream().map(context::kubernetesName).toList();
        return KubernetesNames.label(String.join("-", names));
    }

    /**
     * The groups whose name no other group or workload outside them has; the others are errors,
     * and their members keep their own pods.
     */
    private static List<ServiceGroup> withFreeNames(Input context, List<ServiceGroup> groups) {
        Map<String, String> owners = new HashMap<>();
        Map<String, ServiceGroup> grouped = new HashMap<>();
        groups.forEach(group -> group.members().forEach(member -> grouped.put(member, group)));
        for (Service service : context.project().services().values()) {
            if (!grouped.containsKey(service.name())) {
                owners.put(context.kubernetesName(service.name()), "service '" + service.name() + "'");
            }
        }
        List<ServiceGroup> free = new ArrayList<>();
        for (ServiceGroup group : groups) {
            String other = owners.putIfAbsent(group.name(), "the service group of " + group.members());
            if (other == null) {
                free.add(group);
            } else {
                Service first = context.project().services().get(group.primary());
                context.diagnostics().error(ConverterCode.NAME_CLASH, first.labelLocation(KomposeLabels.SERVICE_GROUP), "the service group of "
                        + group.members() + " is named '" + group.name() + "', the name of the workload of " + other
                        + "; its services keep pods of their own", "choose another group name");
            }
        }
        return free;
    }
}
