package io.jkompose.converters.steps.openshift;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.openshift.api.model.RouteBuilder;
import io.fabric8.openshift.api.model.TLSConfigBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.IngressPlan;
import io.jkompose.converters.plan.ServiceEndpoint;
import java.util.TreeMap;

/**
 * With {@code --provider openshift}, {@code kompose.service.expose} becomes Routes
 * (route.openshift.io/v1) instead of an Ingress, from the same plan ({@link IngressPlan}): one Route
 * per host and path, since a Route has one host and one path. The first is named like the service
 * (as kompose names its one Route), the others {@code <name>-2}, {@code <name>-3} … Each sends to the
 * service's Kubernetes Service, on the container port behind the planned Service port (a Route's
 * {@code targetPort} is the port of the pods). {@code true} leaves the host to the router (it
 * generates one). {@code kompose.service.expose.tls-secret} terminates TLS at the router (edge),
 * with the certificate of that Secret ({@code externalCertificate}) or, for {@code true}, the
 * router's own. kompose writes one Route with the label's whole text as its host (which an API
 * server rejects when it names several hosts or a path), group-less {@code apiVersion: v1}, and no TLS.
 */
public final class RouteStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        IngressPlan plan = context.plan().network().ingress();
        if (plan == null || !context.options().platform().isOpenShift()) {
            return;
        }
        if (plan.ingressClassName() != null) {
            context.warn(ConverterCode.UNCONVERTED_LABEL,
                    context.service().labelLocation("kompose.service.expose.ingress-class-name"),
                    "label kompose.service.expose.ingress-class-name of service '" + context.service().name()
                            + "' is not converted: OpenShift exposes it with a Route, which has no ingress class",
                    "to admit the Route on some routers only, label it for their route selector (router sharding)");
        }
        ServiceEndpoint backend = plan.backend();
        int index = 0;
        for (IngressPlan.Rule rule : plan.rules()) {
            for (String path : rule.paths()) {
                index++;
                RouteBuilder route = new RouteBuilder()
                        .withNewMetadata()
                        .withName(index == 1 ? plan.name() : plan.name() + "-" + index)
                        .withLabels(new TreeMap<>(context.selectorLabels()))
                        .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                        .endMetadata()
                        .withNewSpec()
                        .withHost(rule.host())
                        .withPath("/".equals(path) ? null : path)
                        .withNewPort().withTargetPort(new IntOrString(backend.targetPort())).endPort()
                        .withNewTo().withKind("Service").withName(backend.service()).endTo()
                        .endSpec();
                if (plan.tls() != null) {
                    TLSConfigBuilder tls = new TLSConfigBuilder().withTermination("edge")
                            .withInsecureEdgeTerminationPolicy("Redirect");
                    if (plan.tls().secretName() != null) {
                        tls.withNewExternalCertificate(plan.tls().secretName());
                    }
                    route.editSpec().withTls(tls.build()).endSpec();
                }
                context.addObject(route.build());
            }
        }
    }
}
