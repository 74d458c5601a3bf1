package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.NetworkPlan;
import io.jkompose.converters.plan.PlannedPort;
import io.jkompose.converters.plan.PlannedService;
import io.jkompose.converters.plan.Protocols;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes the Kubernetes Services the plan decided for a service ({@link NetworkPlan#services()}):
 * the Service of its ports, the {@code -external} one, a StatefulSet's governing one. Each carries
 * the service's annotations unless it is only there to govern a StatefulSet's pods.
 */
public final class KubernetesServiceStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        for (PlannedService planned : context.plan().network().services()) {
            context.addKubernetesService(service(context, planned));
        }
    }

    private static io.fabric8.kubernetes.api.model.Service service(ServiceContext context, PlannedService planned) {
        List<ServicePort> ports = planned.ports().stream().map(KubernetesServiceStep::port).toList();
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(planned.name())
                .withLabels(new TreeMap<>(planned.labels()))
                .withAnnotations(!planned.annotated() || context.annotations().isEmpty() ? null
                        : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withType(planned.kubernetesType())
                .withClusterIP(planned.headless() ? "None" : null)
                .withPorts(ports.isEmpty() ? null : ports)
                .withSelector(new TreeMap<>(planned.selector()))
                .withExternalTrafficPolicy(planned.externalTrafficPolicy())
                .endSpec()
                .build();
    }

    private static ServicePort port(PlannedPort planned) {
        ServicePortBuilder port = new ServicePortBuilder()
                .withName(planned.name())
                .withPort(planned.port())
                .withTargetPort(new IntOrString(planned.targetPort()))
                .withNodePort(planned.nodePort())
                .withAppProtocol(planned.appProtocol());
        if (!Protocols.TCP.equals(planned.protocol())) {
            port.withProtocol(planned.protocol()); // TCP is the default, which kompose leaves out
        }
        return port.build();
    }
}
