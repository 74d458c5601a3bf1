package io.jkompose.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

class NotReadyTest {

    private static PodBuilder pod() {
        return new PodBuilder().withNewMetadata().withName("web-1").endMetadata().withNewStatus().endStatus();
    }

    @Test
    void anUnschedulablePodGivesTheSchedulersMessage() {
        Pod pod = pod().editStatus().addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").withMessage("0/2 nodes are available: 2 Insufficient cpu.")
                .endCondition().endStatus().build();
        assertThat(NotReady.podReasons(pod)).containsExactly("unschedulable: 0/2 nodes are available: 2 Insufficient cpu.");
    }

    @Test
    void aContainerWaitingOnItsImageOrCrashingSaysSoButStartingIsNoReason() {
        Pod pod = pod().editStatus()
                .addNewContainerStatus().withName("web").withNewState().withNewWaiting().withReason("ImagePullBackOff")
                .withMessage("Back-off pulling image \"does-not-exist\"").endWaiting().endState().endContainerStatus()
                .addNewContainerStatus().withName("side").withNewState().withNewWaiting()
                .withReason("ContainerCreating").endWaiting().endState().endContainerStatus()
                .addNewInitContainerStatus().withName("init").withRestartCount(3).withNewState().withNewTerminated()
                .withExitCode(2).withReason("Error").endTerminated().endState().endInitContainerStatus()
                .endStatus().build();
        assertThat(NotReady.podReasons(pod)).containsExactly("container init exited with code 2 (Error)",
                "container web: ImagePullBackOff: Back-off pulling image \"does-not-exist\"");
    }

    @Test
    void aRunningPodThatIsNotReadyIsWaitingForItsReadinessProbe() {
        Pod pod = pod().editStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("False")
                .endCondition().endStatus().build();
        assertThat(NotReady.podReasons(pod)).containsExactly("not ready (readiness probe not passed yet)");
    }
}
