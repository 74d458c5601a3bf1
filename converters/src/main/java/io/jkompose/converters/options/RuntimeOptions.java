package io.jkompose.converters.options;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.syntax.QuantitySyntax;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Container runtime targeting: which RuntimeClass a Compose {@code runtime} becomes, whether the
 * RuntimeClass objects are written too (and with what overhead and node selector), and whether
 * sandboxed pods are marked the way clusters did before RuntimeClass.
 *
 * <p>Values are checked here, so that every caller (the CLI, a build plugin) gets the same
 * rules; a bad value is an {@link IllegalArgumentException} whose message says what is wrong.
 *
 * @param classOverrides    {@code --runtime-class RUNTIME=CLASS}: Compose runtime → RuntimeClass name;
 *                          an empty name means no RuntimeClass for that runtime
 * @param runtimeClasses    {@code --runtime-classes}: also write a RuntimeClass per class used
 * @param overheads         {@code --runtime-class-overhead}: class → resource ({@code cpu}, {@code memory}) → quantity
 * @param nodeSelectors     {@code --runtime-class-node-selector}: class → node label → value
 * @param criAnnotations    {@code --cri-annotations}
 */
public record RuntimeOptions(SortedMap<String, String> classOverrides, boolean runtimeClasses,
        SortedMap<String, SortedMap<String, String>> overheads,
        SortedMap<String, SortedMap<String, String>> nodeSelectors, CriAnnotations criAnnotations) {

    /** The resources a RuntimeClass's fixed pod overhead may name. */
    public static final Set<String> OVERHEAD_RESOURCES = Set.of("cpu", "memory");

    /** Pod annotations of the runtimes that predate RuntimeClass. */
    public enum CriAnnotations {
        /** None: the runtime is chosen by {@code runtimeClassName} only. */
        NONE,
        /**
         * Sandboxed services (gVisor, Kata) are marked untrusted the way containerd 1.1–1.2 and
         * CRI-O before 1.14 read it, instead of naming a RuntimeClass.
         */
        LEGACY
    }

    public RuntimeOptions {
        classOverrides = copy(classOverrides);
        overheads = copyNested(overheads);
        nodeSelectors = copyNested(nodeSelectors);
        criAnnotations = criAnnotations == null ? CriAnnotations.NONE : criAnnotations;
        classOverrides.forEach((runtime, className) -> {
            if (runtime.isBlank()) {
                throw new IllegalArgumentException("the Compose runtime to map is empty");
            }
            if (!className.isEmpty()) {
                requireClassName(className);
            }
        });
        overheads.forEach((className, resources) -> {
            requireClassName(className);
            requireNotEmpty(className, resources, "overhead");
            resources.forEach((resource, quantity) -> {
                if (!OVERHEAD_RESOURCES.contains(resource)) {
                    throw new IllegalArgumentException("the overhead of RuntimeClass '" + className + "' names '"
                            + resource + "': only cpu and memory are supported");
                }
                if (!QuantitySyntax.isQuantity(quantity)) {
                    throw new IllegalArgumentException("the " + resource + " overhead of RuntimeClass '" + className
                            + "' must be a Kubernetes quantity such as 250m or 120Mi, not '" + quantity + "'");
                }
            });
        });
        nodeSelectors.forEach((className, selector) -> {
            requireClassName(className);
            requireNotEmpty(className, selector, "node selector");
            selector.forEach((key, value) -> {
                if (!KubernetesNames.isQualifiedName(key)) {
                    throw new IllegalArgumentException("the node selector of RuntimeClass '" + className
                            + "' has '" + key + "', which is not a valid label key");
                }
                if (!KubernetesNames.isLabelValue(value)) {
                    throw new IllegalArgumentException("the node selector of RuntimeClass '" + className
                            + "' has '" + value + "' for " + key + ", which is not a valid label value");
                }
            });
        });
    }

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(null, false, null, null, CriAnnotations.NONE);
    }

    /**
     * Whether RuntimeClass objects are written: asked for, or implied by an overhead or a node
     * selector, which only a RuntimeClass can carry.
     */
    public boolean writesRuntimeClasses() {
        return runtimeClasses || !overheads.isEmpty() || !nodeSelectors.isEmpty();
    }

    /** The class a Compose runtime is mapped to by option: a name, {@code ""} for none, or null when not mapped. */
    public String classOverride(String runtime) {
        return runtime == null ? null : classOverrides.get(runtime);
    }

    public RuntimeOptions withClassOverride(String runtime, String className) {
        SortedMap<String, String> map = new TreeMap<>(classOverrides);
        map.put(runtime == null ? "" : runtime.strip(), className == null ? "" : className.strip());
        return new RuntimeOptions(map, runtimeClasses, overheads, nodeSelectors, criAnnotations);
    }

    public RuntimeOptions withRuntimeClasses(boolean value) {
        return new RuntimeOptions(classOverrides, value, overheads, nodeSelectors, criAnnotations);
    }

    /** Adds to the overhead of a class; a resource given again replaces the earlier quantity. */
    public RuntimeOptions withOverhead(String className, Map<String, String> resources) {
        return new RuntimeOptions(classOverrides, runtimeClasses, merged(overheads, className, resources),
                nodeSelectors, criAnnotations);
    }

    /** Adds to the node selector of a class; a key given again replaces the earlier value. */
    public RuntimeOptions withNodeSelector(String className, Map<String, String> selector) {
        return new RuntimeOptions(classOverrides, runtimeClasses, overheads,
                merged(nodeSelectors, className, selector), criAnnotations);
    }

    public RuntimeOptions withCriAnnotations(CriAnnotations value) {
        return new RuntimeOptions(classOverrides, runtimeClasses, overheads, nodeSelectors, value);
    }

    private static void requireClassName(String className) {
        if (!KubernetesNames.isSubdomain(className)) {
            throw new IllegalArgumentException("'" + className + "' is not a valid RuntimeClass name: use lower-case "
                    + "letters, digits, '-' and '.', starting and ending with a letter or digit");
        }
    }

    private static void requireNotEmpty(String className, Map<String, String> values, String what) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " of RuntimeClass '" + className + "' is empty");
        }
    }

    private static SortedMap<String, SortedMap<String, String>> merged(
            SortedMap<String, SortedMap<String, String>> nested, String className, Map<String, String> values) {
        SortedMap<String, SortedMap<String, String>> result = new TreeMap<>(nested);
        SortedMap<String, String> inner = new TreeMap<>(nested.getOrDefault(className, Collections.emptySortedMap()));
        if (values != null) {
            inner.putAll(values);
        }
        result.put(className == null ? "" : className, inner);
        return result;
    }

    private static SortedMap<String, String> copy(Map<String, String> map) {
        if (map == null) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, String> result = new TreeMap<>();
        map.forEach((key, value) -> result.put(key, value == null ? "" : value));
        return Collections.unmodifiableSortedMap(result);
    }

    private static SortedMap<String, SortedMap<String, String>> copyNested(
            Map<String, ? extends Map<String, String>> map) {
        if (map == null) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, SortedMap<String, String>> result = new TreeMap<>();
        map.forEach((key, inner) -> result.put(key, copy(inner)));
        return Collections.unmodifiableSortedMap(result);
    }
}
