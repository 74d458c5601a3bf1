package io.jkompose.converters.steps.container;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.environment;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.TMPFS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jkompose.converters.options.ContainerOptions;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Build;
import io.jkompose.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** shm_size, init, kompose's credential labels, --image-registry, env names, init container names. */
class PodDetailsStepsTest {

    @Test
    void shmSizeMountsAMemoryVolumeOfThatSizeAtDevShm() {
        ServiceContext context = Contexts.run(Contexts.of(service("db", "postgres").shmSize(256L * 1024 * 1024).build()),
                new ShmSizeStep());
        PodSpec pod = context.podSpec().build();
        assertThat(pod.getVolumes()).singleElement().satisfies(v -> {
            assertThat(v.getName()).isEqualTo("db-shm");
            assertThat(v.getEmptyDir().getMedium()).isEqualTo("Memory");
            assertThat(v.getEmptyDir().getSizeLimit()).isEqualTo(new Quantity("256Mi"));
        });
        assertThat(context.container().build().getVolumeMounts()).singleElement().satisfies(m -> {
            assertThat(m.getName()).isEqualTo("db-shm");
            assertThat(m.getMountPath()).isEqualTo("/dev/shm");
        });
    }

    @Test
    void aServiceThatMountsDevShmItselfKeepsItsMount() {
        ServiceContext context = Contexts.run(Contexts.of(service("db", "postgres").shmSize(1024L)
                .volumes(List.of(volume(TMPFS, null, "/dev/shm", false))).build()), new ShmSizeStep());
        assertThat(context.podSpec().build().getVolumes()).isEmpty();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value");
    }

    @Test
    void initSharesThePodsProcessNamespace() {
        assertThat(Contexts.run(Contexts.of(service("a", "x").init(true).build()), new InitProcessStep()).podSpec()
                .build().getShareProcessNamespace()).isTrue();
        assertThat(Contexts.run(Contexts.of(service("a", "x").init(false).build()), new InitProcessStep()).podSpec()
                .build().getShareProcessNamespace()).isNull();
    }

    @Test
    void serviceAccountAndPullSecretLabelsNameThePodsCredentials() {
        PodSpec pod = Contexts.run(Contexts.of(service("a", "x").labels(map("kompose.serviceaccount-name", "deployer",
                "kompose.image-pull-secret", "regcred")).build()), new PodCredentialsStep()).podSpec().build();
        assertThat(pod.getServiceAccountName()).isEqualTo("deployer");
        assertThat(pod.getImagePullSecrets()).singleElement().satisfies(s -> assertThat(s.getName()).isEqualTo("regcred"));
        ServiceContext invalid = Contexts.run(Contexts.of(service("a", "x")
                .labels(map("kompose.serviceaccount-name", "Deploy_Bot")).build()), new PodCredentialsStep());
        assertThat(invalid.podSpec().build().getServiceAccountName()).isNull();
        assertThat(Contexts.codes(invalid)).containsExactly("invalid-label");
    }

    @Test
    void imageRegistryPrefixesTheImageOfABuildOnlyService() {
        Service service = Service.builder("Api").location(at(2, 3)).keys(keys("build"))
                .build(new Build(".", null, null, null, null, at(3, 5))).build();
        ConvertOptions options = Fixtures.options()
                .withContainers(ContainerOptions.defaults().withImageRegistry("registry.example.com/team/"));
        ServiceContext context = Contexts.run(Contexts.of(project("Shop", service), service, options),
                new ContainerImageStep());
        assertThat(context.container().build().getImage()).isEqualTo("registry.example.com/team/shop-api");
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("image-from-build");
            assertThat(d.hint()).contains("registry.example.com/team/shop-api");
        });
        // a service with an image keeps it as written
        ServiceContext withImage = Contexts.run(Contexts.of(service("web", "nginx:1.27").build(), options),
                new ContainerImageStep());
        assertThat(withImage.container().build().getImage()).isEqualTo("nginx:1.27");
    }

    @Test
    void envNamesKubernetesRejectsAreLeftOut() {
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x")
                .environment(environment("1ST.value-ok", "a", "with space", "b", "naïve", "c", "TAB\tNAME", "d")).build()),
                new EnvironmentStep());
        assertThat(context.container().build().getEnv()).extracting(EnvVar::getName)
                .containsExactly("1ST.value-ok", "with space");
        assertThat(Contexts.codes(context)).containsExactly("invalid-env-name", "invalid-env-name");
    }

    @Test
    void anInitContainerNamedLikeTheContainerIsRenamed() {
        ServiceContext context = Contexts.run(Contexts.of(service("web", "nginx").labels(map(
                "kompose.init.containers.name", "web", "kompose.init.containers.image", "busybox")).build()),
                new ContainerNameStep(), new InitContainerLabelsStep());
        Container init = context.podSpec().build().getInitContainers().get(0);
        assertThat(init.getName()).isEqualTo("web-init");
        assertThat(Contexts.codes(context)).containsExactly("renamed");
    }
}
