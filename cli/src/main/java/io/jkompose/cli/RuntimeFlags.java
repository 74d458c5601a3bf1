package io.jkompose.cli;

import io.jkompose.converters.RuntimeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for container runtime targeting (RuntimeClass, CRI annotations). */
@Command // a mixin; the annotation lets picocli accept it while it has no options yet
final class RuntimeFlags {

    /** The options of this group, for the "Runtime" section of the help. */
    static final String[] OPTIONS = {};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    RuntimeOptions toOptions() {
        return RuntimeOptions.defaults();
    }
}
