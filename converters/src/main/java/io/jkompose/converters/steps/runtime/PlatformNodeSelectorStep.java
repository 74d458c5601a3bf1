package io.jkompose.converters.steps.runtime;

import io.jkompose.converters.plan.ServiceRuntime;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.SourceLocation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compose {@code platform: os[/arch[/variant]]} → a node selector on the well-known labels every
 * kubelet sets, {@code kubernetes.io/os} and {@code kubernetes.io/arch}, with architecture names
 * as Go and Kubernetes spell them ({@code x86_64} → {@code amd64}). Kubernetes has no label for
 * the variant ({@code v7} of {@code arm/v7}), which is said. A WebAssembly platform
 * ({@code wasi/wasm}) gets no selector at all: nodes report the OS and architecture of the
 * machine, so a selector on them would match no node; the runtime class chooses those nodes.
 */
public final class PlatformNodeSelectorStep implements ServiceConversionStep {

    public static final String OS_LABEL = "kubernetes.io/os";
    public static final String ARCH_LABEL = "kubernetes.io/arch";

    private static final Set<String> WASM_OS = Set.of("wasi", "wasip1", "wasip2");
    private static final Set<String> WASM_ARCH = Set.of("wasm", "wasm32", "wasm64");
    /** Other spellings of an architecture, and the variant some of them imply. */
    private static final Map<String, String[]> ARCH_ALIASES = Map.of(
            "x86_64", new String[] {"amd64", null},
            "x86-64", new String[] {"amd64", null},
            "aarch64", new String[] {"arm64", null},
            "i386", new String[] {"386", null},
            "i686", new String[] {"386", null},
            "armhf", new String[] {"arm", "v7"},
            "armel", new String[] {"arm", "v6"});
    /** Variants every node of the architecture has: nothing is lost by leaving them out. */
    private static final Set<String> BASELINE_VARIANTS = Set.of("arm64/v8", "amd64/v1");

    @Override
    public Set<String> handledKeys() {
        return Set.of("platform");
    }

    @Override
    public void apply(ServiceContext context) {
        String platform = context.service().platform();
        if (platform == null || platform.isBlank()) {
            return;
        }
        SourceLocation location = context.locationOf("platform");
        String[] parts = platform.strip().toLowerCase(Locale.ROOT).split("/", -1);
        if (parts.length > 3 || parts[0].isEmpty()) {
            warn(context, ConverterCode.INVALID_PLATFORM, location, "is not os[/arch[/variant]]; no node selector is set", null);
            return;
        }
        String os = parts[0];
        String arch = parts.length > 1 ? parts[1] : null;
        String variant = parts.length > 2 ? parts[2] : null;
        if (WASM_OS.contains(os) || (arch != null && WASM_ARCH.contains(arch))) {
            wasm(context, location);
            return;
        }
        if (arch != null && ARCH_ALIASES.containsKey(arch)) {
            String[] alias = ARCH_ALIASES.get(arch);
            arch = alias[0];
            variant = variant == null ? alias[1] : variant;
        }
        if (!KubernetesNames.isLabelValue(os) || (arch != null && (arch.isEmpty() || !KubernetesNames.isLabelValue(arch)))) {
            warn(context, ConverterCode.INVALID_PLATFORM, location, "names an OS or architecture that cannot be a node label "
                    + "value; no node selector is set", null);
            return;
        }
        select(context, location, OS_LABEL, os);
        if (arch != null) {
            select(context, location, ARCH_LABEL, arch);
        }
        if (variant != null && !variant.isEmpty() && !BASELINE_VARIANTS.contains(arch + "/" + variant)) {
            warn(context, ConverterCode.PLATFORM_VARIANT, location, "asks for the CPU variant '" + variant + "', which Kubernetes "
                    + "has no node label for: only " + OS_LABEL + " and " + ARCH_LABEL + " are selected",
                    "label the nodes with the variant yourself and select that label if it matters");
        }
    }

    private static void select(ServiceContext context, SourceLocation location, String key, String value) {
        Map<String, String> existing = context.podSpec().getNodeSelector();
        String current = existing == null ? null : existing.get(key);
        if (current == null) {
            context.podSpec().addToNodeSelector(key, value);
        } else if (!current.equals(value)) {
            warn(context, ConverterCode.PLATFORM_CONFLICT, location, "asks for " + key + "=" + value + ", but the pod already "
                    + "selects " + key + "=" + current + "; that is kept", null);
        }
    }

    private static void wasm(ServiceContext context, SourceLocation location) {
        ServiceRuntime runtime = context.plan().runtime();
        String hint = runtime.className() == null
                ? "give the service a WebAssembly runtime (runtime: io.containerd.wasmedge.v1, io.containerd.spin.v2 ...)"
                        + " so that its pods get a RuntimeClass"
                : "the RuntimeClass '" + runtime.className() + "' chooses the nodes that can run it, through its node "
                        + "selector: --runtime-class-node-selector " + runtime.className() + "=KEY=VALUE";
        warn(context, ConverterCode.WASM_PLATFORM, location, "is WebAssembly: no " + OS_LABEL + " or " + ARCH_LABEL
                + " node selector is set, since nodes report the machine's own OS and architecture", hint);
    }

    private static void warn(ServiceContext context, ConverterCode code, SourceLocation location, String text, String hint) {
        context.warn(code, location, "platform '" + context.service().platform() + "' of service '"
                + context.service().name() + "' " + text, hint);
    }
}
