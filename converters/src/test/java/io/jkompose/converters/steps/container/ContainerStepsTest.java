package io.jkompose.converters.steps.container;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Build;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Service;
import io.jkompose.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps that fill the container from the service: name, image, pull policy, command, work dir, tty. */
class ContainerStepsTest {

    @Test
    void containerIsNamedAfterTheServiceOrItsContainerName() {
        Container plain = Contexts.run(Contexts.of(service("front_end", "nginx").build()), new ContainerNameStep())
                .container().build();
        Container named = Contexts.run(Contexts.of(service("web", "nginx").containerName("My_Container").build()),
                new ContainerNameStep()).container().build();
        assertThat(plain.getName()).isEqualTo("front-end");
        assertThat(named.getName()).isEqualTo("my-container");
    }

    @Test
    void imageIsTakenAsWritten() {
        Service service = service("web", "registry.example.com/team/web:1.2").build();
        assertThat(Contexts.run(Contexts.of(service), new ContainerImageStep()).container().build().getImage())
                .isEqualTo("registry.example.com/team/web:1.2");
    }

    @Test
    void aServiceWithOnlyBuildRunsTheImageComposeWouldBuildAndIsWarned() {
        Service service = Service.builder("Api").location(at(2, 3)).keys(keys("build"))
                .build(new Build(".", null, null, null, null, at(3, 5))).build();
        ServiceContext context = Contexts.of(project("Shop", service), service, Fixtures.options());
        Contexts.run(context, new ContainerImageStep());
        assertThat(context.container().build().getImage()).isEqualTo("shop-api");
        Diagnostic warning = Contexts.diagnostics(context).get(0);
        assertThat(warning.code()).isEqualTo("image-from-build");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.location()).isEqualTo(at(3, 5));
        assertThat(warning.hint()).contains("push", "registry");
    }

    @Test
    void aServiceWithNeitherImageNorBuildIsAnError() {
        ServiceContext context = Contexts.run(Contexts.of(Service.builder("x").location(at(2, 3)).build()),
                new ContainerImageStep());
        assertThat(Contexts.diagnostics(context)).singleElement()
                .satisfies(d -> assertThat(d.isError()).isTrue())
                .satisfies(d -> assertThat(d.code()).isEqualTo("no-image"));
    }

    @Test
    void pullPolicyComesFromKomposeLabelFirstThenFromPullPolicy() {
        Container labelled = Contexts.run(Contexts.of(service("a", "x").pullPolicy("always")
                .labels(map("kompose.image-pull-policy", "IfNotPresent")).build()), new ImagePullPolicyStep())
                .container().build();
        Container missing = Contexts.run(Contexts.of(service("a", "x").pullPolicy("missing").build()),
                new ImagePullPolicyStep()).container().build();
        Container never = Contexts.run(Contexts.of(service("a", "x").pullPolicy("never").build()),
                new ImagePullPolicyStep()).container().build();
        Container unset = Contexts.run(Contexts.of(service("a", "x").build()), new ImagePullPolicyStep())
                .container().build();
        assertThat(labelled.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(missing.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(never.getImagePullPolicy()).isEqualTo("Never");
        assertThat(unset.getImagePullPolicy()).isNull();
    }

    @Test
    void entrypointBecomesCommandAndCommandBecomesArgs() {
        Container container = Contexts.run(Contexts.of(service("foo", "foo:latest")
                .entrypoint(List.of("/docker-entrypoint.sh")).command(List.of("sh", "-c", "echo Hello Foo")).build()),
                new ContainerCommandStep()).container().build();
        assertThat(container.getCommand()).containsExactly("/docker-entrypoint.sh");
        assertThat(container.getArgs()).containsExactly("sh", "-c", "echo Hello Foo");
    }

    @Test
    void dollarSignsStayLiteralUnderKubernetesExpansion() {
        // Kubernetes folds $$ into $ and expands $(VAR); Docker passes both through untouched.
        Container container = Contexts.run(Contexts.of(service("a", "x")
                .command(List.of("sh", "-c", "echo $(date) $$ $HOME")).build()), new ContainerCommandStep())
                .container().build();
        assertThat(container.getArgs()).containsExactly("sh", "-c", "echo $$(date) $$$ $HOME");
        assertThat(KubernetesExpansion.escape("${IMAGE_TAG:-latest}")).isEqualTo("${IMAGE_TAG:-latest}");
    }

    @Test
    void workingDirStdinAndTtyAreCarried() {
        Container container = Contexts.run(Contexts.of(service("a", "x").workingDir("/app").stdinOpen(true)
                .tty(true).build()), new WorkingDirStep(), new InteractiveStep()).container().build();
        assertThat(container.getWorkingDir()).isEqualTo("/app");
        assertThat(container.getStdin()).isTrue();
        assertThat(container.getTty()).isTrue();
    }
}
