package io.jkompose.converters.steps.openshift;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.model.Restart.Condition.NO;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.openshift.api.model.BuildConfig;
import io.fabric8.openshift.api.model.DeploymentConfig;
import io.fabric8.openshift.api.model.DeploymentTriggerPolicy;
import io.fabric8.openshift.api.model.ImageStream;
import io.fabric8.openshift.api.model.Route;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.ProviderOptions;
import io.jkompose.converters.options.ProviderOptions.GitSource;
import io.jkompose.converters.options.WorkloadOptions;
import io.jkompose.converters.testing.Fixtures;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Build;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Restart;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --provider openshift: DeploymentConfigs with image triggers, ImageStreams, Routes, BuildConfigs. */
class OpenShiftStepsTest {

    private static final ConvertOptions KUBERNETES = Fixtures.options().withKomposeAnnotation(false, "", "");
    private static final ConvertOptions OPENSHIFT = KUBERNETES.withPlatform(ProviderOptions.openShift());

    private static ConversionResult convert(Project project, ConvertOptions options) {
        return KubernetesConverter.convert(project, options, InMemoryFiles.none());
    }

    private static <T extends HasMetadata> T only(ConversionResult result, Class<T> type, String name) {
        return result.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(object -> object.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aServiceRunsAsADeploymentConfigWhoseImageChangeTriggerFollowsItsImageStream() {
        ConversionResult result = convert(project("p", service("web", "registry.example.com:5000/team/web:1.4").build()),
                OPENSHIFT);
        assertThat(result.objects()).extracting(HasMetadata::getKind).doesNotContain("Deployment")
                .contains("DeploymentConfig", "ImageStream");
        DeploymentConfig dc = only(result, DeploymentConfig.class, "web");
        assertThat(dc.getApiVersion()).isEqualTo("apps.openshift.io/v1");
        assertThat(dc.getSpec().getSelector()).containsExactlyEntriesOf(java.util.Map.of("io.kompose.service", "web"));
        assertThat(dc.getSpec().getTemplate().getSpec().getContainers()).singleElement()
                .satisfies(container -> assertThat(container.getImage()).isEqualTo(" "));
        assertThat(dc.getSpec().getTriggers()).extracting(DeploymentTriggerPolicy::getType)
                .containsExactly("ConfigChange", "ImageChange");
        DeploymentTriggerPolicy imageChange = dc.getSpec().getTriggers().get(1);
        assertThat(imageChange.getImageChangeParams().getContainerNames()).containsExactly("web");
        assertThat(imageChange.getImageChangeParams().getFrom().getName()).isEqualTo("web:1.4");
        ImageStream stream = only(result, ImageStream.class, "web");
        assertThat(stream.getApiVersion()).isEqualTo("image.openshift.io/v1");
        assertThat(stream.getSpec().getTags()).singleElement().satisfies(tag -> {
            assertThat(tag.getName()).isEqualTo("1.4");
            assertThat(tag.getFrom().getKind()).isEqualTo("DockerImage");
            assertThat(tag.getFrom().getName()).isEqualTo("registry.example.com:5000/team/web:1.4");
        });
    }

    @Test
    void deploymentConfigIsDeprecatedWhichIsSaidOnceAndDeploymentConfigFalseWritesDeployments() {
        Project project = project("p", service("a", "nginx").build(), service("b", "redis").build());
        List<Diagnostic> diagnostics = convert(project, OPENSHIFT).diagnostics();
        assertThat(diagnostics).filteredOn(d -> d.code().equals("deployment-config-deprecated")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("deprecated since OpenShift 4.14"));

        ConversionResult deployments = convert(project, KUBERNETES.withPlatform(ProviderOptions.openShift()
                .withDeploymentConfig(false)));
        assertThat(deployments.objects()).extracting(HasMetadata::getKind)
                .contains("Deployment").doesNotContain("DeploymentConfig", "ImageStream");
        assertThat(deployments.diagnostics()).noneMatch(d -> d.code().equals("deployment-config-deprecated"));
    }

    @Test
    void onlyWhatWouldBeADeploymentBecomesADeploymentConfig() {
        Project project = project("p", service("once", "busybox").restart(Restart.of(NO)).build());
        assertThat(convert(project, OPENSHIFT).objects()).extracting(HasMetadata::getKind).contains("Pod")
                .doesNotContain("DeploymentConfig", "ImageStream");
        ConvertOptions statefulSets = OPENSHIFT.withWorkloads(WorkloadOptions.defaults()
                .withController(WorkloadOptions.Controller.STATEFUL_SET));
        assertThat(convert(project("p", service("db", "postgres").build()), statefulSets).objects())
                .extracting(HasMetadata::getKind).contains("StatefulSet").doesNotContain("DeploymentConfig");
    }

    @Test
    void exposeBecomesOneRoutePerHostAndPathToTheContainerPortInsteadOfAnIngress() {
        Project project = project("p", service("web", "nginx").ports(List.of(port(8080, 80)))
                .labels(map("kompose.service.expose", "a.example.com/dev,b.example.com",
                        "kompose.service.expose.tls-secret", "certs"))
                .build());
        ConversionResult result = convert(project, OPENSHIFT);
        assertThat(result.objects()).extracting(HasMetadata::getKind).doesNotContain("Ingress");
        Route first = only(result, Route.class, "web");
        Route second = only(result, Route.class, "web-2");
        assertThat(first.getApiVersion()).isEqualTo("route.openshift.io/v1");
        assertThat(first.getSpec().getHost()).isEqualTo("a.example.com");
        assertThat(first.getSpec().getPath()).isEqualTo("/dev");
        assertThat(first.getSpec().getPort().getTargetPort().getIntVal()).isEqualTo(80);
        assertThat(first.getSpec().getTo().getName()).isEqualTo("web");
        assertThat(first.getSpec().getTls().getTermination()).isEqualTo("edge");
        assertThat(first.getSpec().getTls().getExternalCertificate().getName()).isEqualTo("certs");
        assertThat(second.getSpec().getHost()).isEqualTo("b.example.com");
        assertThat(second.getSpec().getPath()).isNull();

        assertThat(convert(project, KUBERNETES).objects()).extracting(HasMetadata::getKind).contains("Ingress")
                .doesNotContain("Route");
    }

    @Test
    void aBuildConfigBuildsFromTheRepositoryFolderOfTheContextAndPushesToTheTriggeredTag() {
        Path root = Path.of("/src/shop").toAbsolutePath();
        Project project = project("p", service("api", "shop/api:2.0")
                .build(new Build(root.resolve("services/api").toString(), "Dockerfile.prod", map("VERSION", "2"),
                        null, null, at(3, 5)))
                .build());
        ConversionResult result = convert(project, KUBERNETES.withPlatform(ProviderOptions.openShift()
                .withBuildConfig(new GitSource("https://example.com/shop.git", "main", root))));
        BuildConfig build = only(result, BuildConfig.class, "api");
        assertThat(build.getApiVersion()).isEqualTo("build.openshift.io/v1");
        assertThat(build.getSpec().getSource().getGit().getUri()).isEqualTo("https://example.com/shop.git");
        assertThat(build.getSpec().getSource().getGit().getRef()).isEqualTo("main");
        assertThat(build.getSpec().getSource().getContextDir()).isEqualTo("services/api");
        assertThat(build.getSpec().getStrategy().getDockerStrategy().getDockerfilePath()).isEqualTo("Dockerfile.prod");
        assertThat(build.getSpec().getStrategy().getDockerStrategy().getBuildArgs()).singleElement()
                .satisfies(arg -> assertThat(arg.getName() + "=" + arg.getValue()).isEqualTo("VERSION=2"));
        assertThat(build.getSpec().getOutput().getTo().getName()).isEqualTo("api:2.0");
        // the build pushes the tag: the stream imports nothing
        assertThat(only(result, ImageStream.class, "api").getSpec().getTags()).isNullOrEmpty();
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("image-from-build"));
    }

    @Test
    void aBuildContextOutsideTheRepositoryIsAnErrorAndAGitUrlContextIsClonedAsWritten() {
        Path root = Path.of("/src/shop").toAbsolutePath();
        ConvertOptions options = KUBERNETES.withPlatform(ProviderOptions.openShift()
                .withBuildConfig(new GitSource("https://example.com/shop.git", "main", root)));
        ConversionResult outside = convert(project("p", service("api", "api").build(new Build(
                root.resolveSibling("elsewhere").toString(), null, null, null, null, at(3, 5))).build()), options);
        assertThat(outside.objects()).extracting(HasMetadata::getKind).doesNotContain("BuildConfig");
        assertThat(outside.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("outside the Git repository"));

        ConversionResult url = convert(project("p", service("tools", "tools").build(new Build(
                "https://github.com/example/tools.git#v2:cmd/worker", null, null, null, null, at(3, 5))).build()),
                options);
        BuildConfig build = only(url, BuildConfig.class, "tools");
        assertThat(build.getSpec().getSource().getGit().getUri()).isEqualTo("https://github.com/example/tools.git");
        assertThat(build.getSpec().getSource().getGit().getRef()).isEqualTo("v2");
        assertThat(build.getSpec().getSource().getContextDir()).isEqualTo("cmd/worker");
    }

    @Test
    void imageTagsAreTheLastPartsTagAndNeverADigest() {
        assertThat(ImageTags.tagOf("redis:3.0")).isEqualTo("3.0");
        assertThat(ImageTags.tagOf("redis")).isEqualTo("latest");
        assertThat(ImageTags.tagOf("localhost:5000/team/app")).isEqualTo("latest");
        assertThat(ImageTags.tagOf("localhost:5000/team/app:v1")).isEqualTo("v1");
        assertThat(ImageTags.tagOf("app@sha256:abc")).isEqualTo("latest");
        assertThat(ImageTags.tagOf("app:1.2@sha256:abc")).isEqualTo("1.2");
    }
}
