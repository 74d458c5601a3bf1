package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.envFile;
import static io.jkompose.converters.testing.Fixtures.environment;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.EnvFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EnvironmentStepsTest {

    @Test
    void environmentIsSortedByNameAndUnsetVariablesAreLeftOut() {
        Container container = Contexts.run(Contexts.of(service("a", "x")
                .environment(environment("ZED", "1", "ALPHA", "2", "UNSET", null, "EMPTY", "")).build()),
                new EnvironmentStep()).container().build();
        assertThat(container.getEnv()).extracting(EnvVar::getName).containsExactly("ALPHA", "EMPTY", "ZED");
        // the empty value is written as the name alone (as kompose does), which Kubernetes reads as ""
        assertThat(container.getEnv()).extracting(EnvVar::getValue).containsExactly("2", null, "1");
    }

    @Test
    void aVariableItsEnvFileSetsAlikeIsLeftOutButOneItOverridesStays() {
        EnvFile file = envFile("app.env", "SAME", "v", "OTHER", "from-file");
        Container container = Contexts.run(Contexts.of(service("a", "x").envFiles(List.of(file))
                .environment(environment("SAME", "v", "OTHER", "from-environment")).build()),
                new EnvironmentStep()).container().build();
        // Compose: environment wins over env_file; Kubernetes: env wins over envFrom.
        assertThat(container.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OTHER", "from-environment"));
    }

    @Test
    void envFileConfigMapsAreNamedAsKomposeNamesThem() {
        assertThat(EnvFileConfigMapStep.configMapName(envFile("hadoop-hive-namenode.env"), "namenode"))
                .isEqualTo("hadoop-hive-namenode-env");
        assertThat(EnvFileConfigMapStep.configMapName(envFile(".env"), "minio")).isEqualTo("env");
        assertThat(EnvFileConfigMapStep.configMapName(envFile("./config/app.env"), "web")).isEqualTo("config-app-env");
        assertThat(EnvFileConfigMapStep.configMapName(envFile("_Local.ENV"), "web")).isEqualTo("web-local-env");
        assertThat(EnvFileConfigMapStep.configMapName(envFile("./"), "web")).isEqualTo("web-env");
    }

    @Test
    void eachEnvFileBecomesAConfigMapUsedThroughEnvFrom() {
        ServiceContext context = Contexts.run(Contexts.of(service("redis", "bitnami/redis").envFiles(List.of(
                envFile("foo.env", "ALLOW_EMPTY_PASSWORD", "yes"), envFile("bar.env", "FOO", "BAR", "BAR", "FOO")))
                .build()), new EnvFileConfigMapStep());
        assertThat(context.container().build().getEnvFrom())
                .extracting(e -> e.getConfigMapRef().getName()).containsExactly("foo-env", "bar-env");
        assertThat(context.objects()).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(ConfigMap.class));
        ConfigMap bar = (ConfigMap) context.objects().get(1);
        assertThat(bar.getMetadata().getName()).isEqualTo("bar-env");
        assertThat(bar.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "redis-bar-env"));
        assertThat(bar.getData()).containsExactly(Map.entry("BAR", "FOO"), Map.entry("FOO", "BAR"));
    }

    @Test
    void invalidConfigMapKeysAreLeftOutWithAWarningAndMissingOptionalFilesAreSkipped() {
        EnvFile optionalMissing = new EnvFile(Path.of("/p/opt.env"), "opt.env", false, null, new TreeMap<>(), null);
        ServiceContext context = Contexts.run(Contexts.of(service("a", "x").envFiles(List.of(
                envFile("app.env", "GOOD", "1", "BAD KEY", "2"), optionalMissing)).build()),
                new EnvFileConfigMapStep());
        assertThat(((ConfigMap) context.objects().get(0)).getData()).containsOnlyKeys("GOOD");
        assertThat(context.objects()).hasSize(1);
        assertThat(Contexts.codes(context)).containsExactly("env-file-key-invalid");
    }
}
