package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.testing.Fixtures;
import io.jkompose.model.Build;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import org.junit.jupiter.api.Test;

class UnpullableImagesTest {

    private static Service built(String name, int line) {
        return Service.builder(name).location(at(line, 3)).keys(keys("build"))
                .build(new Build(".", null, null, null, null, at(line + 1, 5))).build();
    }

    @Test
    void servicesThatNoClusterCanPullAreNamedInOneWarningPerCause() {
        Diagnostics diagnostics = new Diagnostics();
        UnpullableImages.report(project("Shop", built("api", 2), built("worker", 6),
                service("local", "mine:dev").pullPolicy("never").build(),
                service("tool", "mine:tool").pullPolicy("never").build(),
                service("web", "nginx").build()), Fixtures.options(), diagnostics);
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("image-from-build",
                "unconverted-value");
        assertThat(diagnostics.all().get(0).message()).startsWith("2 services have no image: 'api' runs image "
                + "'shop-api', 'worker' runs image 'shop-worker'");
        assertThat(diagnostics.all().get(0).location()).isEqualTo(at(3, 5));
        assertThat(diagnostics.all().get(1).message()).contains("2 services (local, tool)");
    }
}
