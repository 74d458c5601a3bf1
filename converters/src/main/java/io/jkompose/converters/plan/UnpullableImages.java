package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The services whose image no cluster can pull as the file stands, said once for the project with
 * every service named (not once per service): those with only {@code build} run the image Compose
 * would build ({@code <project>-<service>}, in {@code --image-registry} if given), which must be
 * pushed first; those with {@code pull_policy: never} need their image on every node already.
 */
public final class UnpullableImages {

    private UnpullableImages() {
    }

    /** The image a service without one runs: the name Compose gives the image it builds, in the registry if any. */
    public static String imageOfBuild(Project project, Service service, String registry) {
        String serviceName = service.name().toLowerCase(Locale.ROOT);
        String image = project.name() == null || project.name().isBlank() ? serviceName
                : project.name().toLowerCase(Locale.ROOT) + "-" + serviceName;
        return registry != null ? registry + "/" + image : image;
    }

    /** With OpenShift BuildConfigs (--build build-config), a service's image is built and pushed in the cluster. */
    private static boolean builtInCluster(ConvertOptions options) {
        return options.platform().writesBuildConfigs() && options.platform().writesDeploymentConfigs();
    }

    static void report(Project project, ConvertOptions options, Diagnostics diagnostics) {
        String registry = options.containers().imageRegistry();
        List<Service> built = new ArrayList<>();
        List<Service> never = new ArrayList<>();
        for (Service service : project.services().values()) {
            boolean hasImage = service.image() != null && !service.image().isBlank();
            if (!hasImage && service.build() != null && !builtInCluster(options)) {
                built.add(service);
            } else if (hasImage && "never".equals(service.pullPolicy())) {
                never.add(service);
            }
        }
        if (!built.isEmpty()) {
            List<String> runs = built.stream().map(service -> "'" + service.name() + "' runs image '"
                    + imageOfBuild(project, service, registry) + "'").toList();
            String hint = registry != null && built.size() == 1 ? "build the image, tag it "
                    + imageOfBuild(project, built.get(0), registry) + " and push it"
                    : registry != null ? "build the images, tag them with those names and push them"
                    : "build and tag the images, push them to a registry the cluster can pull from, and set 'image'"
                            + " to their full names (or pass --image-registry)";
            diagnostics.warn(ConverterCode.IMAGE_FROM_BUILD, built.get(0).locationOf("build"), (built.size() == 1
                    ? "service " + runs.get(0).replaceFirst("' runs", "' has no image; its container runs")
                    : built.size() + " services have no image: " + String.join(", ", runs))
                    + ", the name Compose gives the image it builds" + (registry != null ? ", in registry " + registry
                            : ""), hint);
        }
        if (!never.isEmpty()) {
            diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, never.get(0).locationOf("pull_policy"), "pull_policy "
                    + "'never' of " + (never.size() == 1 ? "service '" + never.get(0).name() + "'"
                            : never.size() + " services (" + String.join(", ", never.stream().map(Service::name).toList())
                                    + ")")
                    + " becomes imagePullPolicy Never: the image must already be on every node that may run it",
                    "load the image onto the nodes, or push it to a registry and remove pull_policy");
        }
    }
}
