package io.jkompose.converters.steps.openshift;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.openshift.api.model.BuildConfigBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.WorkloadKind;
import io.jkompose.model.Build;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * With {@code --provider openshift --build build-config}, a service with {@code build} that runs as
 * a DeploymentConfig gets a BuildConfig (build.openshift.io/v1), as kompose writes it: built on a
 * change of its configuration, one build at a time, from the Git source of {@link BuildSources} with
 * the Docker strategy ({@code dockerfile} as its path in the context), pushed to the ImageStreamTag
 * the DeploymentConfig's trigger follows. {@code build.args} become the strategy's {@code buildArgs}
 * (Docker's {@code ARG}s; kompose puts them in {@code env}, which sets {@code ENV} instead).
 * A service that runs otherwise gets none: only a DeploymentConfig takes its image from the stream.
 */
public final class BuildConfigStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        Build build = context.service().build();
        if (build == null || !context.options().platform().writesBuildConfigs()) {
            return;
        }
        if (context.workloadKind() != WorkloadKind.DEPLOYMENT_CONFIG) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, context.locationOf("build"), "build of service '"
                    + context.service().name() + "' gets no BuildConfig: it runs as a " + context.workloadKind().kind()
                    + ", which does not take its image from an ImageStream", "build and push the image yourself");
            return;
        }
        BuildSources.Resolution resolution = BuildSources.resolve(context);
        if (resolution.source() == null) {
            context.error(ConverterCode.INVALID_OPTION, context.locationOf("build"), "service '"
                    + context.service().name() + "' gets no BuildConfig: " + resolution.problem(),
                    "pass --build-repo and --build-branch, or build in a folder of the repository");
            return;
        }
        BuildSources.Source source = resolution.source();
        if (build.target() != null) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, build.location(), "build target '" + build.target()
                    + "' of service '" + context.service().name() + "' is not converted: the BuildConfig's Docker "
                    + "strategy builds the Dockerfile's last stage", null);
        }
        List<EnvVar> buildArgs = new ArrayList<>();
        for (Map.Entry<String, String> arg : build.args().entrySet()) {
            if (arg.getValue() == null) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, build.location(), "build arg '" + arg.getKey()
                        + "' of service '" + context.service().name() + "' has no value and is left out of the "
                        + "BuildConfig: the cluster's build has no environment to take it from", "give it a value");
                continue;
            }
            buildArgs.add(new EnvVar(arg.getKey(), arg.getValue(), null));
        }
        context.addObject(new BuildConfigBuilder()
                .withNewMetadata()
                .withName(context.name())
                .withLabels(new TreeMap<>(context.selectorLabels()))
                .endMetadata()
                .withNewSpec()
                .addNewTrigger().withType("ConfigChange").endTrigger()
                .withRunPolicy("Serial")
                .withNewSource()
                .withType("Git")
                .withNewGit().withUri(source.url()).withRef(source.ref()).endGit()
                .withContextDir(source.contextDir())
                .endSource()
                .withNewStrategy()
                .withType("Docker")
                .withNewDockerStrategy()
                .withDockerfilePath(build.dockerfile())
                .withBuildArgs(buildArgs.isEmpty() ? null : buildArgs)
                .endDockerStrategy()
                .endStrategy()
                .withNewOutput()
                .withNewTo().withKind("ImageStreamTag").withName(OpenShiftImages.streamTag(context)).endTo()
                .endOutput()
                .endSpec()
                .build());
    }
}
