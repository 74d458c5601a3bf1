package io.jkompose.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.jkompose.apply.RolloutState.Phase;
import org.junit.jupiter.api.Test;

class RolloutsTest {

    private static final ObjectRef REF = new ObjectRef("Deployment", "ns", "web");

    private static DeploymentBuilder deployment(int replicas, long generation, Long observed) {
        return new DeploymentBuilder().withNewMetadata().withName("web").withGeneration(generation).endMetadata()
                .withNewSpec().withReplicas(replicas).endSpec()
                .withNewStatus().withObservedGeneration(observed).endStatus();
    }

    @Test
    void aDeploymentIsDoneWhenEveryReplicaIsUpdatedAndAvailableAndNoOldOneIsLeft() {
        var done = deployment(2, 3, 3L).editStatus().withReplicas(2).withUpdatedReplicas(2).withAvailableReplicas(2)
                .endStatus().build();
        assertThat(Rollouts.state(REF, done).phase()).isEqualTo(Phase.DONE);
        assertThat(Rollouts.state(REF, done).ready()).isEqualTo(2);

        var oldLeft = deployment(2, 3, 3L).editStatus().withReplicas(3).withUpdatedReplicas(2)
                .withAvailableReplicas(2).endStatus().build();
        assertThat(Rollouts.state(REF, oldLeft).detail()).isEqualTo("1 old pods still terminating");

        var unavailable = deployment(2, 3, 3L).editStatus().withReplicas(2).withUpdatedReplicas(2)
                .withAvailableReplicas(1).endStatus().build();
        assertThat(Rollouts.state(REF, unavailable).phase()).isEqualTo(Phase.PROGRESSING);
        assertThat(Rollouts.state(REF, unavailable).detail()).isEqualTo("1 of 2 available");
    }

    @Test
    void aDeploymentTheControllerHasNotSeenYetIsNotDoneWhateverItsCountsSay() {
        var stale = deployment(1, 4, 3L).editStatus().withReplicas(1).withUpdatedReplicas(1)
                .withAvailableReplicas(1).endStatus().build();
        assertThat(Rollouts.state(REF, stale).phase()).isEqualTo(Phase.PROGRESSING);
        assertThat(Rollouts.state(REF, stale).detail()).isEqualTo("waiting for the controller");
    }

    @Test
    void aDeploymentPastItsProgressDeadlineHasFailed() {
        var stuck = deployment(1, 1, 1L).editStatus().addNewCondition().withType("Progressing")
                .withStatus("False").withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"web-1\" has timed out progressing.").endCondition().endStatus().build();
        assertThat(Rollouts.state(REF, stuck).phase()).isEqualTo(Phase.FAILED);
        assertThat(Rollouts.state(REF, stuck).detail()).contains("timed out");
    }

    @Test
    void aJobIsDoneWhenCompleteAndFailedWhenFailed() {
        var complete = new JobBuilder().withNewMetadata().withName("migrate").endMetadata().withNewSpec().endSpec()
                .withNewStatus().withSucceeded(1).addNewCondition().withType("Complete").withStatus("True")
                .endCondition().endStatus().build();
        assertThat(Rollouts.state(REF, complete)).extracting(RolloutState::phase, RolloutState::ready,
                RolloutState::desired).containsExactly(Phase.DONE, 1, 1);

        var failed = new JobBuilder().withNewMetadata().withName("migrate").endMetadata().withNewSpec().endSpec()
                .withNewStatus().withFailed(7).addNewCondition().withType("Failed").withStatus("True")
                .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
                .endCondition().endStatus().build();
        assertThat(Rollouts.state(REF, failed).phase()).isEqualTo(Phase.FAILED);
        assertThat(Rollouts.state(REF, failed).detail()).isEqualTo("failed: Job has reached the specified backoff limit");
    }

    @Test
    void aStatefulSetIsDoneWhenReadyOnTheUpdateRevision() {
        var updating = new StatefulSetBuilder().withNewMetadata().withName("db").withGeneration(2L).endMetadata()
                .withNewSpec().withReplicas(2).endSpec().withNewStatus().withObservedGeneration(2L)
                .withReadyReplicas(2).withUpdatedReplicas(1).withCurrentRevision("db-1").withUpdateRevision("db-2")
                .endStatus().build();
        assertThat(Rollouts.state(REF, updating).phase()).isEqualTo(Phase.PROGRESSING);
        var done = new StatefulSetBuilder(updating).editStatus().withUpdatedReplicas(2).withCurrentRevision("db-2")
                .endStatus().build();
        assertThat(Rollouts.state(REF, done).phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void aDaemonSetIsDoneWhenEveryScheduledPodIsUpdatedAndAvailable() {
        var daemonSet = new DaemonSetBuilder().withNewMetadata().withName("agent").withGeneration(1L).endMetadata()
                .withNewSpec().endSpec().withNewStatus().withObservedGeneration(1L).withDesiredNumberScheduled(2)
                .withUpdatedNumberScheduled(2).withNumberAvailable(1).endStatus().build();
        assertThat(Rollouts.state(REF, daemonSet).detail()).isEqualTo("1 of 2 available");
        daemonSet.getStatus().setNumberAvailable(2);
        assertThat(Rollouts.state(REF, daemonSet).phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void aPodIsDoneWhenReadyOrSucceeded() {
        var pending = new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewStatus()
                .withPhase("Pending").endStatus().build();
        assertThat(Rollouts.state(REF, pending).phase()).isEqualTo(Phase.PROGRESSING);
        var ready = new PodBuilder(pending).editStatus().withPhase("Running").addNewCondition().withType("Ready")
                .withStatus("True").endCondition().endStatus().build();
        assertThat(Rollouts.state(REF, ready).phase()).isEqualTo(Phase.DONE);
    }

    @Test
    void anObjectNotFoundIsStillProgressing() {
        assertThat(Rollouts.state(REF, null).phase()).isEqualTo(Phase.PROGRESSING);
    }
}
