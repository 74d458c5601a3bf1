package io.jkompose.cli;

import io.jkompose.converters.NetworkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for Services, Ingresses, NetworkPolicies and start-up ordering. */
@Command // a mixin; the annotation lets picocli accept it while it has no options yet
final class NetworkFlags {

    /** The options of this group, for the "Network" section of the help. */
    static final String[] OPTIONS = {};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    NetworkOptions toOptions() {
        return NetworkOptions.defaults();
    }
}
