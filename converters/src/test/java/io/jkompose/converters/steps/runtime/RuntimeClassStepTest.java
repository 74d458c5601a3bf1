package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.plan.ServiceRuntime;
import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Service;
import io.jkompose.model.Severity;
import org.junit.jupiter.api.Test;

/** runtime / jkompose.runtime.class → runtimeClassName, and what is said about it. */
class RuntimeClassStepTest {

    private static ServiceContext run(Service service, RuntimeOptions runtime) {
        return Contexts.run(Contexts.of(service, Fixtures.options().withRuntime(runtime)), new RuntimeClassStep());
    }

    private static String className(ServiceContext context) {
        return context.podSpec().build().getRuntimeClassName();
    }

    @Test
    void aKnownRuntimeNamesItsClassWithoutAWord() {
        ServiceContext context = run(service("sandbox", "img").keys(keys("image", "runtime")).runtime("runsc").build(),
                RuntimeOptions.defaults());

        assertThat(className(context)).isEqualTo("gvisor");
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void runcNamesNoClass() {
        ServiceContext context = run(service("web", "img").runtime("runc").build(), RuntimeOptions.defaults());

        assertThat(className(context)).isNull();
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void anUnknownRuntimeIsUsedAsTheClassWithAWarningAtTheRuntimeKey() {
        ServiceContext context = run(service("gpu", "img").keys(keys("image", "runtime")).runtime("nvidia").build(),
                RuntimeOptions.defaults());

        assertThat(className(context)).isEqualTo("nvidia");
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("unknown-runtime");
            assertThat(d.location()).isEqualTo(at(4, 5));
            assertThat(d.message()).contains("'nvidia'", "'gpu'", "a RuntimeClass 'nvidia' must exist");
        });
    }

    @Test
    void withRuntimeClassesTheUnknownRuntimeWarningTalksAboutTheHandler() {
        ServiceContext context = run(service("gpu", "img").runtime("nvidia").build(),
                RuntimeOptions.defaults().withRuntimeClasses(true));

        assertThat(Contexts.diagnostics(context)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("names the handler 'nvidia'", "containerd or CRI-O"));
    }

    @Test
    void aRuntimeThatCannotBeAClassNameIsAnErrorAndNamesNothing() {
        ServiceContext context = run(service("x", "img").keys(keys("runtime")).runtime("My_Runtime").build(),
                RuntimeOptions.defaults());

        assertThat(className(context)).isNull();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo("invalid-runtime-class");
            assertThat(d.location()).isEqualTo(at(3, 5));
            assertThat(d.hint()).contains("--runtime-class My_Runtime=CLASS");
        });
    }

    @Test
    void theOptionAndTheLabelOverrideWithoutWarnings() {
        RuntimeOptions options = RuntimeOptions.defaults().withClassOverride("runsc", "sandbox-v2")
                .withClassOverride("weird", "fine");

        assertThat(className(run(service("a", "img").runtime("runsc").build(), options))).isEqualTo("sandbox-v2");
        ServiceContext unknownButMapped = run(service("b", "img").runtime("weird").build(), options);
        assertThat(className(unknownButMapped)).isEqualTo("fine");
        assertThat(Contexts.diagnostics(unknownButMapped)).isEmpty();
        ServiceContext labelled = run(service("c", "img").runtime("runsc")
                .labels(map(ServiceRuntime.CLASS_LABEL, "gvisor-debug")).build(), options);
        assertThat(className(labelled)).isEqualTo("gvisor-debug");
        assertThat(Contexts.diagnostics(labelled)).isEmpty();
    }

    @Test
    void anInvalidLabelIsReportedAtTheLabels() {
        ServiceContext context = run(service("c", "img").keys(keys("image", "labels"))
                .labels(map(ServiceRuntime.CLASS_LABEL, "Not Valid")).build(), RuntimeOptions.defaults());

        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invalid-runtime-class", at(4, 5)));
    }

    @Test
    void legacyAnnotationsLeaveTheClassOutForSandboxesOnly() {
        RuntimeOptions legacy = RuntimeOptions.defaults().withCriAnnotations(RuntimeOptions.CriAnnotations.LEGACY);

        assertThat(className(run(service("a", "img").runtime("runsc").build(), legacy))).isNull();
        assertThat(className(run(service("b", "img").runtime("io.containerd.kata.v2").build(), legacy))).isNull();
        assertThat(className(run(service("c", "img").runtime("io.containerd.wasmedge.v1").build(), legacy)))
                .isEqualTo("wasmedge");
    }

    @Test
    void joiningAPodWithAnotherRuntimeIsSaid() {
        Service main = service("main", "img").build();
        Service sidecar = service("sidecar", "img").keys(keys("image", "runtime", "network_mode")).runtime("runsc")
                .networkMode("service:main").build();
        ServiceContext context = Contexts.run(Contexts.of(project("p", main, sidecar), sidecar,
                Fixtures.options()), new RuntimeClassStep());

        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("runtime-in-shared-pod");
            assertThat(d.location()).isEqualTo(at(5, 5));
            assertThat(d.message()).contains("the node's default runtime", "not 'gvisor'");
        });
        Service sameRuntime = service("peer", "img").runtime("runsc").networkMode("service:sidecar").build();
        assertThat(Contexts.diagnostics(Contexts.run(Contexts.of(project("p", main, sidecar, sameRuntime), sameRuntime,
                Fixtures.options()), new RuntimeClassStep()))).isEmpty();
    }

    @Test
    void theStepClaimsTheRuntimeKeyAndItsLabel() {
        assertThat(new RuntimeClassStep().handledKeys()).containsExactly("runtime");
        assertThat(new RuntimeClassStep().handledLabels()).containsExactly("jkompose.runtime.class");
    }
}
