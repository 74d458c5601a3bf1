package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.plan.RuntimeClassTable.Sandbox;
import io.jkompose.converters.plan.ServiceRuntime.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runtime table of issue 6, the overrides and their precedence. */
class ServiceRuntimeTest {

    private static final RuntimeOptions DEFAULTS = RuntimeOptions.defaults();

    private static ServiceRuntime resolve(String runtime) {
        return ServiceRuntime.of(service("app", "img").runtime(runtime).build(), DEFAULTS);
    }

    @ParameterizedTest(name = "{0} -> class {1}, handler {2}")
    @CsvSource({
            // Compose runtime,        class,     handler
            "runsc,                     gvisor,    runsc",
            "io.containerd.runsc.v1,    gvisor,    runsc",
            "kata,                      kata,      kata",
            "kata-runtime,              kata,      kata",
            "io.containerd.kata.v2,     kata,      kata",
            "kata-qemu,                 kata-qemu, kata-qemu",
            "kata-fc,                   kata-fc,   kata-fc",
            "kata-clh,                  kata-clh,  kata-clh",
            "io.containerd.wasmedge.v1, wasmedge,  wasmedge",
            "io.containerd.spin.v2,     spin,      spin",
            "crun,                      crun,      crun",
            "youki,                     youki,     youki"})
    void theTableMapsEachKnownRuntime(String runtime, String className, String handler) {
        ServiceRuntime resolved = resolve(runtime);

        assertThat(resolved.className()).isEqualTo(className);
        assertThat(resolved.handler()).isEqualTo(handler);
        assertThat(resolved.source()).isEqualTo(Source.TABLE);
    }

    @Test
    void runcAndNoRuntimeNameNoClass() {
        assertThat(resolve("runc").className()).isNull();
        assertThat(resolve("runc").source()).isEqualTo(Source.TABLE);
        assertThat(resolve(null).className()).isNull();
        assertThat(resolve(null).source()).isEqualTo(Source.NONE);
        assertThat(resolve("  ").source()).isEqualTo(Source.NONE);
    }

    @Test
    void anUnknownRuntimeIsItsOwnClassAndHandler() {
        ServiceRuntime resolved = resolve("nvidia");

        assertThat(resolved.className()).isEqualTo("nvidia");
        assertThat(resolved.handler()).isEqualTo("nvidia");
        assertThat(resolved.source()).isEqualTo(Source.UNKNOWN);
    }

    @Test
    void anOptionRenamesTheClassAndKeepsTheHandler() {
        RuntimeOptions options = DEFAULTS.withClassOverride("runsc", "sandbox-v2");

        ServiceRuntime resolved = ServiceRuntime.of(service("app", "img").runtime("runsc").build(), options);

        assertThat(resolved.className()).isEqualTo("sandbox-v2");
        assertThat(resolved.handler()).isEqualTo("runsc");
        assertThat(resolved.source()).isEqualTo(Source.OPTION);
        assertThat(resolved.sandbox()).contains(Sandbox.GVISOR);
        // another runtime is not affected
        assertThat(ServiceRuntime.of(service("b", "img").runtime("kata").build(), options).className()).isEqualTo("kata");
    }

    @Test
    void anOptionCanGiveTheDefaultRuntimeAClassOrTakeOneAway() {
        RuntimeOptions options = DEFAULTS.withClassOverride("runc", "standard").withClassOverride("crun", "");

        assertThat(ServiceRuntime.of(service("a", "img").runtime("runc").build(), options).className())
                .isEqualTo("standard");
        assertThat(ServiceRuntime.of(service("a", "img").runtime("runc").build(), options).handler()).isEqualTo("runc");
        assertThat(ServiceRuntime.of(service("b", "img").runtime("crun").build(), options).className()).isNull();
    }

    @Test
    void theLabelWinsOverOptionAndTable() {
        RuntimeOptions options = DEFAULTS.withClassOverride("runsc", "sandbox-v2");

        ServiceRuntime resolved = ServiceRuntime.of(service("app", "img").runtime("runsc")
                .labels(map(ServiceRuntime.CLASS_LABEL, "gvisor-fast")).build(), options);

        assertThat(resolved.className()).isEqualTo("gvisor-fast");
        assertThat(resolved.handler()).isEqualTo("runsc");
        assertThat(resolved.source()).isEqualTo(Source.LABEL);
    }

    @Test
    void aLabelWithoutRuntimeTakesTheHandlerOfAKnownClassOrItsOwnName() {
        ServiceRuntime known = ServiceRuntime.of(service("a", "img").labels(map(ServiceRuntime.CLASS_LABEL, "gvisor"))
                .build(), DEFAULTS);
        ServiceRuntime custom = ServiceRuntime.of(service("b", "img").labels(map(ServiceRuntime.CLASS_LABEL, "fast"))
                .build(), DEFAULTS);

        assertThat(known.handler()).isEqualTo("runsc");
        assertThat(known.sandbox()).contains(Sandbox.GVISOR);
        assertThat(custom.handler()).isEqualTo("fast");
        assertThat(custom.sandbox()).isEmpty();
    }

    @Test
    void anEmptyLabelMeansNoClass() {
        ServiceRuntime resolved = ServiceRuntime.of(service("a", "img").runtime("runsc")
                .labels(map(ServiceRuntime.CLASS_LABEL, "")).build(), DEFAULTS);

        assertThat(resolved.className()).isNull();
        assertThat(resolved.sandbox()).contains(Sandbox.GVISOR); // still a gVisor runtime for the legacy annotations
    }

    @Test
    void sandboxesAreGvisorAndEveryKata() {
        assertThat(resolve("runsc").sandbox()).contains(Sandbox.GVISOR);
        assertThat(resolve("io.containerd.kata.v2").sandbox()).contains(Sandbox.KATA);
        assertThat(resolve("kata-fc").sandbox()).contains(Sandbox.KATA);
        assertThat(resolve("io.containerd.wasmedge.v1").sandbox()).isEmpty();
        assertThat(resolve("crun").sandbox()).isEmpty();
        assertThat(resolve("katana").sandbox()).isEmpty();
    }

    @Test
    void legacyAnnotationsReplaceTheClassOfSandboxesOnly() {
        RuntimeOptions legacy = DEFAULTS.withCriAnnotations(RuntimeOptions.CriAnnotations.LEGACY);

        assertThat(resolve("runsc").namesClass(legacy)).isFalse();
        assertThat(resolve("kata").namesClass(legacy)).isFalse();
        assertThat(resolve("io.containerd.wasmedge.v1").namesClass(legacy)).isTrue();
        assertThat(resolve("runsc").namesClass(DEFAULTS)).isTrue();
        assertThat(resolve("runc").namesClass(DEFAULTS)).isFalse();
    }
}
