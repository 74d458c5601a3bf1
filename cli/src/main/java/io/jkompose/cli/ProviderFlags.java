package io.jkompose.cli;

import io.jkompose.converters.options.ProviderOptions;
import io.jkompose.converters.options.ProviderOptions.GitSource;
import io.jkompose.converters.options.ProviderOptions.Provider;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code convert}'s flags for the platform: kompose's {@code --provider kubernetes|openshift} and
 * its OpenShift flags ({@code --deployment-config}, {@code --build build-config},
 * {@code --build-repo}, {@code --build-branch}).
 */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class ProviderFlags {

    /** The options of this group, for the "Provider" section of the help. */
    static final String[] OPTIONS = {"--provider", "--deployment-config", "--build", "--build-repo", "--build-branch"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Provider provider = Provider.KUBERNETES;
    private Boolean deploymentConfig;
    private String build;
    private String buildRepo;
    private String buildBranch;

    @Option(names = "--provider", paramLabel = "kubernetes|openshift",
            description = "The platform of the objects (default kubernetes). openshift writes a DeploymentConfig "
                    + "and an ImageStream per service (DeploymentConfig is deprecated since OpenShift 4.14: "
                    + "see --deployment-config) and Routes instead of Ingresses.")
    void provider(String value) {
        provider = Provider.parse(value);
        if (provider == null) {
            throw new ParameterException(spec.commandLine(), "--provider must be kubernetes or openshift, not '"
                    + value + "'");
        }
    }

    @Option(names = "--deployment-config", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "With --provider openshift: run services as DeploymentConfigs with ImageStreams "
                    + "(default true); false writes Deployments.")
    void deploymentConfig(boolean value) {
        deploymentConfig = value;
    }

    @Option(names = "--build", paramLabel = "none|build-config",
            description = "build-config (with --provider openshift): a BuildConfig per service with 'build', "
                    + "built in the cluster from the compose file's Git repository and branch. Default none.")
    void build(String value) {
        if (!value.equals("none") && !value.equals("build-config")) {
            throw new ParameterException(spec.commandLine(), "--build must be none or build-config, not '" + value
                    + "'" + (value.equals("local") ? " (jkompose does not run docker: build and push the images "
                            + "first, or build them in the cluster with build-config)" : ""));
        }
        build = value;
    }

    @Option(names = "--build-repo", paramLabel = "URL",
            description = "With --build build-config: the Git repository to build from (default: the remote of "
                    + "the compose file's repository).")
    void buildRepo(String value) {
        buildRepo = value;
    }

    @Option(names = "--build-branch", paramLabel = "BRANCH",
            description = "With --build build-config: the branch to build (default: the checked-out one).")
    void buildBranch(String value) {
        buildBranch = value;
    }

    /**
     * The platform options; with {@code --build build-config}, the Git source found from the compose
     * file's folder (read from its {@code .git}) where the flags do not give it.
     */
    ProviderOptions toOptions(Path composeFolder) {
        boolean openShift = provider == Provider.OPENSHIFT;
        boolean buildConfig = "build-config".equals(build);
        if (!openShift) {
            String flag = deploymentConfig != null ? "--deployment-config" : buildConfig ? "--build build-config"
                    : buildRepo != null ? "--build-repo" : buildBranch != null ? "--build-branch" : null;
            if (flag != null) {
                throw new ParameterException(spec.commandLine(), flag + " is an OpenShift flag: add --provider openshift");
            }
            return ProviderOptions.defaults();
        }
        if (!buildConfig && (buildRepo != null || buildBranch != null)) {
            throw new ParameterException(spec.commandLine(), (buildRepo != null ? "--build-repo" : "--build-branch")
                    + " is for --build build-config");
        }
        ProviderOptions options = new ProviderOptions(Provider.OPENSHIFT, deploymentConfig == null || deploymentConfig,
                null);
        return buildConfig ? options.withBuildConfig(gitSource(composeFolder)) : options;
    }

    private GitSource gitSource(Path composeFolder) {
        GitRepository repository;
        try {
            repository = GitRepository.find(composeFolder);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--build build-config: cannot read the Git repository of "
                    + composeFolder + ": " + e.getMessage(), e);
        }
        String url = buildRepo;
        String branch = buildBranch;
        if (url == null) {
            if (repository == null || repository.remoteUrl() == null) {
                throw new ParameterException(spec.commandLine(), "--build build-config: " + (repository == null
                        ? composeFolder + " is in no Git repository"
                        : "the Git repository " + repository.root() + " has no remote '" + repository.remote() + "'")
                        + "; pass --build-repo URL");
            }
            url = repository.remoteUrl().endsWith(".git") ? repository.remoteUrl() : repository.remoteUrl() + ".git";
        }
        if (branch == null) {
            if (repository == null || repository.branch() == null) {
                throw new ParameterException(spec.commandLine(), "--build build-config: " + (repository == null
                        ? composeFolder + " is in no Git repository" : "no branch is checked out in "
                                + repository.root() + " (detached HEAD)") + "; pass --build-branch BRANCH");
            }
            branch = repository.branch();
        }
        return new GitSource(url, branch, repository == null ? composeFolder : repository.root());
    }
}
