package io.jkompose.converters.steps.runtime;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.metadata.LabelAnnotationsStep;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Annotations a runtime reads get a word about the node's allow-list; others pass silently. */
class RuntimeAnnotationsStepTest {

    private static ServiceContext annotated(String... pairs) {
        return Contexts.run(Contexts.of(service("vm", "img").keys(keys("image", "annotations", "labels"))
                .annotations(map(pairs)).build()), new LabelAnnotationsStep(), new RuntimeAnnotationsStep());
    }

    @Test
    void kataAnnotationsReachThePodAndNameBothAllowListsAndKatasOwn() {
        ServiceContext context = annotated("io.katacontainers.config.hypervisor.default_memory", "4096");

        assertThat(context.podAnnotations()).containsEntry("io.katacontainers.config.hypervisor.default_memory", "4096");
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("runtime-annotation");
            assertThat(d.location()).isEqualTo(at(4, 5));
            assertThat(d.message()).contains("'io.katacontainers.config.hypervisor.default_memory'", "'vm'",
                    "Kata Containers");
            assertThat(d.hint()).contains("pod_annotations", "allowed_annotations", "enable_annotations");
        });
    }

    @Test
    void severalAnnotationsOfOneRuntimeGetOneWarning() {
        ServiceContext context = annotated("io.katacontainers.config.hypervisor.default_memory", "4096",
                "io.katacontainers.config.hypervisor.default_vcpus", "2", "cpu-quota.crio.io", "disable");

        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::message).containsExactly(
                "annotation 'cpu-quota.crio.io' of service 'vm' is read by CRI-O: the nodes pass it to the runtime "
                        + "only if the runtime's configuration allows it",
                "annotations 'io.katacontainers.config.hypervisor.default_memory', "
                        + "'io.katacontainers.config.hypervisor.default_vcpus' of service 'vm' are read by Kata "
                        + "Containers: the nodes pass them to the runtime only if the runtime's configuration allows it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.kubernetes.cri-o.userns-mode", "cpu-quota.crio.io", "cpu-load-balancing.crio.io",
            "seccomp-profile.kubernetes.cri-o.io/app"})
    void crioAnnotationsNameCriosAllowList(String key) {
        assertThat(Contexts.diagnostics(annotated(key, "x"))).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("CRI-O");
            assertThat(d.hint()).contains("allowed_annotations").doesNotContain("pod_annotations");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.gvisor.spec.mount.data.share", "run.oci.keep_original_groups",
            "module.wasm.image/variant", "io.kubernetes.cri.rdt-class"})
    void otherRuntimeAnnotationsAreSaidToo(String key) {
        assertThat(Contexts.codes(annotated(key, "x"))).containsExactly("runtime-annotation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example/team", "prometheus.io/scrape", "kubernetes.io/description",
            "io.kubernetes.container.restartCount", "crio.io.example/x"})
    void ordinaryAnnotationsPassSilently(String key) {
        ServiceContext context = annotated(key, "x");

        assertThat(context.podAnnotations()).containsKey(key);
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void handWrittenLegacyAnnotationsAreSaidToConflictWithARuntimeClass() {
        ServiceContext context = annotated("io.kubernetes.cri.untrusted-workload", "true",
                "io.kubernetes.cri-o.TrustedSandbox", "false");

        assertThat(Contexts.diagnostics(context)).extracting(Diagnostic::code)
                .containsExactly("legacy-cri-annotation", "legacy-cri-annotation");
        assertThat(Contexts.diagnostics(context).get(0).hint()).contains("--cri-annotations legacy");
    }

    @Test
    void labelsBecomePodAnnotationsAndAreCheckedAtTheirKey() {
        ServiceContext context = Contexts.run(Contexts.of(service("vm", "img").keys(keys("image", "annotations", "labels"))
                .labels(map("io.katacontainers.config.runtime.disable_guest_seccomp", "true",
                        "jkompose.runtime.class", "kata")).build()), new RuntimeAnnotationsStep());

        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(at(5, 5));
            assertThat(d.message()).startsWith("label 'io.katacontainers.");
        });
    }
}
