package io.jkompose.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.jkompose.apply.ApplyOptions.DryRun;
import io.jkompose.apply.ObjectResult.Outcome;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a real API server cannot be made to do on demand: a 500, a 401, a refused connection. The
 * mock serves expectations only; server-side apply itself is tested against a real server (*IT).
 */
@EnableKubernetesMockClient(https = false)
class ApplierMockServerTest {

    KubernetesMockServer server;
    KubernetesClient client;

    private static final String DEPLOYMENT = "/apis/apps/v1/namespaces/shop/deployments/web";
    private static final String SERVICE = "/api/v1/namespaces/shop/services/web";

    private static Application application() {
        List<HasMetadata> objects = List.of(
                new DeploymentBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec().endSpec().build(),
                new ServiceBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec().endSpec().build());
        return new Application(new Ownership("shop"), "shop", objects);
    }

    @Test
    void aRejectedObjectIsReportedWithTheServersMessageAndTheRestIsStillApplied() throws Exception {
        server.expect().get().withPath(DEPLOYMENT).andReturn(404, null).once();
        server.expect().get().withPath(SERVICE).andReturn(404, null).once();
        server.expect().patch().withPath(SERVICE + "?fieldManager=jkompose")
                .andReturn(201, new ServiceBuilder().withNewMetadata().withName("web").withResourceVersion("7")
                        .endMetadata().build()).once();
        server.expect().patch().withPath(DEPLOYMENT + "?fieldManager=jkompose")
                .andReturn(500, new StatusBuilder().withCode(500).withMessage("etcdserver: request timed out").build())
                .always();

        List<ObjectResult> seen = new ArrayList<>();
        List<ObjectResult> results = new Applier(client).apply(application(), new ApplyOptions(false, DryRun.NONE, false),
                seen::add);

        assertThat(results).isEqualTo(seen);
        assertThat(results.get(0).message()).isNull();
        assertThat(results).extracting(result -> result.object().toString(), ObjectResult::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("service/web", Outcome.CREATED),
                        org.assertj.core.groups.Tuple.tuple("deployment/web", Outcome.FAILED));
        assertThat(results.get(1).message()).isEqualTo("the API server answered 500: etcdserver: request timed out");
    }

    @Test
    void theApplyRequestIsAServerSideApplyAsFieldManagerJkompose() throws Exception {
        server.expect().get().withPath(SERVICE).andReturn(404, null).once();
        server.expect().patch().withPath(SERVICE + "?fieldManager=jkompose&force=true")
                .andReturn(201, new ServiceBuilder().withNewMetadata().withName("web").endMetadata().build()).once();
        Application service = new Application(new Ownership("shop"), "shop", List.of(application().objects().get(1)));

        new Applier(client).apply(service, new ApplyOptions(true, DryRun.NONE, false), result -> { });

        var request = server.getLastRequest();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
        assertThat(request.getBody().readUtf8()).contains("app.kubernetes.io/managed-by").contains("jkompose")
                .contains("app.kubernetes.io/part-of");
    }

    @Test
    void refusedCredentialsEndTheRunAtOnceWithOneLine() {
        server.expect().get().withPath(SERVICE).andReturn(401, new StatusBuilder().withCode(401)
                .withMessage("Unauthorized").build()).always();
        server.expect().get().withPath(DEPLOYMENT).andReturn(401, new StatusBuilder().withCode(401)
                .withMessage("Unauthorized").build()).always();

        assertThatThrownBy(() -> new Applier(client).apply(application(), new ApplyOptions(false, DryRun.NONE, false),
                result -> { }))
                .isInstanceOf(ClusterException.class)
                .hasMessage("the cluster refused the credentials (401 Unauthorized): check the user of the kubeconfig context");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aClusterThatIsNotListeningIsOneLineNotAStackTrace() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free now, closed below: nothing listens there
        }
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl("http://127.0.0.1:" + port)
                .withRequestRetryBackoffLimit(0).build();
        try (KubernetesClient unreachable = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThatThrownBy(() -> new Applier(unreachable).apply(application(),
                    new ApplyOptions(false, DryRun.NONE, false), result -> { }))
                    .isInstanceOf(ClusterException.class)
                    .hasMessageStartingWith("cannot connect to the cluster: connection refused");
        }
    }
}
