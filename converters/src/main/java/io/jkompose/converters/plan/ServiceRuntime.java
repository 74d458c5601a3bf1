package io.jkompose.converters.plan;

import io.jkompose.converters.options.RuntimeOptions;
import io.jkompose.converters.plan.RuntimeClassTable.Entry;
import io.jkompose.converters.plan.RuntimeClassTable.Sandbox;
import io.jkompose.model.Service;
import java.util.Optional;

/**
 * The runtime a service asks for, resolved: the RuntimeClass its pods name and the handler
 * behind it. A pure function of the service and the options, so the per-service step and the
 * step that writes the RuntimeClass objects agree without sharing state.
 *
 * <p>Precedence: the service's {@value #CLASS_LABEL} label, then {@code --runtime-class}, then
 * {@link RuntimeClassTable}; a runtime none of them knows is used as the class name as it is.
 *
 * @param runtime   the Compose {@code runtime}, or null
 * @param className the RuntimeClass to name, or null for none
 * @param handler   the handler the class stands for, or null when there is no runtime at all
 * @param source    what decided the class
 */
public record ServiceRuntime(String runtime, String className, String handler, Source source) {

    /** jkompose's own label: the RuntimeClass of one service, whatever its runtime (empty: none). */
    public static final String CLASS_LABEL = "jkompose.runtime.class";

    public enum Source {
        /** No runtime and no label. */
        NONE,
        /** {@link RuntimeClassTable}. */
        TABLE,
        /** {@code --runtime-class}. */
        OPTION,
        /** The {@value ServiceRuntime#CLASS_LABEL} label. */
        LABEL,
        /** A runtime nobody knows, used as the class name. */
        UNKNOWN
    }

    public static ServiceRuntime of(Service service, RuntimeOptions options) {
        String runtime = service.runtime() == null || service.runtime().isBlank() ? null : service.runtime().strip();
        String handler = runtime == null ? null : RuntimeClassTable.handlerOfRuntime(runtime);
        String label = service.labels().get(CLASS_LABEL);
        if (label != null) {
            String className = emptyToNull(label.strip());
            if (runtime == null && className != null) {
                handler = RuntimeClassTable.handlerOfClass(className);
            }
            return new ServiceRuntime(runtime, className, handler, Source.LABEL);
        }
        if (runtime == null) {
            return new ServiceRuntime(null, null, null, Source.NONE);
        }
        String override = options.classOverride(runtime);
        if (override != null) {
            return new ServiceRuntime(runtime, emptyToNull(override), handler, Source.OPTION);
        }
        Optional<Entry> known = RuntimeClassTable.lookup(runtime);
        if (known.isPresent()) {
            return new ServiceRuntime(runtime, known.get().className(), handler, Source.TABLE);
        }
        return new ServiceRuntime(runtime, runtime, handler, Source.UNKNOWN);
    }

    /** The sandbox the service's pods run in, if its handler is one. */
    public Optional<Sandbox> sandbox() {
        return RuntimeClassTable.sandboxOf(handler);
    }

    /**
     * Whether the pods name {@link #className()}: with {@code --cri-annotations legacy} a
     * sandboxed service is marked by annotations instead, since containerd refuses a pod that
     * carries both the untrusted-workload annotation and an explicit runtime handler.
     */
    public boolean namesClass(RuntimeOptions options) {
        return className != null
                && !(options.criAnnotations() == RuntimeOptions.CriAnnotations.LEGACY && sandbox().isPresent());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
