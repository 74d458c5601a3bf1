package io.jkompose.converters.plan;

import io.jkompose.model.SourceLocation;
import java.util.List;

/**
 * kompose's init container labels, checked once.
 *
 * @param name         the container's name ({@code kompose.init.containers.name}, default
 *                     {@code init-service}), a valid DNS label
 * @param image        {@code kompose.init.containers.image}
 * @param command      {@code kompose.init.containers.command}, split; empty for the image's own
 * @param nameLocation where the name label is written (or the {@code labels} key)
 */
public record InitContainerDirective(String name, String image, List<String> command, SourceLocation nameLocation) {

    public InitContainerDirective {
        command = List.copyOf(command);
    }
}
