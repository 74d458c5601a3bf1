package io.jkompose.converters.options;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Which platform the objects are for ({@code --provider}) and what the OpenShift one adds.
 *
 * @param provider         {@code --provider kubernetes|openshift}
 * @param deploymentConfig {@code --deployment-config} (default true): with OpenShift, a service that
 *                         would run as a Deployment runs as a DeploymentConfig with an ImageStream;
 *                         false keeps the Deployment
 * @param buildConfig      {@code --build build-config}: where the BuildConfigs of services with
 *                         {@code build} take their source from; null for no BuildConfigs
 */
public record ProviderOptions(Provider provider, boolean deploymentConfig, GitSource buildConfig) {

    public ProviderOptions {
        provider = provider == null ? Provider.KUBERNETES : provider;
    }

    /** kompose's default: Kubernetes. */
    public static ProviderOptions defaults() {
        return new ProviderOptions(Provider.KUBERNETES, true, null);
    }

    /** OpenShift with kompose's defaults (DeploymentConfigs, no BuildConfigs). */
    public static ProviderOptions openShift() {
        return new ProviderOptions(Provider.OPENSHIFT, true, null);
    }

    public boolean isOpenShift() {
        return provider == Provider.OPENSHIFT;
    }

    /** Whether Deployments become DeploymentConfigs (OpenShift with {@code --deployment-config}). */
    public boolean writesDeploymentConfigs() {
        return isOpenShift() && deploymentConfig;
    }

    /** Whether services with {@code build} get a BuildConfig (OpenShift with {@code --build build-config}). */
    public boolean writesBuildConfigs() {
        return isOpenShift() && buildConfig != null;
    }

    public ProviderOptions withDeploymentConfig(boolean value) {
        return new ProviderOptions(provider, value, buildConfig);
    }

    public ProviderOptions withBuildConfig(GitSource value) {
        return new ProviderOptions(provider, deploymentConfig, value);
    }

    /** The platforms of {@code --provider}. */
    public enum Provider {
        KUBERNETES("kubernetes"),
        OPENSHIFT("openshift");

        private final String written;

        Provider(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        /** {@code kubernetes} or {@code openshift}, in any case; null for anything else. */
        public static Provider parse(String text) {
            if (text == null) {
                return null;
            }
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "kubernetes" -> KUBERNETES;
                case "openshift" -> OPENSHIFT;
                default -> null;
            };
        }
    }

    /**
     * The Git repository a BuildConfig clones.
     *
     * @param url  the repository's URL ({@code --build-repo}, or the remote of the compose file's repository)
     * @param ref  the branch ({@code --build-branch}, or the checked-out one)
     * @param root the repository's top folder on this machine, against which build contexts become
     *             {@code contextDir}; null when unknown (then a context outside the compose file's
     *             folder cannot be placed)
     */
    public record GitSource(String url, String ref, Path root) {

        public GitSource {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(ref, "ref");
        }
    }
}
