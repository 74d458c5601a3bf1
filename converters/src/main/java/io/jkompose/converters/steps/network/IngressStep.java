package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.IngressPlan;
import io.jkompose.converters.plan.ServiceEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes the Ingress (networking.k8s.io/v1) the plan decided for {@code kompose.service.expose}
 * ({@link IngressPlan}): named like the service, one rule per host, each path a {@code Prefix}
 * path to the planned backend, with TLS and a class when the labels give them.
 */
public final class IngressStep implements ServiceConversionStep {

    static final String PATH_TYPE = "Prefix";

    @Override
    public void apply(ServiceContext context) {
        IngressPlan plan = context.plan().network().ingress();
        if (plan == null || context.options().platform().isOpenShift()) { // OpenShift: a Route (RouteStep)
            return;
        }
        ServiceEndpoint backend = plan.backend();
        List<IngressRule> rules = new ArrayList<>();
        for (IngressPlan.Rule rule : plan.rules()) {
            List<HTTPIngressPath> paths = new ArrayList<>();
            for (String path : rule.paths()) {
                paths.add(new HTTPIngressPathBuilder()
                        .withPath(path)
                        .withPathType(PATH_TYPE)
                        .withNewBackend()
                        .withNewService().withName(backend.service()).withNewPort().withNumber(backend.port())
                        .endPort().endService()
                        .endBackend()
                        .build());
            }
            rules.add(new IngressRuleBuilder().withHost(rule.host()).withNewHttp().withPaths(paths).endHttp().build());
        }
        IngressBuilder ingress = new IngressBuilder()
                .withNewMetadata()
                .withName(plan.name())
                .withLabels(new TreeMap<>(context.selectorLabels()))
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withIngressClassName(plan.ingressClassName())
                .withRules(rules)
                .endSpec();
        if (plan.tls() != null) {
            ingress.editSpec().withTls(new IngressTLSBuilder()
                    .withHosts(plan.tls().hosts().isEmpty() ? null : new ArrayList<>(plan.tls().hosts()))
                    .withSecretName(plan.tls().secretName())
                    .build()).endSpec();
        }
        context.addObject(ingress.build());
    }
}
