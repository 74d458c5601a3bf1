package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.steps.metadata.LabelAnnotationsStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compose {@code annotations} (and {@code labels}) reach the pod template as annotations
 * ({@link LabelAnnotationsStep}); this step points out the ones a container runtime reads, since
 * the node hands a pod annotation to the runtime only when the runtime's configuration admits it
 * (containerd's {@code pod_annotations}, CRI-O's {@code allowed_annotations}). Other annotations
 * get no word: they need nothing on the nodes.
 */
public final class RuntimeAnnotationsStep implements ServiceConversionStep {

    private static final String ALLOW_LIST = "add the keys, or a prefix ending in '*', to pod_annotations of the "
            + "runtime handler in containerd's config.toml, or to allowed_annotations of the runtime handler in "
            + "CRI-O's crio.conf";

    /** Runtimes that read their own pod annotations, and how to recognise their keys. */
    private record Reader(String runtime, Predicate<String> reads, String hint) {
    }

    private static final List<Reader> READERS = List.of(
            new Reader("Kata Containers", key -> key.startsWith("io.katacontainers."), ALLOW_LIST
                    + "; Kata also applies hypervisor settings only when enable_annotations in its "
                    + "configuration.toml names them"),
            new Reader("gVisor", key -> key.startsWith("dev.gvisor."), ALLOW_LIST),
            new Reader("CRI-O", RuntimeAnnotationsStep::isCrioKey, "add the keys to allowed_annotations of the "
                    + "runtime handler in CRI-O's crio.conf"),
            new Reader("containerd", key -> key.startsWith("io.kubernetes.cri."), "add the keys to pod_annotations "
                    + "of the runtime handler in containerd's config.toml"),
            new Reader("crun", key -> key.startsWith("run.oci.") || key.startsWith("module.wasm.image/"), ALLOW_LIST));

    @Override
    public void apply(ServiceContext context) {
        check(context, context.service().annotations(), "annotations");
        check(context, context.service().labels(), "labels");
    }

    private static void check(ServiceContext context, Map<String, String> entries, String key) {
        // labels become pod annotations too
        String noun = key.equals("labels") ? "label" : "annotation";
        Map<Reader, List<String>> byReader = new LinkedHashMap<>();
        for (String name : entries.keySet()) {
            if (name.equals(CriAnnotationsStep.CONTAINERD_UNTRUSTED) || name.equals(CriAnnotationsStep.CRIO_TRUSTED)) {
                context.warn(ConverterCode.LEGACY_CRI_ANNOTATION, context.locationOf(key), noun + " '" + name + "' of service '"
                        + context.service().name() + "' chooses a sandbox the way runtimes did before RuntimeClass "
                        + "(containerd 1.1-1.2, CRI-O before 1.14); containerd refuses a pod that has it together "
                        + "with a RuntimeClass", "use runtime: instead, with --cri-annotations legacy for such clusters");
                continue;
            }
            READERS.stream().filter(r -> r.reads().test(name)).findFirst()
                    .ifPresent(r -> byReader.computeIfAbsent(r, any -> new ArrayList<>()).add(name));
        }
        // one warning per runtime: a Kata service often sets several of its annotations
        byReader.forEach((reader, names) -> context.warn(ConverterCode.RUNTIME_ANNOTATION, context.locationOf(key),
                noun + (names.size() == 1 ? " '" : "s '") + String.join("', '", names) + "' of service '"
                        + context.service().name() + "' " + (names.size() == 1 ? "is" : "are") + " read by "
                        + reader.runtime() + ": the nodes pass " + (names.size() == 1 ? "it" : "them")
                        + " to the runtime only if the runtime's configuration allows it", reader.hint()));
    }

    /** {@code io.kubernetes.cri-o.*}, or a prefix in CRI-O's domains ({@code cpu-quota.crio.io}, {@code x.cri-o.io/y}). */
    private static boolean isCrioKey(String key) {
        if (key.startsWith("io.kubernetes.cri-o.")) {
            return true;
        }
        int slash = key.indexOf('/');
        String domain = slash < 0 ? key : key.substring(0, slash);
        return domain.endsWith(".crio.io") || domain.endsWith(".cri-o.io") || domain.equals("crio.io")
                || domain.equals("cri-o.io");
    }
}
