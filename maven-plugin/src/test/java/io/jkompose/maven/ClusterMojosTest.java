package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.jkompose.apply.Ownership;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * apply, diff and down against the fabric8 mock server, reached through a kubeconfig file as a user's
 * build reaches a cluster. The mock cannot do server-side apply (BUILD-NOTES.md), so apply and diff are
 * tested for how they report a cluster's refusal; down, which only lists and deletes, end to end.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class ClusterMojosTest {

    KubernetesClient client;

    @TempDir
    Path project;

    private RecordingLog log;

    @BeforeEach
    void compose() throws IOException {
        Files.writeString(project.resolve("compose.yaml"), "name: shop\nservices:\n  web:\n    image: nginx:1.27\n");
        Files.writeString(project.resolve("kubeconfig"), kubeconfig(client.getMasterUrl().toString()));
    }

    private static String kubeconfig(String server) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: mock
                    cluster:
                      server: %s
                contexts:
                  - name: mock
                    context:
                      cluster: mock
                      user: mock
                      namespace: shop
                current-context: mock
                users:
                  - name: mock
                    user:
                      token: secret-token
                """.formatted(server);
    }

    private <T extends AbstractClusterMojo> T mojo(T mojo) {
        mojo.basedir = project.toFile();
        mojo.kubeconfig = project.resolve("kubeconfig").toFile();
        log = new RecordingLog();
        mojo.setLog(log);
        return mojo;
    }

    private void owned(String name) {
        client.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata()
                .withName(name).withLabels(new Ownership("shop").labels()).endMetadata().withNewSpec().endSpec()
                .build()).create();
    }

    @Test
    void downDeletesWhatTheProjectOwnsAndKeepsClaimsAndOthers() throws Exception {
        owned("web");
        client.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata()
                .withName("not-ours").withLabels(Map.of("app", "x")).endMetadata().build()).create();
        client.persistentVolumeClaims().inNamespace("shop").resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data").withLabels(new Ownership("shop").labels()).endMetadata().build())
                .create();
        DownMojo down = mojo(new DownMojo());
        down.timeout = "10s";

        down.execute();

        assertThat(client.apps().deployments().inNamespace("shop").list().getItems())
                .extracting(deployment -> deployment.getMetadata().getName()).containsExactly("not-ours");
        assertThat(client.persistentVolumeClaims().inNamespace("shop").withName("data").get()).isNotNull();
        assertThat(log.lines).contains("[INFO] deployment/web deleted")
                .anySatisfy(line -> assertThat(line).startsWith("[INFO] persistentvolumeclaim/data kept"));

        DownMojo withVolumes = mojo(new DownMojo());
        withVolumes.removeVolumes = true;
        withVolumes.timeout = "10s";
        withVolumes.execute();
        assertThat(client.persistentVolumeClaims().inNamespace("shop").withName("data").get()).isNull();
    }

    @Test
    void downWithNothingThereSaysSo() throws Exception {
        DownMojo down = mojo(new DownMojo());
        down.namespace = "elsewhere";

        down.execute();

        assertThat(log.lines).contains("[INFO] jkompose: nothing of project 'shop' in namespace elsewhere");
    }

    @Test
    void applyFailsTheBuildWhenTheClusterRejectsObjects() {
        ApplyMojo apply = mojo(new ApplyMojo());

        assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: 2 of 2 objects were not applied (see above); the others were");
        assertThat(log.lines).contains("[ERROR] deployment/web: error: not found (404): the cluster does not serve "
                + "apps/v1 Deployment (is the API enabled, or the CRD installed?)");
    }

    @Test
    void diffFailsTheBuildWhenTheDryRunIsRejected() {
        DiffMojo diff = mojo(new DiffMojo());
        diff.diffDirectory = project.resolve("target/jkompose-diff").toFile();

        assertThatThrownBy(diff::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: the cluster rejected 2 objects in the dry run (see above)");
        assertThat(log.lines).contains("[ERROR] service/web: error: not found (404): the cluster does not serve v1 "
                + "Service (is the API enabled, or the CRD installed?)");
    }

    @Test
    void anUnreachableClusterFailsWithOneLine() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Files.writeString(project.resolve("kubeconfig"), kubeconfig("http://127.0.0.1:" + closed));
        DownMojo down = mojo(new DownMojo());

        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("jkompose: ").hasMessageContaining("cannot connect to the cluster: connection "
                        + "refused").hasMessageNotContaining("\n").hasMessageNotContaining("secret-token");
    }

    @Test
    void aMissingKubeconfigOrABadParameterFailsBeforeAnythingIsSent() {
        DownMojo down = mojo(new DownMojo());
        down.kubeconfig = project.resolve("nope").toFile();
        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: --kubeconfig " + project.resolve("nope") + ": no such file");

        ApplyMojo apply = mojo(new ApplyMojo());
        apply.timeout = "soon";
        assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: parameter timeout must be a positive duration such as 90s or 5m, not 'soon'");

        ApplyMojo dryRun = mojo(new ApplyMojo());
        dryRun.dryRun = "maybe";
        assertThatThrownBy(dryRun::execute)
                .hasMessage("jkompose: parameter dryRun must be none, client or server, not 'maybe'");
    }

    @Test
    void invalidComposeFailsWithItsLocationAndNeverConnects() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: [nginx]\n");
        Files.writeString(project.resolve("kubeconfig"), "not a kubeconfig");
        ApplyMojo apply = mojo(new ApplyMojo());

        assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: the Compose project has an error (see above)");
        assertThat(log.lines).anySatisfy(line -> assertThat(line)
                .startsWith("[ERROR] " + project.resolve("compose.yaml") + ":3:"));
    }

    @Test
    void skipSendsNothing() throws Exception {
        owned("web");
        DownMojo down = mojo(new DownMojo());
        down.skip = true;

        down.execute();

        assertThat(client.apps().deployments().inNamespace("shop").withName("web").get()).isNotNull();
    }
}
