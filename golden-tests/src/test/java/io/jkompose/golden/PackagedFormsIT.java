package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged forms reach the same cluster state as the plain output: the same project goes in
 * with {@code jkompose apply}, {@code helm install} of the chart and {@code kubectl apply -k} of
 * the Kustomize base, each into a namespace of its own, and the stored objects are compared with
 * what the server fills in, and what each tool adds to mark its own (ownership labels, Helm's
 * release Secret), left out.
 */
class PackagedFormsIT {

    private static final String APP = """
            name: shop
            services:
              web:
                image: nginx:1.27
                ports: ["8080:80"]
                environment:
                  API_URL: http://api:9000
                depends_on: [api]
              api:
                image: ghcr.io/example/api:2
                deploy:
                  replicas: 2
                volumes:
                  - uploads:/srv/uploads
            volumes:
              uploads: {}
            """;
    private static final List<String> KINDS = List.of("v1/Service", "v1/PersistentVolumeClaim", "v1/ConfigMap",
            "apps/v1/Deployment");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @TempDir
    Path dir;

    @Test
    void theChartAndTheKustomizeBaseStoreWhatApplyStores() throws Exception {
        Path kubeconfig = kubeconfig();
        Files.writeString(dir.resolve("compose.yaml"), APP);
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        String plain = "forms-plain-" + suffix;
        String chart = "forms-helm-" + suffix;
        String kustomize = "forms-kustomize-" + suffix;
        Map<String, String> env = Map.of("KUBECONFIG", kubeconfig.toString());

        CliResult applied = InProcessCli.run(dir, env, List.of("apply", "-n", plain, "--wait=false",
                "--with-kompose-annotation=false"));
        assertThat(applied.exitCode()).as(applied.stderr()).isZero();

        CliResult charted = InProcessCli.run(dir, env, List.of("convert", "--chart", "-o", "chart",
                "--with-kompose-annotation=false"));
        assertThat(charted.exitCode()).as(charted.stderr()).isZero();
        Helm helm = Helm.find(Files.createDirectories(dir.resolve("helm-home")));
        Helm.Result installed = helm.run("install", "shop", dir.resolve("chart").toString(), "--namespace", chart,
                "--create-namespace", "--kubeconfig", kubeconfig.toString());
        assertThat(installed.exitCode()).as(installed.text()).isZero();

        CliResult kustomized = InProcessCli.run(dir, env, List.of("convert", "--kustomize", "-o", "kustomize",
                "--with-kompose-annotation=false"));
        assertThat(kustomized.exitCode()).as(kustomized.stderr()).isZero();
        run("kubectl", "--kubeconfig", kubeconfig.toString(), "create", "namespace", kustomize);
        run("kubectl", "--kubeconfig", kubeconfig.toString(), "apply", "-n", kustomize, "-k",
                dir.resolve("kustomize/base").toString());

        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(null, new File(kubeconfig.toString()))).build()) {
            Map<String, Object> fromApply = stored(client, plain);
            assertThat(fromApply).containsKeys("Deployment/web", "Deployment/api", "Service/web",
                    "PersistentVolumeClaim/uploads");
            assertThat(stored(client, chart)).isEqualTo(fromApply);
            assertThat(stored(client, kustomize)).isEqualTo(fromApply);
        }
    }

    /** Every object of the compared kinds in a namespace, by kind/name, without server-set and marker fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> stored(KubernetesClient client, String namespace) {
        Map<String, Object> objects = new TreeMap<>();
        for (String kind : KINDS) {
            int slash = kind.lastIndexOf('/');
            for (GenericKubernetesResource object : client.genericKubernetesResources(kind.substring(0, slash),
                    kind.substring(slash + 1)).inNamespace(namespace).list().getItems()) {
                if (object.getMetadata().getName().equals("kube-root-ca.crt")) {
                    continue; // every namespace gets it from the cluster
                }
                Map<String, Object> tree = SERIALIZATION.convertValue(object, LinkedHashMap.class);
                tree.remove("status");
                Map<String, Object> metadata = (Map<String, Object>) tree.get("metadata");
                Map<String, Object> kept = new LinkedHashMap<>();
                kept.put("name", metadata.get("name"));
                Map<String, Object> labels = metadata.get("labels") == null ? new TreeMap<>()
                        : new TreeMap<>((Map<String, Object>) metadata.get("labels"));
                labels.remove("app.kubernetes.io/managed-by"); // jkompose's and Helm's markers
                labels.remove("app.kubernetes.io/part-of");
                kept.put("labels", labels);
                Map<String, Object> annotations = metadata.get("annotations") == null ? new TreeMap<>()
                        : new TreeMap<>((Map<String, Object>) metadata.get("annotations"));
                annotations.keySet().removeIf(key -> key.startsWith("meta.helm.sh/")
                        || key.equals("deployment.kubernetes.io/revision")
                        || key.equals("kubectl.kubernetes.io/last-applied-configuration")
                        || key.startsWith("pv.kubernetes.io/") || key.startsWith("volume.")); // set by the binder
                kept.put("annotations", annotations);
                tree.put("metadata", kept);
                if (tree.get("spec") instanceof Map<?, ?> spec) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) spec);
                    copy.remove("clusterIP"); // allocated per Service
                    copy.remove("clusterIPs");
                    copy.remove("volumeName"); // the bound volume
                    tree.put("spec", copy);
                }
                objects.put(object.getKind() + "/" + object.getMetadata().getName(), tree);
            }
        }
        return objects;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Path kubeconfig() {
        String value = System.getenv("JKOMPOSE_TEST_KUBECONFIG");
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            String missing = "JKOMPOSE_TEST_KUBECONFIG names no kubeconfig (.ci/run starts the test cluster and sets it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; with CI=true the cluster tests fail instead of skipping");
            }
            assumeTrue(false, missing);
        }
        return Path.of(value);
    }
}
