package io.jkompose.converters.steps.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pod-only annotations land in the pod template of each workload kind jkompose makes, and nowhere else. */
class PodTemplateAnnotationsTest {

    private static final Map<String, String> ADDED = Map.of("io.kubernetes.cri.untrusted-workload", "true");

    @Test
    void aDeploymentsTemplateGetsThemAndItsOwnMetadataDoesNot() {
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName("web").addToAnnotations("a", "1").endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().addToAnnotations("a", "1").endMetadata()
                .withNewSpec().addNewContainer().withName("web").endContainer().endSpec().endTemplate().endSpec()
                .build();

        assertThat(PodTemplateAnnotations.add(deployment, ADDED)).isTrue();

        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsOnly(entry("a", "1"), entry("io.kubernetes.cri.untrusted-workload", "true"));
        assertThat(deployment.getMetadata().getAnnotations()).containsOnly(entry("a", "1"));
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
    }

    @Test
    void aTemplateWithoutMetadataGetsSomeAndTheFilesValueWins() {
        StatefulSet statefulSet = new StatefulSetBuilder().withNewMetadata().withName("db").endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().endSpec().endTemplate().endSpec().build();
        DaemonSet daemonSet = new DaemonSetBuilder().withNewMetadata().withName("agent").endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata()
                .addToAnnotations("io.kubernetes.cri.untrusted-workload", "false").endMetadata().endTemplate().endSpec()
                .build();

        PodTemplateAnnotations.add(statefulSet, ADDED);
        PodTemplateAnnotations.add(daemonSet, ADDED);

        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations()).isEqualTo(ADDED);
        assertThat(daemonSet.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsOnly(entry("io.kubernetes.cri.untrusted-workload", "false"));
    }

    @Test
    void aPodIsItsOwnTemplate() {
        Pod pod = new PodBuilder().withNewMetadata().withName("job").endMetadata().build();

        assertThat(PodTemplateAnnotations.add(pod, ADDED)).isTrue();

        assertThat(pod.getMetadata().getAnnotations()).isEqualTo(ADDED);
    }

    @Test
    void aCronJobsTemplateSitsInItsJobTemplate() {
        PodTemplateSpec template = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("a", "b").endMetadata()
                .build();
        CronJob cronJob = new CronJobBuilder().withNewMetadata().withName("nightly").endMetadata()
                .withNewSpec().withSchedule("@daily")
                .withNewJobTemplate().withNewSpec().withTemplate(template).endSpec().endJobTemplate()
                .endSpec()
                .build();
        template = cronJob.getSpec().getJobTemplate().getSpec().getTemplate();

        assertThat(PodTemplateAnnotations.add(cronJob, ADDED)).isTrue();

        assertThat(template.getMetadata().getAnnotations()).isEqualTo(ADDED);
        assertThat(cronJob.getMetadata().getAnnotations()).isNullOrEmpty();
    }

    @Test
    void kindsWithoutAKnownTemplateAreSaidToHaveNone() {
        ReplicationController controller = new ReplicationControllerBuilder().withNewMetadata().withName("rc")
                .endMetadata().withNewSpec().withNewTemplate().endTemplate().endSpec().build();

        assertThat(PodTemplateAnnotations.add(controller, ADDED)).isFalse();
        assertThat(PodTemplateAnnotations.add(null, ADDED)).isFalse();
    }
}
