package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.model.Restart.Condition.NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.options.RuntimeOptions.CriAnnotations;
import io.jkompose.converters.testing.SharedFolder;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Restart;
import io.jkompose.converters.testing.InMemoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runtime steps in the whole pipeline: object order, pod templates, RuntimeClass objects. */
class RuntimeConversionTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    /** gVisor, Kata, WasmEdge and a plain service; the first three publish a port each. */
    private static Project isolation() {
        return project("isolation",
                service("api", "example/api:1").keys(keys("image", "runtime", "ports")).runtime("runsc")
                        .ports(List.of(port(8080, 8080))).build(),
                service("vm", "example/vm:1").keys(keys("image", "runtime", "annotations"))
                        .runtime("io.containerd.kata.v2")
                        .annotations(map("io.katacontainers.config.hypervisor.default_memory", "4096")).build(),
                service("wasm", "example/wasm:1").keys(keys("image", "runtime", "platform"))
                        .runtime("io.containerd.wasmedge.v1").platform("wasi/wasm").build(),
                service("web", "nginx:1").keys(keys("image", "platform")).platform("linux/arm64").build());
    }

    private static ConversionResult convert(RuntimeOptions runtime) {
        return KubernetesConverter.convert(isolation(), OPTIONS.withRuntime(runtime), InMemoryFiles.none());
    }

    private static Deployment deployment(ConversionResult result, String name) {
        return result.objects().stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name))
                .map(Deployment.class::cast).findFirst().orElseThrow();
    }

    private static List<String> kindsAndNames(ConversionResult result) {
        return result.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }

    @Test
    void podsNameTheirClassesAndNoRuntimeClassIsWrittenByDefault() throws Exception {
        ConversionResult result = convert(RuntimeOptions.defaults());

        assertThat(deployment(result, "api").getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("gvisor");
        assertThat(deployment(result, "vm").getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("kata");
        assertThat(deployment(result, "wasm").getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("wasmedge");
        assertThat(deployment(result, "web").getSpec().getTemplate().getSpec().getRuntimeClassName()).isNull();
        assertThat(deployment(result, "web").getSpec().getTemplate().getSpec().getNodeSelector())
                .containsOnly(entry("kubernetes.io/os", "linux"), entry("kubernetes.io/arch", "arm64"));
        assertThat(deployment(result, "wasm").getSpec().getTemplate().getSpec().getNodeSelector()).isNullOrEmpty();
        assertThat(result.objects()).noneMatch(RuntimeClass.class::isInstance);
        // runtime and platform are converted; the Kata annotation and the Wasm platform are explained
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("runtime-annotation", "wasm-platform");
        SharedTools.assertValid(SharedTools.write("runtime-default", result.objects()));
    }

    @Test
    void runtimeClassesComeFirstWithTheirHandlersOverheadAndNodeSelector() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults().withRuntimeClasses(true)
                .withOverhead("kata", Map.of("cpu", "250m", "memory", "160Mi"))
                .withNodeSelector("wasmedge", Map.of("runtime.example.com/wasm", "true"));

        ConversionResult result = convert(options);

        assertThat(kindsAndNames(result)).startsWith("RuntimeClass/gvisor", "RuntimeClass/kata", "RuntimeClass/wasmedge",
                "Service/api");
        RuntimeClass gvisor = (RuntimeClass) result.objects().get(0);
        RuntimeClass kata = (RuntimeClass) result.objects().get(1);
        RuntimeClass wasmedge = (RuntimeClass) result.objects().get(2);
        assertThat(gvisor.getApiVersion()).isEqualTo("node.k8s.io/v1");
        assertThat(gvisor.getHandler()).isEqualTo("runsc");
        assertThat(gvisor.getOverhead()).isNull();
        assertThat(gvisor.getScheduling()).isNull();
        assertThat(kata.getHandler()).isEqualTo("kata");
        assertThat(kata.getOverhead().getPodFixed()).containsOnly(entry("cpu", new Quantity("250m")),
                entry("memory", new Quantity("160Mi")));
        assertThat(wasmedge.getHandler()).isEqualTo("wasmedge");
        assertThat(wasmedge.getScheduling().getNodeSelector()).containsOnly(entry("runtime.example.com/wasm", "true"));
        assertValidButForTheOverheadCheck(SharedTools.write("runtime-classes", result.objects()));
    }

    /**
     * k8s-validate checks every map under a key named {@code overhead} as resource quantities,
     * which a Pod's {@code spec.overhead} is, but a RuntimeClass's {@code overhead} holds
     * {@code podFixed} (its schema digest, V1Overhead, says so). That one false report is allowed;
     * any other problem fails.
     */
    private static void assertValidButForTheOverheadCheck(Path manifests) throws Exception {
        Path tool = SharedFolder.require(SharedTools.SHARED.resolve("tools/k8s-validate"));
        Process process = new ProcessBuilder("python3", tool.toString(), manifests.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertThat(output).containsPattern("[1-9]\\d* objects, \\d+ problems");
        assertThat(output.lines().filter(line -> !line.matches("\\d+ objects, \\d+ problems")))
                .as("k8s-validate %s:%n%s", manifests, output)
                .allMatch(line -> line.matches(".*\\(RuntimeClass/[a-z0-9.-]+\\)\\.overhead\\.podFixed: \\{.*\\} is not a quantity"));
    }

    @Test
    void aRenamedClassKeepsItsHandlerAndTheClassesStayClusterScoped() {
        RuntimeOptions options = RuntimeOptions.defaults().withRuntimeClasses(true).withClassOverride("runsc", "sandbox-v2");

        ConversionResult result = KubernetesConverter.convert(isolation(), OPTIONS.withRuntime(options).withNamespace("apps"), InMemoryFiles.none());

        RuntimeClass sandbox = result.objects().stream().filter(RuntimeClass.class::isInstance).map(RuntimeClass.class::cast)
                .filter(c -> c.getMetadata().getName().equals("sandbox-v2")).findFirst().orElseThrow();
        assertThat(sandbox.getHandler()).isEqualTo("runsc");
        assertThat(result.objects()).filteredOn(RuntimeClass.class::isInstance)
                .allSatisfy(c -> assertThat(c.getMetadata().getNamespace()).isNull());
        assertThat(deployment(result, "api").getMetadata().getNamespace()).isEqualTo("apps");
        assertThat(deployment(result, "api").getSpec().getTemplate().getSpec().getRuntimeClassName()).isEqualTo("sandbox-v2");
    }

    @Test
    void anOverheadImpliesRuntimeClassesAndAnUnusedClassIsSaid() {
        RuntimeOptions options = RuntimeOptions.defaults().withOverhead("kata", Map.of("memory", "160Mi"))
                .withNodeSelector("firecracker", Map.of("kata", "fc"));

        ConversionResult result = convert(options);

        assertThat(result.objects()).filteredOn(RuntimeClass.class::isInstance).hasSize(3);
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("unused-runtime-class")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("a node selector", "'firecracker'"));
    }

    @Test
    void twoHandlersForOneClassAreSaidAndTheFirstWins() {
        RuntimeOptions options = RuntimeOptions.defaults().withRuntimeClasses(true)
                .withClassOverride("runsc", "sandbox").withClassOverride("io.containerd.kata.v2", "sandbox");

        ConversionResult result = convert(options);

        assertThat(result.objects()).filteredOn(RuntimeClass.class::isInstance).extracting(o -> ((RuntimeClass) o)
                .getMetadata().getName() + "=" + ((RuntimeClass) o).getHandler())
                .containsExactly("sandbox=runsc", "wasmedge=wasmedge");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("runtime-class-conflict")).singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).isEqualTo(at(4, 5)); // vm's runtime
                    assertThat(d.message()).contains("'vm'", "'kata'", "'api'", "'runsc'");
                });
    }

    @Test
    void anUnknownRuntimeThatCannotBeAHandlerGetsNoRuntimeClass() {
        Project project = project("p", service("a", "img").keys(keys("image", "runtime"))
                .runtime("io.containerd.custom.v1").build());

        ConversionResult result = KubernetesConverter.convert(project,
                OPTIONS.withRuntime(RuntimeOptions.defaults().withRuntimeClasses(true)), InMemoryFiles.none());

        assertThat(result.objects()).noneMatch(RuntimeClass.class::isInstance);
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("unknown-runtime", "invalid-runtime-handler");
    }

    @Test
    void legacyAnnotationsGoOnSandboxedPodTemplatesOnly() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults().withCriAnnotations(CriAnnotations.LEGACY).withRuntimeClasses(true);

        ConversionResult result = convert(options);

        Deployment api = deployment(result, "api");
        assertThat(api.getSpec().getTemplate().getMetadata().getAnnotations()).containsOnly(
                entry("io.kubernetes.cri.untrusted-workload", "true"),
                entry("io.kubernetes.cri-o.TrustedSandbox", "false"));
        assertThat(api.getSpec().getTemplate().getSpec().getRuntimeClassName()).isNull();
        assertThat(api.getMetadata().getAnnotations()).isNullOrEmpty();
        HasMetadata apiService = result.objects().stream()
                .filter(o -> o.getKind().equals("Service") && o.getMetadata().getName().equals("api")).findFirst().orElseThrow();
        assertThat(apiService.getMetadata().getAnnotations()).isNullOrEmpty();
        // Kata: the file's own annotation stays beside the legacy ones
        assertThat(deployment(result, "vm").getSpec().getTemplate().getMetadata().getAnnotations())
                .containsKeys("io.kubernetes.cri.untrusted-workload", "io.katacontainers.config.hypervisor.default_memory");
        // not sandboxes: untouched, and only their class is written
        assertThat(deployment(result, "wasm").getSpec().getTemplate().getMetadata().getAnnotations()).isNullOrEmpty();
        assertThat(deployment(result, "web").getSpec().getTemplate().getMetadata().getAnnotations()).isNullOrEmpty();
        assertThat(kindsAndNames(result)).filteredOn(s -> s.startsWith("RuntimeClass/"))
                .containsExactly("RuntimeClass/wasmedge");
        SharedTools.assertValid(SharedTools.write("runtime-legacy", result.objects()));
    }

    @Test
    void legacyAnnotationsReachABarePodToo() {
        Project project = project("p", service("once", "img").keys(keys("image", "runtime", "restart"))
                .runtime("kata").restart(Restart.of(NO)).build());

        ConversionResult result = KubernetesConverter.convert(project,
                OPTIONS.withRuntime(RuntimeOptions.defaults().withCriAnnotations(CriAnnotations.LEGACY)), InMemoryFiles.none());

        HasMetadata pod = result.objects().stream().filter(o -> o.getKind().equals("Pod")).findFirst().orElseThrow();
        assertThat(pod.getMetadata().getAnnotations()).containsOnly(
                entry("io.kubernetes.cri.untrusted-workload", "true"),
                entry("io.kubernetes.cri-o.TrustedSandbox", "false"));
        assertThat(((io.fabric8.kubernetes.api.model.Pod) pod).getSpec().getRuntimeClassName()).isNull();
    }

    @Test
    void legacyAnnotationsWithHostNetworkAreSaidToBeRefused() {
        Project project = project("p", service("a", "img").keys(keys("image", "runtime", "network_mode"))
                .runtime("runsc").networkMode("host").build());

        ConversionResult result = KubernetesConverter.convert(project,
                OPTIONS.withRuntime(RuntimeOptions.defaults().withCriAnnotations(CriAnnotations.LEGACY)), InMemoryFiles.none());

        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("untrusted-host-access");
    }

    @Test
    void noUnconvertedKeyWarningsForRuntimePlatformOrTheClassLabel() {
        Project project = project("p", service("a", "img").keys(keys("image", "runtime", "platform", "labels"))
                .runtime("crun").platform("linux/amd64").labels(map("jkompose.runtime.class", "crun-fast")).build());

        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());

        assertThat(result.diagnostics()).isEmpty();
    }
}
