package io.jkompose.converters.steps.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.ServiceGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * After every service is converted: the members of a service group ({@link ServiceGroupsStep})
 * become one workload, the first member's, with every member's container in its pod (in the
 * members' order) and their volumes; the other members' workloads are dropped. Their Services
 * already select the group's pods. Pod settings in which members differ are merged as kompose
 * merges them: the later member wins, with a warning. Two members that listen on the same port
 * cannot share a pod: an error, as in kompose.
 */
public final class ServiceGroupMergeStep implements ProjectConversionStep {

    @Override
    public void apply(ProjectContext context) {
        Map<String, ServiceContext> byName = new HashMap<>();
        context.services().forEach(service -> byName.put(service.service().name(), service));
        Set<String> merged = new HashSet<>();
        for (ServiceContext service : context.services()) {
            ServiceGroup group = service.group();
            if (group == null || !merged.add(group.name())) {
                continue;
            }
            ServiceContext primary = byName.get(group.primary());
            if (primary == null || primary.workload() == null || PodTemplates.podSpec(primary.workload()) == null) {
                continue;
            }
            checkPorts(group, byName);
            for (String name : group.members().subList(1, group.members().size())) {
                ServiceContext member = byName.get(name);
                if (member != null && member.workload() != null) {
                    join(primary, member);
                }
            }
        }
    }

    private static void join(ServiceContext primary, ServiceContext member) {
        HasMetadata into = primary.workload();
        HasMetadata from = member.workload();
        if (member.workloadKind() != primary.workloadKind()) {
            member.warn(ConverterCode.UNCONVERTED_VALUE, member.service().location(), "service '" + member.service().name()
                    + "' runs in the " + primary.workloadKind().kind() + " of its group '" + member.group().name()
                    + "', not in a " + member.workloadKind().kind() + " of its own", null);
        }
        PodSpec podSpec = PodTemplates.podSpec(from);
        if (podSpec != null) {
            PodTemplates.setPodSpec(into, PodMerger.merge(member, primary.service().name(),
                    PodTemplates.podSpec(into), podSpec, PodMerger.Conflicts.LATER_WINS));
        }
        mergeMetadata(into, from);
        if (into instanceof Deployment target && from instanceof Deployment source) {
            if (target.getSpec().getStrategy() == null && source.getSpec().getStrategy() != null) {
                target.getSpec().setStrategy(source.getSpec().getStrategy()); // its claims come along
            }
            replicas(primary, member, target.getSpec().getReplicas(), source.getSpec().getReplicas());
        }
        if (into instanceof StatefulSet target && from instanceof StatefulSet source) {
            List<PersistentVolumeClaim> templates = new ArrayList<>(list(target.getSpec().getVolumeClaimTemplates()));
            for (PersistentVolumeClaim claim : list(source.getSpec().getVolumeClaimTemplates())) {
                if (templates.stream().noneMatch(t -> t.getMetadata().getName().equals(claim.getMetadata().getName()))) {
                    templates.add(claim);
                }
            }
            target.getSpec().setVolumeClaimTemplates(templates.isEmpty() ? null : templates);
            replicas(primary, member, target.getSpec().getReplicas(), source.getSpec().getReplicas());
        }
        member.setWorkload(null);
    }

    /** Labels and annotations of the workload and its pods: the members' joined, the first one's winning. */
    private static void mergeMetadata(HasMetadata into, HasMetadata from) {
        into.getMetadata().setLabels(joined(into.getMetadata().getLabels(), from.getMetadata().getLabels()));
        into.getMetadata().setAnnotations(joined(into.getMetadata().getAnnotations(),
                from.getMetadata().getAnnotations()));
        PodTemplateSpec target = PodTemplates.template(into);
        PodTemplateSpec source = PodTemplates.template(from);
        if (target != null && source != null && target.getMetadata() != null && source.getMetadata() != null) {
            target.getMetadata().setAnnotations(joined(target.getMetadata().getAnnotations(),
                    source.getMetadata().getAnnotations()));
        }
    }

    private static Map<String, String> joined(Map<String, String> first, Map<String, String> second) {
        if ((first == null || first.isEmpty()) && (second == null || second.isEmpty())) {
            return first;
        }
        Map<String, String> joined = new TreeMap<>();
        if (second != null) {
            joined.putAll(second);
        }
        if (first != null) {
            joined.putAll(first);
        }
        return joined;
    }

    private static void replicas(ServiceContext primary, ServiceContext member, Integer kept, Integer dropped) {
        if (!Objects.equals(kept, dropped)) {
            member.warn(ConverterCode.UNCONVERTED_VALUE, member.service().location(), "the replica count " + dropped
                    + " of service '" + member.service().name() + "' is not used: its group's pod runs " + kept
                    + " times, as service '" + primary.service().name() + "' asks", null);
        }
    }

    /** Containers of one pod share its network: two listening on one port cannot work. */
    private static void checkPorts(ServiceGroup group, Map<String, ServiceContext> byName) {
        Map<String, String> owners = new HashMap<>();
        for (String name : group.members()) {
            ServiceContext member = byName.get(name);
            PodSpec spec = member == null || member.workload() == null ? null : PodTemplates.podSpec(member.workload());
            if (spec == null) {
                continue;
            }
            for (Container container : list(spec.getContainers())) {
                for (ContainerPort port : list(container.getPorts())) {
                    String key = port.getContainerPort() + "/" + Objects.toString(port.getProtocol(), "TCP");
                    String other = owners.putIfAbsent(key, name);
                    if (other != null && !other.equals(name)) {
                        member.error(ConverterCode.PORT_CONFLICT, member.locationOf("ports"), "services '" + other + "' and '"
                                + name + "' of the service group '" + group.name() + "' both listen on port " + key
                                + ", which the containers of one pod cannot", "change one of the ports, or leave "
                                        + "one of the services out of the group");
                    }
                }
            }
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
