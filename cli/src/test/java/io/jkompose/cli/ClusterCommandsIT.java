package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * apply, diff and down end to end, through the command line, against a real API server with a
 * controller manager, a scheduler and simulated nodes (../shared/tools/test-cluster --cluster):
 * Deployments really roll out, Jobs complete, an unschedulable pod gets the scheduler's message.
 * Each test works in a namespace of its own.
 */
class ClusterCommandsIT {

    private static final String APP = """
            name: shop
            services:
              web:
                image: nginx:1.27
                ports: ["8080:80"]
                depends_on: [db]
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: example
                volumes:
                  - data:/var/lib/postgresql/data
            volumes:
              data: {}
            """;

    /** A service in gVisor: its pods name a RuntimeClass. */
    private static final String SANDBOXED = """
            name: sandboxed
            services:
              runner:
                image: python:3.12-slim
                runtime: runsc
            """;

    private static Path kubeconfig;
    private static KubernetesClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        kubeconfig = TestCluster.kubeconfig(TestCluster.KUBECONFIG);
        client = TestCluster.client(kubeconfig);
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    private static String namespace(String test) {
        return "it-" + test + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    }

    private Runs.Result jkompose(String compose, String... args) throws IOException {
        return jkompose(kubeconfig, compose, args);
    }

    private Runs.Result jkompose(Path config, String compose, String... args) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), compose);
        return Runs.run(dir, Map.of("KUBECONFIG", config.toString()), args);
    }

    private static Map<String, String> resourceVersions(String namespace) {
        Map<String, String> versions = new HashMap<>();
        List<HasMetadata> all = new java.util.ArrayList<>();
        all.addAll(client.apps().deployments().inNamespace(namespace).list().getItems());
        all.addAll(client.services().inNamespace(namespace).list().getItems());
        all.addAll(client.persistentVolumeClaims().inNamespace(namespace).list().getItems());
        all.forEach(object -> versions.put(object.getKind() + "/" + object.getMetadata().getName(),
                object.getMetadata().getResourceVersion()));
        return versions;
    }

    @Test
    void applyWaitsForTheRolloutAReapplyChangesNothingAndDiffShowsAChange() throws IOException {
        String ns = namespace("apply");
        Runs.Result applied = jkompose(APP, "apply", "-n", ns, "--wait", "--timeout", "2m");
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("namespace/" + ns + " created", "persistentvolumeclaim/data created",
                "service/db created", "deployment/web created", "deployment/db created");
        assertThat(applied.out()).containsPattern("deployment/web +1/1 +\\d+s +ready")
                .containsPattern("deployment/db +1/1 +\\d+s +ready");
        Deployment web = client.apps().deployments().inNamespace(ns).withName("web").get();
        assertThat(web.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "jkompose")
                .containsEntry("app.kubernetes.io/part-of", "shop");
        assertThat(web.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "web"));
        assertThat(web.getStatus().getAvailableReplicas()).isEqualTo(1);

        Map<String, String> before = resourceVersions(ns);
        Runs.Result again = jkompose(APP, "apply", "-n", ns, "--wait=false");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out().lines().filter(line -> !line.endsWith(" unchanged")).toList()).isEmpty();
        assertThat(resourceVersions(ns)).isEqualTo(before);

        Runs.Result same = jkompose(APP, "diff", "-n", ns);
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).isEmpty();

        Runs.Result changed = jkompose(APP, "diff", "-n", ns, "--replicas", "2");
        assertThat(changed.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(changed.out()).contains("--- live/deployment/web", "+++ jkompose/deployment/web",
                "-  replicas: 1", "+  replicas: 2").doesNotContain("managedFields", "resourceVersion", "status:");

        Runs.Result scaled = jkompose(APP, "apply", "-n", ns, "--replicas", "2", "--wait", "--timeout", "2m");
        assertThat(scaled.code()).as(scaled.err()).isZero();
        assertThat(scaled.out()).contains("deployment/web configured").containsPattern("deployment/web +2/2 ");
        assertThat(client.apps().deployments().inNamespace(ns).withName("web").get().getStatus()
                .getAvailableReplicas()).isEqualTo(2);
    }

    @Test
    void pruneDeletesWhatTheConversionNoLongerMakesButKeepsClaims() throws IOException {
        String ns = namespace("prune");
        assertThat(jkompose(APP, "apply", "-n", ns, "--wait=false").code()).isZero();
        String webOnly = """
                name: shop
                services:
                  web:
                    image: nginx:1.27
                    ports: ["8080:80"]
                """;
        Runs.Result preview = jkompose(webOnly, "diff", "-n", ns, "--prune");
        assertThat(preview.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(preview.out()).contains("--- live/deployment/db\n+++ /dev/null");

        Runs.Result pruned = jkompose(webOnly, "apply", "-n", ns, "--prune", "--wait=false");
        assertThat(pruned.code()).as(pruned.err()).isZero();
        assertThat(pruned.out()).contains("deployment/db pruned", "service/db pruned",
                "persistentvolumeclaim/data kept").doesNotContain("deployment/web pruned");
        assertThat(client.apps().deployments().inNamespace(ns).withName("web").get()).isNotNull();
        assertThat(client.persistentVolumeClaims().inNamespace(ns).withName("data").get()).isNotNull();
    }

    @Test
    void downDeletesEverythingButTheClaimsUnlessAskedAndWaitsUntilItIsGone() throws IOException {
        String ns = namespace("down");
        assertThat(jkompose(APP, "apply", "-n", ns, "--wait", "--timeout", "2m").code()).isZero();

        Runs.Result down = jkompose(APP, "down", "-n", ns);
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(down.out()).contains("deployment/web deleted", "service/db deleted", "persistentvolumeclaim/data kept");
        assertThat(client.apps().deployments().inNamespace(ns).list().getItems()).isEmpty();
        assertThat(client.pods().inNamespace(ns).list().getItems()).isEmpty(); // foreground: the pods went first
        assertThat(client.persistentVolumeClaims().inNamespace(ns).withName("data").get()).isNotNull();
        assertThat(client.namespaces().withName(ns).get()).isNotNull();

        Runs.Result volumes = jkompose(APP, "down", "-n", ns, "--volumes");
        assertThat(volumes.code()).as(volumes.err()).isZero();
        assertThat(volumes.out()).isEqualTo("persistentvolumeclaim/data deleted\n");
        assertThat(client.persistentVolumeClaims().inNamespace(ns).withName("data").get()).isNull();
    }

    @Test
    void anObjectTheServerRejectsIsReportedWithItsReasonAndTheRestIsApplied() throws IOException {
        String ns = namespace("reject");
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName(ns).endMetadata().build()).create();
        // a Deployment jkompose applied with another selector (an older conversion): a selector cannot change
        client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata().withNewSpec()
                .addNewContainer().withName("web").withImage("nginx:1.27").endContainer().endSpec().endTemplate()
                .endSpec().build()).fieldManager("jkompose").serverSideApply();

        Runs.Result applied = jkompose(APP, "apply", "-n", ns, "--wait=false");
        assertThat(applied.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(applied.err()).contains("deployment/web: error: rejected (422):", "spec.selector",
                "field is immutable", "1 objects were not applied");
        assertThat(applied.out()).contains("service/web created", "deployment/db created");
        assertThat(client.apps().deployments().inNamespace(ns).withName("db").get()).isNotNull();
    }

    @Test
    void aFieldAnotherManagerOwnsIsAConflictUntilForced() throws IOException {
        String ns = namespace("conflict");
        assertThat(jkompose(APP, "apply", "-n", ns, "--wait=false").code()).isZero();
        Deployment scaled = new DeploymentBuilder().withNewMetadata().withName("web").withNamespace(ns).endMetadata()
                .withNewSpec().withReplicas(3).endSpec().build();
        client.apps().deployments().inNamespace(ns).resource(scaled).fieldManager("autoscaler-bot").forceConflicts()
                .serverSideApply();

        Runs.Result conflict = jkompose(APP, "apply", "-n", ns, "--wait=false");
        assertThat(conflict.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(conflict.err()).contains("deployment/web: error: conflict (409): .spec.replicas:",
                "autoscaler-bot", "use --force-conflicts");
        assertThat(client.apps().deployments().inNamespace(ns).withName("web").get().getSpec().getReplicas()).isEqualTo(3);

        Runs.Result forced = jkompose(APP, "apply", "-n", ns, "--wait=false", "--force-conflicts");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(client.apps().deployments().inNamespace(ns).withName("web").get().getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void aRolloutThatCannotFinishEndsAtTheTimeoutWithTheReasonFromThePods() throws IOException {
        String ns = namespace("stuck");
        String compose = """
                name: stuck
                services:
                  big:
                    image: nginx:1.27
                    deploy:
                      resources:
                        reservations:
                          cpus: "64"
                  broken:
                    image: example/does-not-exist:1
                """;
        Runs.Result applied = jkompose(compose, "apply", "-n", ns, "--wait", "--timeout", "8s");
        assertThat(applied.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(applied.err()).contains("jkompose: error: deployment/big is not ready after 8s:",
                "unschedulable: 0/2 nodes are available", "Insufficient cpu",
                "jkompose: error: deployment/broken is not ready after 8s:", "ImagePullBackOff");
        assertThat(applied.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aJobIsAppliedBeforeTheWorkloadsAndWaitedForUntilComplete() throws IOException {
        String ns = namespace("job");
        String compose = """
                name: jobs
                services:
                  migrate:
                    image: example/migrate:1
                  api:
                    image: example/api:1
                    depends_on:
                      migrate:
                        condition: service_completed_successfully
                """;
        Runs.Result applied = jkompose(compose, "apply", "-n", ns, "--wait", "--timeout", "2m");
        assertThat(applied.code()).as(applied.err()).isZero();
        List<String> lines = applied.out().lines().toList();
        assertThat(lines.indexOf("job/migrate created")).isLessThan(lines.indexOf("deployment/api created"));
        assertThat(lines.indexOf("rolebinding/jkompose-job-waiter created")).isLessThan(lines.indexOf("job/migrate created"));
        assertThat(applied.out()).containsPattern("job/migrate +1/1 +\\d+s +complete");
    }

    @Test
    void aRuntimeClassIsAppliedBeforeTheWorkloadThatNamesIt() throws IOException {
        String ns = namespace("runtime");
        Runs.Result applied = jkompose(SANDBOXED, "apply", "-n", ns, "--runtime-classes", "--wait", "--timeout", "2m");
        assertThat(applied.code()).as(applied.err()).isZero();
        List<String> lines = applied.out().lines().toList();
        int runtimeClass = lines.stream().filter(line -> line.startsWith("runtimeclass/")).findFirst()
                .map(lines::indexOf).orElseThrow();
        assertThat(runtimeClass).isLessThan(lines.indexOf("deployment/runner created"));
        String name = client.apps().deployments().inNamespace(ns).withName("runner").get().getSpec().getTemplate()
                .getSpec().getRuntimeClassName();
        assertThat(client.resources(io.fabric8.kubernetes.api.model.node.v1.RuntimeClass.class).withName(name).get())
                .isNotNull();
    }

    @Test
    void secretValuesAreNeverPrintedByApplyOrDiff() throws IOException {
        String ns = namespace("secret");
        Files.writeString(dir.resolve("db_password.txt"), "s3cr3t-Value-42");
        String compose = """
                name: vault
                services:
                  app:
                    image: example/app:1
                    secrets: [db_password]
                secrets:
                  db_password:
                    file: ./db_password.txt
                """;
        Runs.Result applied = jkompose(compose, "apply", "-n", ns, "--wait=false", "-v");
        assertThat(applied.code()).as(applied.err()).isZero();
        Files.writeString(dir.resolve("db_password.txt"), "n3w-Value-43");
        Runs.Result diff = jkompose(compose, "diff", "-n", ns, "-v");
        assertThat(diff.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(diff.out()).contains("*** (before)", "*** (after)");
        String printed = applied.out() + applied.err() + diff.out() + diff.err();
        String[] forms = {"s3cr3t-Value-42", "n3w-Value-43", b64("s3cr3t-Value-42"), b64("n3w-Value-43")};
        assertThat(printed).doesNotContain(forms);
    }

    private static String b64(String value) {
        return java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aClusterThatDoesNotServeAKindFailsThatObjectOnlyWithOneLine() throws IOException {
        Path plain = TestCluster.kubeconfig(TestCluster.KUBECONFIG_NO_RUNTIMECLASS);
        String ns = namespace("nokind");
        Runs.Result applied = jkompose(plain, SANDBOXED, "apply", "-n", ns, "--runtime-classes", "--wait=false");
        assertThat(applied.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(applied.err()).containsPattern("runtimeclass/\\S+: error: not found \\(404\\): the cluster does not "
                + "serve node.k8s.io/v1 RuntimeClass");
        assertThat(applied.out()).contains("deployment/runner created");
        assertThat(applied.err().lines().collect(Collectors.toList())).hasSize(2);
    }
}
