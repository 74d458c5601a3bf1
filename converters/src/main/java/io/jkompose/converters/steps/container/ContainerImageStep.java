package io.jkompose.converters.steps.container;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.plan.UnpullableImages;
import io.jkompose.model.Service;
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
        String image = UnpullableImages.imageOfBuild(context.project(), service,
                context.options().containers().imageRegistry());
        context.container().withImage(image);
        if (service.build() == null) {
            context.error(ConverterCode.NO_IMAGE, service.location(),
                    "service '" + service.name() + "' has neither 'image' nor 'build'; its container runs image '"
                            + image + "'", "set 'image'");
        }
        // with build only: what cannot be pulled is said once for all services, by the plan (UnpullableImages)
    }
}
