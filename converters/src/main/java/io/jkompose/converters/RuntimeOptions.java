package io.jkompose.converters;

/** Container runtime targeting (RuntimeClass, CRI annotations); none yet. */
public record RuntimeOptions() {

    public static RuntimeOptions defaults() {
        return new RuntimeOptions();
    }
}
