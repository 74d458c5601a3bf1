package io.jkompose.converters.steps.openshift;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.openshift.api.model.DeploymentConfig;
import io.fabric8.openshift.api.model.DeploymentTriggerPolicy;
import io.fabric8.openshift.api.model.DeploymentTriggerPolicyBuilder;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ProjectConversionStep;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.workload.PodTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ImageChange} trigger of each service that runs as a DeploymentConfig: when its
 * ImageStreamTag ({@code <service>:<tag>}) gets an image (imported, or pushed by its BuildConfig),
 * OpenShift sets that image in the service's container and deploys. As kompose and {@code oc new-app}
 * write it, the container's image in the template is a placeholder ({@code " "}) until then.
 * Runs once the pods are final: services in one pod (a service group, {@code network_mode:
 * service:}) share one DeploymentConfig, with one trigger per container.
 */
public final class ImageTriggersStep implements ProjectConversionStep {

    /** What the template holds where the trigger fills in the image. */
    static final String IMAGE_PLACEHOLDER = " ";

    @Override
    public void apply(ProjectContext context) {
        Map<String, ServiceContext> byName = new HashMap<>();
        context.services().forEach(service -> byName.put(service.service().name(), service));
        for (ServiceContext service : context.services()) {
            if (!OpenShiftImages.hasImageStream(service)) {
                continue;
            }
            HasMetadata workload = workloadOf(service, context.services(), byName);
            if (!(workload instanceof DeploymentConfig deploymentConfig)) {
                continue; // it runs in another kind of workload's pod, which has no image triggers
            }
            String containerName = service.containerName();
            PodSpec pod = PodTemplates.podSpec(deploymentConfig);
            Container container = pod.getContainers().stream().filter(c -> containerName.equals(c.getName()))
                    .findFirst().orElse(null);
            if (container == null) {
                continue;
            }
            container.setImage(IMAGE_PLACEHOLDER);
            List<DeploymentTriggerPolicy> triggers = new ArrayList<>(deploymentConfig.getSpec().getTriggers());
            triggers.add(new DeploymentTriggerPolicyBuilder()
                    .withType("ImageChange")
                    .withNewImageChangeParams()
                    .withAutomatic(true)
                    .withContainerNames(containerName)
                    .withNewFrom().withKind("ImageStreamTag").withName(OpenShiftImages.streamTag(service)).endFrom()
                    .endImageChangeParams()
                    .build());
            deploymentConfig.getSpec().setTriggers(triggers);
        }
    }

    /** The workload that runs the service's container: its own, its group's, or that of the service whose pod it shares. */
    private static HasMetadata workloadOf(ServiceContext service, List<ServiceContext> all,
            Map<String, ServiceContext> byName) {
        ServiceContext current = service;
        for (int hops = 0; hops <= all.size(); hops++) { // a chain of shared pods ends; the bound guards a cycle
            if (current.workload() != null) {
                return current.workload();
            }
            String shared = current.plan().network().sharesPodOf();
            if (shared == null || !byName.containsKey(shared)) {
                String group = current.workloadName();
                return all.stream().filter(other -> other.workload() != null && other.workloadName().equals(group))
                        .map(ServiceContext::workload).findFirst().orElse(null);
            }
            current = byName.get(shared);
        }
        return null;
    }
}
