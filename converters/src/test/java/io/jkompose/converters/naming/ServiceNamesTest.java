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
}
