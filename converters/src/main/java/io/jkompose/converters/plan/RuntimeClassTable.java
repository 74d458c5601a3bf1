package io.jkompose.converters.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a Compose {@code runtime} means on Kubernetes: the RuntimeClass a pod names, and the
 * handler that class stands for (the runtime configured under that name in containerd or CRI-O
 * on the nodes). Docker names a runtime either by its binary ({@code runsc}) or by its containerd
 * shim ({@code io.containerd.runsc.v1}); both lead to the same class.
 */
public final class RuntimeClassTable {

    /** The isolation a handler gives; the pre-RuntimeClass annotations exist for these. */
    public enum Sandbox {
        GVISOR("gVisor"), KATA("Kata Containers");

        private final String displayName;

        Sandbox(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /**
     * A known runtime.
     *
     * @param className the RuntimeClass name, or null for the node's default runtime (no class)
     * @param handler   the runtime handler name on the nodes
     */
    public record Entry(String className, String handler) {
    }

    private static final Map<String, Entry> BY_RUNTIME = new HashMap<>();
    private static final Map<String, String> HANDLER_BY_CLASS = new HashMap<>();

    static {
        // the default runtime: pods need no class for it
        known(null, "runc", "runc", "io.containerd.runc.v1", "io.containerd.runc.v2");
        known("gvisor", "runsc", "runsc", "io.containerd.runsc.v1");
        known("kata", "kata", "kata", "kata-runtime", "io.containerd.kata.v2");
        // Kata's per-hypervisor handlers, as kata-deploy names them, stay distinct classes
        known("kata-qemu", "kata-qemu", "kata-qemu", "io.containerd.kata-qemu.v2");
        known("kata-fc", "kata-fc", "kata-fc", "io.containerd.kata-fc.v2");
        known("kata-clh", "kata-clh", "kata-clh", "io.containerd.kata-clh.v2");
        // WebAssembly shims (runwasi, Spin)
        known("wasmedge", "wasmedge", "wasmedge", "io.containerd.wasmedge.v1");
        known("wasmtime", "wasmtime", "wasmtime", "io.containerd.wasmtime.v1");
        known("spin", "spin", "spin", "io.containerd.spin.v2");
        // other OCI runtimes
        known("crun", "crun", "crun");
        known("youki", "youki", "youki");
    }

    private RuntimeClassTable() {
    }

    private static void known(String className, String handler, String... runtimes) {
        for (String runtime : runtimes) {
            BY_RUNTIME.put(runtime, new Entry(className, handler));
        }
        if (className != null) {
            HANDLER_BY_CLASS.put(className, handler);
        }
    }

    /** The entry of a Compose runtime the table knows. */
    public static Optional<Entry> lookup(String runtime) {
        return Optional.ofNullable(runtime == null ? null : BY_RUNTIME.get(runtime));
    }

    /**
     * The handler behind a Compose runtime: the table's, or for a runtime the table does not
     * know, the runtime's own name (a runtime registered with Docker under a name is usually
     * registered under the same name in containerd or CRI-O).
     */
    public static String handlerOfRuntime(String runtime) {
        return lookup(runtime).map(Entry::handler).orElse(runtime);
    }

    /** The handler of a class the table names ({@code gvisor} → {@code runsc}); else the class's own name. */
    public static String handlerOfClass(String className) {
        return HANDLER_BY_CLASS.getOrDefault(className, className);
    }

    /** The sandbox a handler runs pods in, if it is one. */
    public static Optional<Sandbox> sandboxOf(String handler) {
        if (handler == null) {
            return Optional.empty();
        }
        if (handler.equals("runsc")) {
            return Optional.of(Sandbox.GVISOR);
        }
        if (handler.equals("kata") || handler.startsWith("kata-")) {
            return Optional.of(Sandbox.KATA);
        }
        return Optional.empty();
    }
}
