package io.jkompose.apply;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which cluster to talk to, found as kubectl finds it: {@code --kubeconfig}, else the first file of
 * {@code KUBECONFIG} that exists, else {@code ~/.kube/config}, else the pod's service account when
 * running in a cluster. The environment is passed in (not read from the process) so that tests and
 * the Maven plugin choose it.
 *
 * @param kubeconfig  {@code --kubeconfig}, or null
 * @param context     {@code --context}, or null for the file's current context
 * @param environment where {@code KUBECONFIG} and {@code HOME} come from
 */
public record ClusterTarget(Path kubeconfig, String context, Map<String, String> environment) {

    public ClusterTarget {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** A client for the target; nothing is sent yet. */
    public KubernetesClient connect() {
        Config config;
        try {
            Path file = kubeconfigFile();
            config = file == null ? Config.autoConfigure(context) : Config.fromKubeconfig(context, file.toFile());
        } catch (KubernetesClientException | IllegalArgumentException e) {
            throw new ClusterException("cannot read the cluster configuration: " + Failures.firstLine(e), e);
        }
        if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
            throw new ClusterException("no cluster is configured: give --kubeconfig, set KUBECONFIG, or run in a pod");
        }
        if (context != null && (config.getCurrentContext() == null
                || !context.equals(config.getCurrentContext().getName()))) {
            throw new ClusterException("the kubeconfig has no context '" + context + "'");
        }
        // A refused connection should fail in seconds, not after the client's ten retries.
        config.setRequestRetryBackoffLimit(1);
        config.setConnectionTimeout(10_000);
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** The kubeconfig to read, or null to let the client look for a pod's service account. */
    Path kubeconfigFile() {
        if (kubeconfig != null) {
            if (!Files.isRegularFile(kubeconfig)) {
                throw new ClusterException("--kubeconfig " + kubeconfig + ": no such file");
            }
            return kubeconfig;
        }
        String list = environment.get("KUBECONFIG");
        if (list != null && !list.isBlank()) {
            for (String entry : list.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
                    return Path.of(entry);
                }
            }
            throw new ClusterException("KUBECONFIG names no file that exists: " + list);
        }
        String home = environment.get("HOME");
        if (home != null) {
            Path file = Path.of(home, ".kube", "config");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }
}
