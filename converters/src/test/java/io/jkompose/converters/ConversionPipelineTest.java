package io.jkompose.converters;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.envFile;
import static io.jkompose.converters.testing.Fixtures.environment;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.ServiceVolume.Type.BIND;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.converters.testing.Yaml;
import io.jkompose.model.Build;
import io.jkompose.model.EnvFile;
import io.jkompose.model.FileReference;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Volume;
import io.jkompose.converters.testing.InMemoryFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole pipeline on a project that uses most of what this converter handles. */
class ConversionPipelineTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    private static final Path SECRET_FILE = Path.of("/work/secrets/db_password.txt");
    private static final Path KEY_FILE = Path.of("/work/secrets/key");
    /** The secret files the projects use. */
    private static final InMemoryFiles FILES = InMemoryFiles.none().file(SECRET_FILE, "hunter2").file(KEY_FILE, "k");

    private Project shop() {
        Path secretFile = SECRET_FILE;
        EnvFile common = envFile("common.env", "LOG_LEVEL", "info");
        return project("shop",
                Map.of("db_data", new Volume("db_data", null, null, null, false, null, at(40, 3))),
                Map.of("db_password", new SecretDefinition("db_password", null, secretFile, null, null, false, at(44, 3), null)),
                service("front_end", "shop/web:1").keys(keys("image", "ports", "env_file", "external_links", "labels"))
                        .ports(List.of(port(80, 8080))).envFiles(List.of(common))
                        .labels(map("com.example.team", "web")).build(),
                service("db", "postgres:16").keys(keys("image", "volumes", "secrets", "environment", "healthcheck"))
                        .volumes(List.of(volume(VOLUME, "db_data", "/var/lib/postgresql/data", false)))
                        .secrets(List.of(new FileReference("db_password", null, null, null, null, at(20, 9))))
                        .environment(environment("POSTGRES_PASSWORD_FILE", "/run/secrets/db_password"))
                        .healthcheck(new Healthcheck(List.of("CMD", "pg_isready"), Duration.ofSeconds(5), null, null,
                                null, 3, false, at(22, 5)))
                        .build(),
                service("worker", null).keys(keys("build", "env_file", "tmpfs"))
                        .build(new Build(".", null, null, null, null, at(30, 5))).envFiles(List.of(common))
                        .tmpfs(List.of("/tmp")).build());
    }

    @Test
    void objectsComeInKomposesOrder() throws Exception {
        ConversionResult result = KubernetesConverter.convert(shop(), OPTIONS.withNamespace("shop"), FILES);
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
                "Service/front-end",
                "Secret/db-password",
                "Namespace/shop",
                "Deployment/db",
                "PersistentVolumeClaim/db-data",
                "Deployment/front-end",
                "ConfigMap/common-env",
                "Deployment/worker");
    }

    @Test
    void theOutputIsValidForAnApiServer() throws Exception {
        ConversionResult result = KubernetesConverter.convert(shop(), OPTIONS.withNamespace("shop"), FILES);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        SharedTools.assertValid(SharedTools.write("shop", result.objects()));
    }

    @Test
    void twoRunsGiveEqualObjectsAndEqualYaml() throws Exception {
        Project project = shop();
        ConversionResult first = KubernetesConverter.convert(project, OPTIONS, FILES);
        ConversionResult second = KubernetesConverter.convert(project, OPTIONS, FILES);
        assertThat(second.objects()).isEqualTo(first.objects());
        assertThat(Yaml.of(second.objects())).isEqualTo(Yaml.of(first.objects()));
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    }

    @Test
    void anEnvFileSharedByTwoServicesMakesOneConfigMapLabelledForTheFirst() throws Exception {
        ConversionResult result = KubernetesConverter.convert(shop(), OPTIONS, FILES);
        List<HasMetadata> configMaps = result.objects().stream().filter(ConfigMap.class::isInstance).toList();
        assertThat(configMaps).singleElement().satisfies(c -> assertThat(c.getMetadata().getLabels())
                .containsEntry("io.kompose.service", "front-end-common-env"));
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("duplicate-object"));
    }

    @Test
    void twoDifferentObjectsOfOneNameKeepTheFirstAndAreReported() {
        Project project = project("p",
                service("a", "x").envFiles(List.of(envFile("app.env", "A", "1"))).build(),
                service("b", "x").envFiles(List.of(envFile("app_env", "B", "2"))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, FILES);
        assertThat(result.objects()).filteredOn(ConfigMap.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((ConfigMap) c).getData()).containsOnlyKeys("A"));
        assertThat(result.diagnostics()).extracting(d -> d.code()).contains("duplicate-object");
    }

    @Test
    void diagnosticsOfTheWholeProjectAreCollected() throws Exception {
        ConversionResult result = KubernetesConverter.convert(shop(), OPTIONS, FILES);
        assertThat(result.diagnostics()).extracting(d -> d.code() + "@" + d.location()).containsExactly(
                "name-changed@compose.yaml:2:3",            // front_end → front-end
                "image-from-build@compose.yaml:3:5",        // worker, at its build key
                "unconverted-key@compose.yaml:6:5");        // external_links of front_end
    }

    @Test
    void awkwardComposeNamesGiveObjectsAnApiServerAccepts() throws Exception {
        Path secretFile = KEY_FILE;
        Project project = project("Odd",
                Map.of("Data_Vol.1", new Volume("Data_Vol.1", null, null, null, false, null, at(40, 3))),
                Map.of("API.Key_1", new SecretDefinition("API.Key_1", null, secretFile, null, null, false, at(44, 3), null)),
                service("My_App.v2", "x").containerName("My App")
                        .ports(List.of(port(null, 53, "udp"), port(null, 53, "tcp"), port("53", 5353, "sctp")))
                        .envFiles(List.of(envFile("../Config Files/.env.Local", "A_B", "1", "c.d", "2")))
                        .volumes(List.of(volume(VOLUME, "Data_Vol.1", "/data", false),
                                volume(BIND, "/srv/x", "/x", false)))
                        .secrets(List.of(new FileReference("API.Key_1", "api key", null, null, null, null)))
                        .tmpfs(List.of("/tmp")).build(),
                service("9lives", "y").expose(List.of(new io.jkompose.model.ExposedPort(80, "tcp", at(3, 3))))
                        .build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS.withNamespace("odd"), FILES);
        SharedTools.assertValid(SharedTools.write("awkward-names", result.objects()));
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).contains(
                "Service/my-app-v2", "Service/svc-9lives", "Secret/api.key-1", "Deployment/my-app-v2",
                "ConfigMap/config-files--env-local", "PersistentVolumeClaim/data-vol-1",
                "PersistentVolumeClaim/my-app-v2-claim1");
    }

    @Test
    void servicesSharingANetworkShareOnePodAlongAChain() {
        Project project = project("p",
                service("a", "a").networkMode("service:b").build(),
                service("b", "b").networkMode("service:c").build(),
                service("c", "c").build(),
                service("d", "d").networkMode("service:e").build(),
                service("e", "e").networkMode("service:d").build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, FILES);
        assertThat(result.objects()).extracting(o -> o.getMetadata().getName()).containsExactly("c", "d", "e");
        io.fabric8.kubernetes.api.model.apps.Deployment c =
                (io.fabric8.kubernetes.api.model.apps.Deployment) result.objects().get(0);
        assertThat(c.getSpec().getTemplate().getSpec().getContainers()).extracting(x -> x.getName())
                .containsExactly("c", "a", "b");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("unconverted-value",
                "unconverted-value"); // the d ↔ e cycle
    }

    @Test
    void everyStepIsInTheStandardPipelineOnce() {
        List<ServiceConversionStep> steps = ConversionPipeline.standard().serviceSteps();
        assertThat(steps).extracting(s -> s.getClass().getSimpleName()).doesNotHaveDuplicates()
                .startsWith("ContainerNameStep").contains("DeploymentStep", "StatefulSetStep")
                .endsWith("UnconvertedKeysStep");
    }

    /** The shop's three services many times over, each copy with its own names and source lines. */
    private Project manyShops(int copies) {
        EnvFile common = envFile("common.env", "LOG_LEVEL", "info");
        List<io.jkompose.model.Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < copies; i++) {
            int line = 10 + i % 7;  // shared lines: diagnostics at one place keep the order they were found in
            services.add(service("front_end_" + i, "shop/web:" + i).location(at(line, 3))
                    .keys(keys("image", "ports", "env_file", "external_links", "labels", "cpu_rt_runtime"))
                    .ports(List.of(port(8000 + i, 8080))).envFiles(List.of(common))
                    .labels(map("com.example.team", "web" + i)).build());
            services.add(service("db_" + i, "postgres:16").location(at(line, 3))
                    .keys(keys("image", "volumes", "environment", "healthcheck", "userns_mode"))
                    .volumes(List.of(volume(VOLUME, "db_data", "/var/lib/postgresql/data", false)))
                    .environment(environment("POSTGRES_DB", "shop" + i))
                    .healthcheck(new Healthcheck(List.of("CMD", "pg_isready"), Duration.ofSeconds(5), null, null,
                            null, 3, false, at(line, 5)))
                    .build());
            services.add(service("worker_" + i, null).location(at(line, 3)).keys(keys("build", "env_file", "tmpfs"))
                    .build(new Build(".", null, null, null, null, at(line, 5))).envFiles(List.of(common))
                    .tmpfs(List.of("/tmp")).build());
        }
        return project("shops", Map.of("db_data", new Volume("db_data", null, null, null, false, null, at(40, 3))),
                Map.of(), services.toArray(io.jkompose.model.Service[]::new));
    }

    @Test
    void servicesConvertedOnSeveralThreadsGiveWhatOneThreadGives() {
        Project project = manyShops(150);
        ConversionPipeline pipeline = ConversionPipeline.standard();

        ConversionResult oneThread = pipeline.parallelFrom(Integer.MAX_VALUE).run(project, OPTIONS, FILES);
        ConversionResult severalThreads = pipeline.parallelFrom(1).run(project, OPTIONS, FILES);

        assertThat(oneThread.diagnostics()).as("the project makes each service report something")
                .hasSizeGreaterThan(450);
        assertThat(severalThreads.objects()).isEqualTo(oneThread.objects());
        assertThat(Yaml.of(severalThreads.objects())).isEqualTo(Yaml.of(oneThread.objects()));
        assertThat(severalThreads.diagnostics()).isEqualTo(oneThread.diagnostics());
    }
}
