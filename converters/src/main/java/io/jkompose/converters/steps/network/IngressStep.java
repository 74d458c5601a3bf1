package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.steps.network.NetworkLabels.IngressHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code kompose.service.expose} → an Ingress (networking.k8s.io/v1) named like the service, one
 * rule per listed host (no host for {@code true}), each path a {@code Prefix} path to the first
 * TCP port of the service's Kubernetes Service; {@code .tls-secret} adds TLS for the listed hosts,
 * {@code .ingress-class-name} the class. Unlike kompose, an Ingress is also made for a LoadBalancer
 * Service (kompose drops the label there without a word), and a UDP port is never its backend.
 * Wrong values are reported by {@link KubernetesServiceStep}.
 */
public final class IngressStep implements ServiceConversionStep {

    static final String PATH_TYPE = "Prefix";

    @Override
    public Set<String> handledLabels() {
        return Set.of(NetworkLabels.EXPOSE, NetworkLabels.EXPOSE_TLS_SECRET, NetworkLabels.EXPOSE_INGRESS_CLASS_NAME);
    }

    @Override
    public void apply(ServiceContext context) {
        NetworkLabels labels = NetworkLabels.of(context.service());
        if (!labels.exposed() || context.kubernetesServices().isEmpty()) {
            return; // without ports there is no Service; KubernetesServiceStep has said so
        }
        ServicePorts.Endpoint backend = ServicePorts.firstTcpPort(context.kubernetesServices());
        if (backend == null) {
            context.warn("unconverted-label", context.locationOf("labels"), "label " + NetworkLabels.EXPOSE
                    + " of service '" + context.service().name() + "' is not converted: its Service has no TCP port "
                    + "for an Ingress to send HTTP to", "publish the HTTP port in ports or expose");
            return;
        }
        // one rule per host, its paths in the order written (kompose repeats the host for each path)
        Map<String, List<HTTPIngressPath>> pathsByHost = new LinkedHashMap<>();
        for (IngressHost host : labels.exposeHosts()) {
            HTTPIngressPath path = new HTTPIngressPathBuilder()
                    .withPath(host.path())
                    .withPathType(PATH_TYPE)
                    .withNewBackend()
                    .withNewService().withName(backend.service()).withNewPort().withNumber(backend.port()).endPort()
                    .endService()
                    .endBackend()
                    .build();
            List<HTTPIngressPath> paths = pathsByHost.computeIfAbsent(host.host(), key -> new ArrayList<>());
            if (paths.stream().noneMatch(p -> p.getPath().equals(host.path()))) {
                paths.add(path);
            }
        }
        List<IngressRule> rules = new ArrayList<>();
        List<String> tlsHosts = new ArrayList<>();
        pathsByHost.forEach((host, paths) -> {
            rules.add(new IngressRuleBuilder().withHost(host).withNewHttp().withPaths(paths).endHttp().build());
            if (host != null) {
                tlsHosts.add(host);
            }
        });
        IngressBuilder ingress = new IngressBuilder()
                .withNewMetadata()
                .withName(context.name())
                .withLabels(new TreeMap<>(context.selectorLabels()))
                .withAnnotations(context.annotations().isEmpty() ? null : new TreeMap<>(context.annotations()))
                .endMetadata()
                .withNewSpec()
                .withIngressClassName(labels.ingressClassName())
                .withRules(rules)
                .endSpec();
        if (labels.tlsSecret() != null) {
            // "true": TLS with the controller's default certificate, as kompose reads it
            IngressTLS tls = new IngressTLSBuilder()
                    .withHosts(tlsHosts.isEmpty() ? null : tlsHosts)
                    .withSecretName(labels.tlsSecret().equals("true") ? null : labels.tlsSecret())
                    .build();
            ingress.editSpec().withTls(tls).endSpec();
        }
        context.addObject(ingress.build());
    }
}
