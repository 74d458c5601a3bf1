package io.jkompose.converters.steps.openshift;

import io.fabric8.openshift.api.model.ImageStreamBuilder;
import io.fabric8.openshift.api.model.TagReference;
import io.fabric8.openshift.api.model.TagReferenceBuilder;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.List;
import java.util.TreeMap;

/**
 * The ImageStream (image.openshift.io/v1) of a service that runs as a DeploymentConfig, named like
 * the service, as kompose writes it: one tag, named after the image's tag, imported from the image
 * ({@code from: DockerImage}). When a BuildConfig builds the image in the cluster
 * ({@code --build build-config}), the stream has no tag to import: the build pushes the tag (kompose
 * imports the image as well, which races with the build or fails for an image never pushed).
 */
public final class ImageStreamStep implements ServiceConversionStep {

    @Override
    public void apply(ServiceContext context) {
        if (!OpenShiftImages.hasImageStream(context)) {
            return;
        }
        List<TagReference> tags = OpenShiftImages.builtInCluster(context) ? null : List.of(new TagReferenceBuilder()
                .withName(OpenShiftImages.tag(context))
                .withNewFrom().withKind("DockerImage").withName(OpenShiftImages.image(context)).endFrom()
                .withNewReferencePolicy().withType("").endReferencePolicy()
                .build());
        context.addObject(new ImageStreamBuilder()
                .withNewMetadata()
                .withName(context.name())
                .withLabels(new TreeMap<>(context.selectorLabels()))
                .endMetadata()
                .withNewSpec()
                .withNewLookupPolicy().withLocal(false).endLookupPolicy()
                .withTags(tags)
                .endSpec()
                .build());
    }
}
