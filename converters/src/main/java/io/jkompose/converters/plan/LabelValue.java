package io.jkompose.converters.plan;

import io.jkompose.model.SourceLocation;

/**
 * One {@code kompose.*} label as the plan read it: its checked value and where it is written.
 *
 * @param label    the label's name
 * @param value    the checked value; null when the value could not be followed (already reported)
 * @param location where the label is written (its own line, or the {@code labels} key)
 * @param <T>      the value's type
 */
public record LabelValue<T>(String label, T value, SourceLocation location) {

    /** Whether the value can be followed. */
    public boolean valid() {
        return value != null;
    }
}
