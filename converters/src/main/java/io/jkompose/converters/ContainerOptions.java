package io.jkompose.converters;

/** Details of the containers themselves; none yet. */
public record ContainerOptions() {

    public static ContainerOptions defaults() {
        return new ContainerOptions();
    }
}
