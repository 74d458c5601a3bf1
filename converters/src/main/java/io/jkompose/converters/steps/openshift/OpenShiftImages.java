package io.jkompose.converters.steps.openshift;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.plan.WorkloadKind;

/**
 * Which services take their image from an ImageStream of their own (named like the service), and
 * under which tag: those that run as a DeploymentConfig, whose {@code ImageChange} trigger sets the
 * image. With {@code --build build-config}, the BuildConfig of such a service pushes to that tag.
 */
final class OpenShiftImages {

    private OpenShiftImages() {
    }

    static boolean hasImageStream(ServiceContext context) {
        return context.workloadKind() == WorkloadKind.DEPLOYMENT_CONFIG;
    }

    /** Whether the service's image is built in the cluster by a BuildConfig (and not imported from a registry). */
    static boolean builtInCluster(ServiceContext context) {
        return hasImageStream(context) && context.options().platform().writesBuildConfigs()
                && BuildSources.resolve(context).source() != null;
    }

    /** The image the service's container runs as the file says it (before a trigger replaces it). */
    static String image(ServiceContext context) {
        return context.containerImage();
    }

    /** The tag of the service's ImageStream its workload runs. */
    static String tag(ServiceContext context) {
        return ImageTags.tagOf(image(context));
    }

    /** {@code <service>:<tag>}: the ImageStreamTag the service's workload runs. */
    static String streamTag(ServiceContext context) {
        return ImageTags.streamTag(context.name(), tag(context));
    }
}
