package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Service;
import java.util.Locale;
import java.util.Set;

/**
 * The container's image. A service with {@code image} runs that image; its {@code build} section,
 * if any, is taken as how that image is made, which happens outside jkompose (CI, a registry), so
 * it needs no warning. A service with only {@code build} gets the image name Compose would give
 * the built image, {@code <project>-<service>}, and a warning: the cluster can only pull what
 * was pushed to a registry. With {@code --image-registry} that name is prefixed with the registry
 * the user pushes to ({@code registry.example.com/team/<project>-<service>}).
 */
public final class ContainerImageStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("image", "build");
    }

    @Override
    public void apply(ServiceContext context) {
        Service service = context.service();
        if (service.image() != null && !service.image().isBlank()) {
            context.container().withImage(service.image());
            return;
        }
        String image = imageOfBuild(context.project().name(), service.name());
        String registry = context.options().containers().imageRegistry();
        if (registry != null) {
            image = registry + "/" + image;
        }
        context.container().withImage(image);
        if (service.build() != null) {
            context.warn(ConverterCode.IMAGE_FROM_BUILD, service.locationOf("build"),
                    "service '" + service.name() + "' has no image; its container runs image '" + image
                            + "', the name Compose gives the image it builds"
                            + (registry != null ? ", in registry " + registry : ""),
                    registry != null ? "build the image, tag it " + image + " and push it"
                            : "build and tag the image, push it to a registry the cluster can pull from, and set 'image'"
                                    + " to its full name (or pass --image-registry)");
        } else {
            context.error(ConverterCode.NO_IMAGE, service.location(),
                    "service '" + service.name() + "' has neither 'image' nor 'build'; its container runs image '"
                            + image + "'", "set 'image'");
        }
    }

    /** Compose's name for a built image: the project and the service, lower case, joined by '-'. */
    static String imageOfBuild(String project, String service) {
        String serviceName = service.toLowerCase(Locale.ROOT);
        return project == null || project.isBlank() ? serviceName : project.toLowerCase(Locale.ROOT) + "-" + serviceName;
    }
}
