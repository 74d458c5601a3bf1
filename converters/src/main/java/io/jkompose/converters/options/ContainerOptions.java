package io.jkompose.converters.options;

/**
 * Details of the containers themselves.
 *
 * @param readinessFromHealthcheck whether a Compose {@code healthcheck} also gives the container a
 *                                 readiness probe (jkompose's default; kompose makes only a liveness probe).
 *                                 {@code --no-readiness-from-healthcheck} turns it off.
 * @param imageRegistry            {@code --image-registry}: the registry (and path) that the image of a
 *                                 service with only {@code build} is pushed to; its container runs
 *                                 {@code <registry>/<project>-<service>}. Null for none.
 */
public record ContainerOptions(boolean readinessFromHealthcheck, String imageRegistry) {

    public ContainerOptions {
        imageRegistry = normalizeRegistry(imageRegistry);
    }

    public static ContainerOptions defaults() {
        return new ContainerOptions(true, null);
    }

    public ContainerOptions withReadinessFromHealthcheck(boolean value) {
        return new ContainerOptions(value, imageRegistry);
    }

    public ContainerOptions withImageRegistry(String value) {
        return new ContainerOptions(readinessFromHealthcheck, value);
    }

    /** Blank is none; a trailing '/' is dropped so that {@code reg.io/team/} and {@code reg.io/team} agree. */
    private static String normalizeRegistry(String registry) {
        if (registry == null) {
            return null;
        }
        String trimmed = registry.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
