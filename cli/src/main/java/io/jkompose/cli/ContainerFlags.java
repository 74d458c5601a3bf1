package io.jkompose.cli;

import io.jkompose.converters.ContainerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for details of the containers themselves. */
@Command // a mixin; the annotation lets picocli accept it while it has no options yet
final class ContainerFlags {

    /** The options of this group, for the "Containers" section of the help. */
    static final String[] OPTIONS = {};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    ContainerOptions toOptions() {
        return ContainerOptions.defaults();
    }
}
