package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * apply when the cluster takes the objects: the mock answers the server-side applies with
 * expectations (it cannot do them itself), then serves the Deployment's status that wait follows.
 * A real rollout is left to a test against a real API server.
 */
@EnableKubernetesMockClient(https = false)
class ApplyMojoTest {

    private static final String DEPLOYMENT = "/apis/apps/v1/namespaces/shop/deployments/web";
    private static final String SERVICE = "/api/v1/namespaces/shop/services/web";

    KubernetesMockServer server;
    KubernetesClient client;

    @TempDir
    Path project;

    private RecordingLog log;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "name: shop\nservices:\n  web:\n    image: nginx:1.27\n");
        Files.writeString(project.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters: [{name: mock, cluster: {server: "%s"}}]
                contexts: [{name: mock, context: {cluster: mock, user: mock, namespace: shop}}]
                current-context: mock
                users: [{name: mock, user: {token: t}}]
                """.formatted(client.getMasterUrl()));
        server.expect().get().withPath(DEPLOYMENT).andReturn(404, null).once();
        server.expect().get().withPath(SERVICE).andReturn(404, null).once();
        server.expect().patch().withPath(SERVICE + "?fieldManager=jkompose")
                .andReturn(201, new ServiceBuilder().withNewMetadata().withName("web").endMetadata().build()).once();
        server.expect().patch().withPath(DEPLOYMENT + "?fieldManager=jkompose")
                .andReturn(201, deployment(false)).once();
    }

    /** The live Deployment: rolled out, or past its progress deadline. */
    private static Deployment deployment(boolean stuck) {
        DeploymentBuilder builder = new DeploymentBuilder().withNewMetadata().withName("web").withNamespace("shop")
                .withGeneration(1L).endMetadata().withNewSpec().withReplicas(1).endSpec();
        if (stuck) {
            return builder.withNewStatus().withObservedGeneration(1L).withReplicas(1).withUpdatedReplicas(1)
                    .withAvailableReplicas(0).addNewCondition().withType("Progressing").withStatus("False")
                    .withReason("ProgressDeadlineExceeded").withMessage("ReplicaSet \"web-1\" has timed out progressing.")
                    .endCondition().endStatus().build();
        }
        return builder.withNewStatus().withObservedGeneration(1L).withReplicas(1).withUpdatedReplicas(1)
                .withAvailableReplicas(1).endStatus().build();
    }

    private ApplyMojo apply(boolean wait) {
        ApplyMojo mojo = new ApplyMojo();
        mojo.basedir = project.toFile();
        mojo.kubeconfig = project.resolve("kubeconfig").toFile();
        mojo.wait = wait;
        mojo.timeout = "20s";
        log = new RecordingLog();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void logsEachObjectAsKubectlDoesAndFollowsTheRollout() throws Exception {
        server.expect().get().withPath(DEPLOYMENT).andReturn(200, deployment(false)).always();

        apply(true).execute();

        assertThat(log.lines).contains("[INFO] service/web created", "[INFO] deployment/web created",
                "[INFO] deployment/web: 1/1 done", "[INFO] jkompose: rolled out");
        assertThat(log.lines.indexOf("[INFO] service/web created"))
                .isLessThan(log.lines.indexOf("[INFO] deployment/web created"));
    }

    @Test
    void aRolloutThatCannotFinishFailsTheBuildWithTheReason() {
        server.expect().get().withPath(DEPLOYMENT).andReturn(200, deployment(true)).always();

        assertThatThrownBy(apply(true)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: 1 workloads did not roll out (see above)");
        assertThat(log.lines).contains("[ERROR] deployment/web failed:",
                "[ERROR]   ReplicaSet \"web-1\" has timed out progressing.");
    }

    @Test
    void withoutWaitItStopsAfterApplying() throws Exception {
        ApplyMojo mojo = apply(false);
        mojo.replicas = 2;
        mojo.execute();

        assertThat(log.lines).contains("[INFO] deployment/web created").doesNotContain("[INFO] jkompose: rolled out");
        // kompose.cmd names the command only, as the CLI's apply writes it: other parameters roll no pods
        String sent = server.getLastRequest().getBody().readUtf8();
        assertThat(sent).contains("jkompose apply").doesNotContain("--replicas");
    }
}
