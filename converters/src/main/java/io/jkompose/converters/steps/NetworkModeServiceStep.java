package io.jkompose.converters.steps;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code network_mode: service:<other>} → the service's containers join the other service's
 * pod, the only way two Kubernetes containers share a network namespace (as kompose does). Its
 * pod volumes come along so that its mounts still resolve, and its own workload is dropped;
 * a Kubernetes Service made for it selects the shared pods instead.
 */
public final class NetworkModeServiceStep implements ProjectConversionStep {

    static final String PREFIX = "service:";

    @Override
    public Set<String> handledKeys() {
        return Set.of("network_mode");
    }

    @Override
    public void apply(ProjectContext context) {
        Map<String, ServiceContext> byName = new HashMap<>();
        context.services().forEach(service -> byName.put(service.service().name(), service));
        Map<ServiceContext, ServiceContext> roots = new HashMap<>();
        for (ServiceContext source : context.services()) {
            String mode = source.service().networkMode();
            if (mode == null || !mode.startsWith(PREFIX)) {
                continue;
            }
            ServiceContext target = root(byName, roots, source);
            if (target == null || target == source) {
                source.warn("unconverted-value", source.locationOf("network_mode"), "network_mode '" + mode
                        + "' of service '" + source.service().name()
                        + "' names no service that has its own network (or a cycle); it is not converted", null);
                continue;
            }
            if (!(source.workload() instanceof Deployment from) || !(target.workload() instanceof Deployment into)) {
                source.warn("unconverted-value", source.locationOf("network_mode"), "network_mode '" + mode
                        + "' of service '" + source.service().name() + "' is only converted between Deployments", null);
                continue;
            }
            merge(source, from.getSpec().getTemplate().getSpec(), into.getSpec().getTemplate().getSpec());
            if (from.getSpec().getStrategy() != null && into.getSpec().getStrategy() == null) {
                into.getSpec().setStrategy(from.getSpec().getStrategy()); // its claims come along
            }
            source.setWorkload(null);
            for (io.fabric8.kubernetes.api.model.Service kubernetesService : source.kubernetesServices()) {
                kubernetesService.getSpec().setSelector(target.selectorLabels());
            }
        }
    }

    /**
     * Follows service:<name> links to the service whose network the others share (null for a
     * missing service or a cycle). Results are remembered, so long chains stay linear.
     */
    private static ServiceContext root(Map<String, ServiceContext> byName, Map<ServiceContext, ServiceContext> roots,
            ServiceContext start) {
        List<ServiceContext> path = new ArrayList<>();
        Set<ServiceContext> visited = new HashSet<>();
        ServiceContext current = start;
        ServiceContext root = null;
        while (current != null) {
            if (roots.containsKey(current)) {
                root = roots.get(current);
                break;
            }
            String mode = current.service().networkMode();
            if (mode == null || !mode.startsWith(PREFIX)) {
                root = current;
                break;
            }
            if (!visited.add(current)) {
                break; // a cycle
            }
            path.add(current);
            current = byName.get(mode.substring(PREFIX.length()));
        }
        for (ServiceContext service : path) {
            roots.put(service, root);
        }
        return root;
    }

    private static void merge(ServiceContext source, PodSpec from, PodSpec into) {
        List<Container> containers = new ArrayList<>(list(into.getContainers()));
        Set<String> names = new HashSet<>();
        containers.forEach(container -> names.add(container.getName()));
        list(into.getInitContainers()).forEach(container -> names.add(container.getName()));
        for (Container container : list(from.getContainers())) {
            String name = container.getName();
            for (int n = 2; names.contains(name); n++) {
                name = KubernetesNames.label(container.getName() + "-" + n);
            }
            if (!name.equals(container.getName())) {
                source.warn("name-changed", source.service().location(), "container '" + container.getName()
                        + "' of service '" + source.service().name() + "' is named '" + name
                        + "' in the pod it shares with another service", null);
                container.setName(name);
            }
            names.add(name);
            containers.add(container);
        }
        into.setContainers(containers);

        List<Container> initContainers = new ArrayList<>(list(into.getInitContainers()));
        initContainers.addAll(list(from.getInitContainers()));
        into.setInitContainers(initContainers.isEmpty() ? null : initContainers);

        List<Volume> volumes = new ArrayList<>(list(into.getVolumes()));
        Set<String> volumeNames = new HashSet<>();
        volumes.forEach(volume -> volumeNames.add(volume.getName()));
        for (Volume volume : list(from.getVolumes())) {
            if (volumeNames.add(volume.getName())) {
                volumes.add(volume);
            }
        }
        into.setVolumes(volumes.isEmpty() ? null : volumes);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
