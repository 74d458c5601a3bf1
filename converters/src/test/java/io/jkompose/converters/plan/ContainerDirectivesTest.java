package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kompose's single-value container and pod labels, read and checked once by the plan. */
class ContainerDirectivesTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private ContainerDirectives labels(String... keyValues) {
        return ContainerDirectives.read(service("web", "nginx").labels(map(keyValues)).build(), diagnostics);
    }

    private List<Diagnostic> problems() {
        return diagnostics.toList();
    }

    @Test
    void noLabelsNoDirectives() {
        ContainerDirectives labels = labels();
        assertThat(labels.imagePullPolicy()).isNull();
        assertThat(labels.serviceAccount()).isNull();
        assertThat(labels.imagePullSecret()).isNull();
        assertThat(labels.fsGroup()).isNull();
        assertThat(labels.initContainer()).isNull();
        assertThat(problems()).isEmpty();
    }

    @Test
    void validValuesAreTyped() {
        ContainerDirectives labels = labels("kompose.image-pull-policy", "Never", "kompose.serviceaccount-name",
                " robot ", "kompose.image-pull-secret", "registry.cred", "kompose.security-context.fsgroup", "1000");
        assertThat(labels.imagePullPolicy().value()).isEqualTo("Never");
        assertThat(labels.serviceAccount().value()).isEqualTo("robot");
        assertThat(labels.imagePullSecret().value()).isEqualTo("registry.cred");
        assertThat(labels.fsGroup().value()).isEqualTo(1000L);
        assertThat(problems()).isEmpty();
    }

    @Test
    void invalidValuesAreKeptWithoutAValueAndReported() {
        ContainerDirectives labels = labels("kompose.image-pull-policy", "always", "kompose.serviceaccount-name",
                "Robot", "kompose.security-context.fsgroup", "staff");
        assertThat(labels.imagePullPolicy()).isNotNull();
        assertThat(labels.imagePullPolicy().valid()).isFalse();
        assertThat(labels.serviceAccount().valid()).isFalse();
        assertThat(labels.fsGroup().valid()).isFalse();
        assertThat(problems()).extracting(Diagnostic::code)
                .containsExactly("unconverted-value", "invalid-label", "invalid-label");
    }

    @Test
    void initContainerLabelsNeedAnImage() {
        assertThat(labels("kompose.init.containers.name", "setup").initContainer()).isNull();
        assertThat(problems()).extracting(Diagnostic::message)
                .containsExactly("the init container labels of service 'web' have no kompose.init.containers.image; "
                        + "no init container is made");
        InitContainerDirective init = labels("kompose.init.containers.image", "busybox:1.28",
                "kompose.init.containers.command", "['sh', \"-c\", \"echo a, b\"]").initContainer();
        assertThat(init.name()).isEqualTo("init-service");
        assertThat(init.image()).isEqualTo("busybox:1.28");
        assertThat(init.command()).containsExactly("sh", "-c", "echo a, b");
        assertThat(ContainerDirectives.command("/bin/true")).containsExactly("/bin/true");
        assertThat(ContainerDirectives.command("[a, b]")).containsExactly("a", "b");
    }

    @Test
    void eachProblemIsReportedAtItsLabelsOwnLine() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("labels", at(5, 5));
        keys.put("labels.kompose.image-pull-policy", at(6, 7));
        keys.put("labels.kompose.security-context.fsgroup", at(7, 7));
        ContainerDirectives labels = ContainerDirectives.read(service("web", "nginx").keys(keys).labels(map(
                "kompose.image-pull-policy", "sometimes", "kompose.security-context.fsgroup", "-1",
                "kompose.image-pull-secret", "Bad Name")).build(), diagnostics);
        assertThat(labels.imagePullPolicy().location()).isEqualTo(at(6, 7));
        assertThat(problems()).extracting(Diagnostic::location)
                // the secret comes from a label file: no line of its own, so at the labels key
                .containsExactly(at(6, 7), at(7, 7), at(5, 5));
    }
}
