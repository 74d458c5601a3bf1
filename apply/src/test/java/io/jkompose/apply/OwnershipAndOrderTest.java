package io.jkompose.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipAndOrderTest {

    @Test
    void objectsGoInDependencyOrderKeepingTheConversionsOrderWithinAKind() {
        List<HasMetadata> objects = List.of(
                new DeploymentBuilder().withNewMetadata().withName("web").endMetadata().build(),
                new ServiceBuilder().withNewMetadata().withName("web").endMetadata().build(),
                new DeploymentBuilder().withNewMetadata().withName("api").endMetadata().build(),
                new JobBuilder().withNewMetadata().withName("migrate").endMetadata().build(),
                new ConfigMapBuilder().withNewMetadata().withName("env").endMetadata().build(),
                new RuntimeClassBuilder().withNewMetadata().withName("gvisor").endMetadata().build(),
                new NamespaceBuilder().withNewMetadata().withName("ns").endMetadata().build());
        assertThat(ApplyOrder.sort(objects)).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
                .containsExactly("Namespace/ns", "RuntimeClass/gvisor", "ConfigMap/env", "Service/web",
                        "Job/migrate", "Deployment/web", "Deployment/api");
        assertThat(ApplyOrder.reverse(objects).get(0).getKind()).isEqualTo("Deployment");
    }

    @Test
    void theLabelsGoOnMetadataAndClaimTemplatesNeverOnSelectors() {
        var deployment = new DeploymentBuilder().withNewMetadata().withName("web").addToLabels("io.kompose.service", "web")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("io.kompose.service", "web")
                .endSelector().endSpec().build();
        var statefulSet = new StatefulSetBuilder().withNewMetadata().withName("db").endMetadata().withNewSpec()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata().endVolumeClaimTemplate()
                .endSpec().build();
        Ownership ownership = new Ownership("shop");
        ownership.stamp(List.of(deployment, statefulSet));
        assertThat(deployment.getMetadata().getLabels()).containsEntry("io.kompose.service", "web")
                .containsEntry(Ownership.MANAGED_BY, "jkompose").containsEntry(Ownership.PART_OF, "shop");
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "web"));
        assertThat(statefulSet.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getLabels())
                .containsEntry(Ownership.PART_OF, "shop");
        assertThat(ownership.owns(deployment)).isTrue();
        assertThat(new Ownership("other").owns(deployment)).isFalse();
        assertThat(ownership.selector()).isEqualTo("app.kubernetes.io/managed-by=jkompose,app.kubernetes.io/part-of=shop");
    }

    @Test
    void aProjectNameThatCannotBeALabelValueIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> new Ownership("x".repeat(64))).isInstanceOf(ClusterException.class)
                .hasMessageContaining("-p");
    }
}
