package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
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
 * diff when the dry run goes through: the mock answers the server-side apply dry runs with
 * expectations (it cannot do them itself), nothing is live yet, so each object would be created.
 */
@EnableKubernetesMockClient(https = false)
class DiffMojoTest {

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
        server.expect().patch().withPath("/apis/apps/v1/namespaces/shop/deployments/web?fieldManager=jkompose&dryRun=All")
                .andReturn(200, new DeploymentBuilder().withNewMetadata().withName("web").withNamespace("shop")
                        .endMetadata().withNewSpec().withReplicas(1).endSpec().build()).always();
        server.expect().patch().withPath("/api/v1/namespaces/shop/services/web?fieldManager=jkompose&dryRun=All")
                .andReturn(200, new ServiceBuilder().withNewMetadata().withName("web").withNamespace("shop")
                        .endMetadata().build()).always();
    }

    private DiffMojo diff() {
        DiffMojo mojo = new DiffMojo();
        mojo.basedir = project.toFile();
        mojo.kubeconfig = project.resolve("kubeconfig").toFile();
        mojo.diffDirectory = project.resolve("target/jkompose-diff").toFile();
        log = new RecordingLog();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void namesWhatWouldChangeAndWritesTheDesiredYaml() throws Exception {
        Path folder = project.resolve("target/jkompose-diff");
        Files.createDirectories(folder.resolve("live"));
        Files.writeString(folder.resolve("live/stale-deployment.yaml"), "from an earlier run");

        diff().execute();

        assertThat(log.lines).contains("[INFO] deployment/web would be created", "[INFO] service/web would be created",
                "[INFO] jkompose: 2 objects would change; diff -ru " + folder.resolve("live") + " "
                        + folder.resolve("desired") + " shows how");
        assertThat(Files.readString(folder.resolve("desired/shop-web-deployment.yaml"))).contains("replicas: 1");
        assertThat(folder.resolve("desired/shop-web-service.yaml")).exists();
        assertThat(folder.resolve("live")).isEmptyDirectory();
    }

    @Test
    void failOnDiffFailsTheBuildWhenSomethingWouldChange() {
        DiffMojo mojo = diff();
        mojo.failOnDiff = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: 2 objects in the cluster differ from the Compose project (failOnDiff)");
    }
}
