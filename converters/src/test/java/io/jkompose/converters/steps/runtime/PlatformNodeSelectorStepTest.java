package io.jkompose.converters.steps.runtime;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** platform → kubernetes.io/os and kubernetes.io/arch, the labels every kubelet sets. */
class PlatformNodeSelectorStepTest {

    private static ServiceContext run(String platform) {
        return run(service("app", "img").keys(keys("image", "platform")).platform(platform));
    }

    private static ServiceContext run(io.jkompose.model.Service.Builder service) {
        return Contexts.run(Contexts.of(service.build()), new PlatformNodeSelectorStep());
    }

    private static Map<String, String> selector(ServiceContext context) {
        return context.podSpec().build().getNodeSelector();
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
            "linux/arm64,      linux,   arm64",
            "linux/amd64,      linux,   amd64",
            "Linux/X86_64,     linux,   amd64",
            "linux/aarch64,    linux,   arm64",
            "linux/arm64/v8,   linux,   arm64",
            "linux/amd64/v1,   linux,   amd64",
            "linux/i386,       linux,   386",
            "linux/s390x,      linux,   s390x",
            "windows/amd64,    windows, amd64"})
    void osAndArchitectureBecomeTheWellKnownNodeLabels(String platform, String os, String arch) {
        ServiceContext context = run(platform);

        assertThat(selector(context)).containsOnly(entry("kubernetes.io/os", os), entry("kubernetes.io/arch", arch));
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void anOsAloneSelectsTheOsOnly() {
        assertThat(selector(run("linux"))).containsOnly(entry("kubernetes.io/os", "linux"));
    }

    @Test
    void aVariantHasNoNodeLabelAndIsSaid() {
        ServiceContext context = run("linux/arm/v7");

        assertThat(selector(context)).containsOnly(entry("kubernetes.io/os", "linux"), entry("kubernetes.io/arch", "arm"));
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("platform-variant");
            assertThat(d.location()).isEqualTo(at(4, 5));
            assertThat(d.message()).contains("'v7'", "'linux/arm/v7'", "'app'");
        });
        // armhf is arm/v7 spelled the Debian way
        assertThat(Contexts.codes(run("linux/armhf"))).containsExactly("platform-variant");
    }

    @ParameterizedTest
    @CsvSource({"wasi/wasm", "wasip1/wasm", "wasip2/wasm32", "WASI/WASM"})
    void webAssemblyGetsNoSelectorAndANote(String platform) {
        ServiceContext context = run(platform);

        assertThat(selector(context)).isNullOrEmpty();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("wasm-platform");
            assertThat(d.hint()).contains("give the service a WebAssembly runtime");
        });
    }

    @Test
    void webAssemblyWithAWasmRuntimePointsAtItsRuntimeClass() {
        ServiceContext context = run(service("app", "img").platform("wasi/wasm").runtime("io.containerd.wasmedge.v1"));

        assertThat(Contexts.diagnostics(context)).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("RuntimeClass 'wasmedge'"));
    }

    @Test
    void nonsenseIsSaidAndSelectsNothing() {
        assertThat(Contexts.codes(run("linux/arm/v7/extra"))).containsExactly("invalid-platform");
        assertThat(Contexts.codes(run("/amd64"))).containsExactly("invalid-platform");
        assertThat(Contexts.codes(run("linux/"))).containsExactly("invalid-platform");
        assertThat(selector(run("linux/"))).isNullOrEmpty();
    }

    @Test
    void aSelectorAlreadyThereIsKeptAndTheConflictSaid() {
        ServiceContext context = Contexts.of(service("app", "img").platform("linux/arm64").build());
        context.podSpec().addToNodeSelector("kubernetes.io/arch", "amd64");

        new PlatformNodeSelectorStep().apply(context);

        assertThat(selector(context)).containsOnly(entry("kubernetes.io/os", "linux"), entry("kubernetes.io/arch", "amd64"));
        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::code).containsExactly("platform-conflict");
    }
}
