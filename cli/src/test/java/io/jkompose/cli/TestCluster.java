package io.jkompose.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real API servers the cluster commands are tested against, started by .ci/run with
 * ../shared/tools/test-cluster: one simulated cluster where workloads roll out, and one plain API
 * server that does not serve RuntimeClass. Without them a test is skipped, but under CI
 * ({@code CI=true}) it fails: CI must not go green by skipping.
 */
final class TestCluster {

    static final String KUBECONFIG = "JKOMPOSE_TEST_KUBECONFIG";
    static final String KUBECONFIG_NO_RUNTIMECLASS = "JKOMPOSE_TEST_KUBECONFIG_NO_RUNTIMECLASS";

    private TestCluster() {
    }

    /** The kubeconfig named by the variable; skips (or fails under CI) when there is none. */
    static Path kubeconfig(String variable) {
        String value = System.getenv(variable);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            String missing = variable + " names no kubeconfig (.ci/run starts the test clusters and sets it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; with CI=true the cluster tests fail instead of skipping");
            }
            assumeTrue(false, missing);
        }
        return Path.of(value);
    }

    static KubernetesClient client(Path kubeconfig) {
        return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(null, new File(kubeconfig.toString())))
                .build();
    }
}
