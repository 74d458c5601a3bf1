package io.jkompose.converters.naming;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {

    @Test
    void namesThatCollideAfterNormalizingAreMadeDistinctAndReported() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> names = ServiceNames.assign(project("p",
                service("front-end", "a").build(),
                service("front_end", "b").location(at(9, 3)).build()), diagnostics);
        // sorted: "front-end" comes before "front_end"
        assertThat(names).containsEntry("front-end", "front-end").containsEntry("front_end", "front-end-2");
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("name-clash");
            assertThat(d.location()).isEqualTo(at(9, 3));
        });
    }

    @Test
    void aChangedNameIsReportedButACaseChangeIsNot() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> names = ServiceNames.assign(project("p",
                service("front_end", "a").build(), service("Web", "b").build()), diagnostics);
        assertThat(names).containsEntry("front_end", "front-end").containsEntry("Web", "web");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("name-changed");
        assertThat(diagnostics.all().get(0).message()).contains("front_end", "front-end");
    }

    @Test
    void aNameOverrideReplacesTheServicesNameAsInKompose() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> names = ServiceNames.assign(project("p",
                service("web", "a").labels(new java.util.TreeMap<>(Map.of(ServiceNames.NAME_OVERRIDE, "Shop-Frontend")))
                        .build(),
                service("api", "b").labels(new java.util.TreeMap<>(Map.of(ServiceNames.NAME_OVERRIDE, "api_v2")))
                        .build()), diagnostics);
        assertThat(names).containsEntry("web", "shop-frontend").containsEntry("api", "api-v2");
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("name-changed");
            assertThat(d.message()).contains("kompose.service.name_override 'api_v2' of service 'api'", "'api-v2'");
        });
    }

    @Test
    void anOverrideThatClashesIsMadeDistinctAndAnEmptyOneIsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> names = ServiceNames.assign(project("p",
                service("api", "a").build(),
                service("web", "b").labels(new java.util.TreeMap<>(Map.of(ServiceNames.NAME_OVERRIDE, "api"))).build(),
                service("worker", "c").labels(new java.util.TreeMap<>(Map.of(ServiceNames.NAME_OVERRIDE, " "))).build()),
                diagnostics);
        assertThat(names).containsEntry("api", "api").containsEntry("web", "api-2").containsEntry("worker", "worker");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("name-clash", "invalid-label");
    }
}
