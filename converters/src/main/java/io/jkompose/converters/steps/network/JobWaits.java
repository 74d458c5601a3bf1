package io.jkompose.converters.steps.network;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.jkompose.converters.naming.KubernetesNames;
import java.util.List;

/**
 * The init container that waits for a Job to complete, made by {@link DependencyWaitStep} and
 * recognised by {@link JobWaitAccessStep}, which gives its pod the right to read Jobs: one place
 * says what it looks like.
 */
final class JobWaits {

    private static final String WAIT = "wait";
    private static final String CONDITION = "--for=condition=Complete";
    private static final String JOB_PREFIX = "job/";

    private JobWaits() {
    }

    /**
     * {@code kubectl wait --for=condition=Complete --timeout=-1s job/<job>} as the image's
     * entrypoint's arguments (the kubectl image has no shell). A negative timeout waits a week. A
     * Job not created yet makes kubectl fail; the kubelet then runs the init container again.
     */
    static Container container(String image, String job) {
        return new ContainerBuilder()
                .withName(KubernetesNames.label(DependencyWaitStep.NAME_PREFIX + job))
                .withImage(image)
                .withArgs(WAIT, CONDITION, "--timeout=-1s", JOB_PREFIX + job)
                .build();
    }

    /** Whether the pod has such an init container, and so needs to read Jobs. */
    static boolean waitsForJob(PodSpec spec) {
        return spec != null && spec.getInitContainers() != null
                && spec.getInitContainers().stream().anyMatch(JobWaits::isJobWait);
    }

    private static boolean isJobWait(Container container) {
        List<String> args = container.getArgs();
        return container.getName().startsWith(DependencyWaitStep.NAME_PREFIX) && args != null && args.size() == 4
                && args.get(0).equals(WAIT) && args.get(1).equals(CONDITION) && args.get(3).startsWith(JOB_PREFIX);
    }
}
