package io.jkompose.converters.steps.storage;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.jkompose.converters.pipeline.ProjectContext;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.FileReference;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.Service;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretStepsTest {

    private final Path dir = Path.of("/work/p");

    @Test
    void aFileSecretBecomesAnOpaqueSecretWithTheFilesBytes() {
        Path file = dir.resolve("my_secret.txt");
        Service redis = service("redis", "redis").secrets(List.of(new FileReference("my_secret", null, null, null,
                null, at(5, 9)))).build();
        Project project = project("p", Map.of(), Map.of("my_secret", secret("my_secret", file),
                "unused", secret("unused", file)), redis);
        ProjectContext context = Contexts.project(project, Fixtures.options(),
                InMemoryFiles.none().file(file, "For the Watch!"));
        new SecretObjectsStep().apply(context);
        assertThat(context.projectObjects()).singleElement().isInstanceOfSatisfying(Secret.class, secret -> {
            assertThat(secret.getMetadata().getName()).isEqualTo("my-secret");
            assertThat(secret.getType()).isEqualTo("Opaque");
            assertThat(secret.getData()).containsExactly(
                    Map.entry("my-secret", Base64.getEncoder().encodeToString("For the Watch!".getBytes(StandardCharsets.UTF_8))));
        });
    }

    @Test
    void anUnreadableSecretFileIsAnErrorAtItsFileLine() {
        Service service = service("a", "x").secrets(List.of(new FileReference("key", null, null, null, null, null)))
                .build();
        Project project = project("p", Map.of(), Map.of("key", secret("key", dir.resolve("missing.txt"))), service);
        ProjectContext context = Contexts.project(project, Fixtures.options());
        new SecretObjectsStep().apply(context);
        assertThat(context.projectObjects()).isEmpty();
        Diagnostic error = context.diagnostics().all().get(0);
        assertThat(error.isError()).isTrue();
        assertThat(error.code()).isEqualTo("secret-unreadable");
        assertThat(error.location()).isEqualTo(at(71, 11));
        assertThat(error.message()).contains("missing.txt", "no such file");
    }

    @Test
    void aSecretFileThatMayNotBeReadIsAnErrorThatSaysWhy() {
        Service service = service("a", "x").secrets(List.of(new FileReference("key", null, null, null, null, null)))
                .build();
        Path file = dir.resolve("key.pem");
        Project project = project("p", Map.of(), Map.of("key", secret("key", file)), service);
        ProjectContext context = Contexts.project(project, Fixtures.options(),
                InMemoryFiles.none().unreadable(file, "permission denied"));
        new SecretObjectsStep().apply(context);
        assertThat(context.projectObjects()).isEmpty();
        assertThat(context.diagnostics().all()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("secret-unreadable");
            assertThat(error.message()).isEqualTo("cannot read file '/work/p/key.pem' of secret 'key': permission denied");
        });
    }

    @Test
    void contentFromTheEnvironmentIsUsedWhenThereIsNoFile() {
        Service service = service("a", "x").secrets(List.of(new FileReference("token", null, null, null, null, null)))
                .build();
        SecretDefinition fromEnvironment = new SecretDefinition("token", null, null, "s3cr3t", "TOKEN", false, at(70, 3), null);
        ProjectContext context = Contexts.project(project("p", Map.of(), Map.of("token", fromEnvironment), service),
                Fixtures.options());
        new SecretObjectsStep().apply(context);
        assertThat(((Secret) context.projectObjects().get(0)).getData().get("token"))
                .isEqualTo(Base64.getEncoder().encodeToString("s3cr3t".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void secretsAreMountedWhereComposePutsThem() {
        Service service = service("web", "nginx").secrets(List.of(
                new FileReference("my_secret", null, null, null, null, null),
                new FileReference("my_secret", "redis_secret", null, null, 0440, null),
                new FileReference("tls_key", "/etc/tls/server.key", null, null, null, null))).build();
        Project project = project("p", Map.of(), Map.of("my_secret", secret("my_secret", dir.resolve("a")),
                "tls_key", secret("tls_key", dir.resolve("b"))), service);
        ServiceContext context = Contexts.run(Contexts.of(project, service, Fixtures.options()),
                new SecretFilesStep());
        List<VolumeMount> mounts = context.container().build().getVolumeMounts();
        assertThat(mounts).extracting(VolumeMount::getMountPath)
                .containsExactly("/run/secrets/my_secret", "/run/secrets/redis_secret", "/etc/tls/server.key");
        assertThat(mounts).extracting(VolumeMount::getSubPath).containsExactly("my_secret", "redis_secret", "server.key");
        List<Volume> volumes = context.podSpec().build().getVolumes();
        assertThat(volumes).extracting(Volume::getName).containsExactly("my-secret", "my-secret-2", "tls-key");
        assertThat(volumes.get(1).getSecret().getSecretName()).isEqualTo("my-secret");
        assertThat(volumes.get(1).getSecret().getItems()).singleElement().satisfies(item -> {
            assertThat(item.getKey()).isEqualTo("my-secret");
            assertThat(item.getPath()).isEqualTo("redis_secret");
        });
        assertThat(volumes.get(1).getSecret().getDefaultMode()).isEqualTo(0440);
        assertThat(mounts).extracting(VolumeMount::getName).containsExactly("my-secret", "my-secret-2", "tls-key");
    }

    @Test
    void anExternalSecretIsMountedButNotCreated() {
        Service service = service("a", "x").secrets(List.of(new FileReference("api", null, null, null, null, at(6, 9))))
                .build();
        SecretDefinition external = new SecretDefinition("api", "prod-api", null, null, null, true, at(70, 3), null);
        Project project = project("p", Map.of(), Map.of("api", external), service);
        ProjectContext projectContext = Contexts.project(project, Fixtures.options());
        new SecretObjectsStep().apply(projectContext);
        ServiceContext context = Contexts.run(new ServiceContext(projectContext, projectContext.plan().service(service.name())), new SecretFilesStep());
        assertThat(projectContext.projectObjects()).isEmpty();
        assertThat(context.podSpec().build().getVolumes().get(0).getSecret().getSecretName()).isEqualTo("prod-api");
        assertThat(Contexts.codes(context)).containsExactly("external-secret");
        assertThat(Contexts.diagnostics(context).get(0).location()).isEqualTo(at(6, 9));
    }

    private static SecretDefinition secret(String key, Path file) {
        return new SecretDefinition(key, null, file, null, null, false, at(70, 3), at(71, 11));
    }
}
