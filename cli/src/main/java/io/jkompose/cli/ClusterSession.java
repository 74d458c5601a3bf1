package io.jkompose.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jkompose.apply.Application;
import io.jkompose.apply.Ownership;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.model.Project;
import io.jkompose.parser.DiskFileSource;
import java.util.List;

/**
 * What apply, diff and down share: load (and for apply and diff convert) the project as convert
 * does, reporting its diagnostics the same way, then connect to the cluster. The namespace is
 * {@code -n}'s, else the kubeconfig context's, else {@code default}, as with kubectl.
 */
final class ClusterSession implements AutoCloseable {

    private final KubernetesClient client;
    private final Application application;

    private ClusterSession(KubernetesClient client, Application application) {
        this.client = client;
        this.application = application;
    }

    /**
     * @param conversion null for down, which needs the project's name, not its objects
     * @param namespace  {@code -n}, or null
     * @return null when the input is invalid (already reported): the command exits 1
     */
    static ClusterSession open(JKompose root, DiagnosticReporter reporter, LoadOptions load, ConversionFlags conversion,
            String namespace, ClusterFlags cluster) {
        Invocation invocation = root.invocation();
        Project project = load.loadProject(invocation, root.filesBeforeCommand(), reporter);
        if (project == null) {
            return null;
        }
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = List.of();
        if (conversion != null) {
            ConversionResult converted = KubernetesConverter.convert(project, conversion.toClusterOptions(),
                    new DiskFileSource());
            if (!reporter.report(converted.diagnostics())) {
                return null;
            }
            objects = converted.objects();
        }
        Ownership ownership = new Ownership(project.name());
        KubernetesClient client = cluster.target(invocation).connect();
        String target = namespace != null ? namespace : client.getNamespace() != null ? client.getNamespace() : "default";
        return new ClusterSession(client, new Application(ownership, target, objects));
    }

    KubernetesClient client() {
        return client;
    }

    Application application() {
        return application;
    }

    @Override
    public void close() {
        client.close();
    }
}
