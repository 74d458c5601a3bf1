package io.jkompose.cli;

import io.jkompose.converters.WorkloadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for workloads: which kind, how many replicas. */
@Command // a mixin; the annotation lets picocli accept it while it has no options yet
final class WorkloadFlags {

    /** The options of this group, for the "Workloads" section of the help. */
    static final String[] OPTIONS = {"--replicas"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer replicas;

    @Option(names = "--replicas", paramLabel = "N",
            description = "Replica count of every workload, instead of the one in the file (default 1).")
    void replicas(int value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), "--replicas must be 0 or more, not " + value);
        }
        replicas = value;
    }

    WorkloadOptions toOptions() {
        return WorkloadOptions.defaults().withReplicas(replicas);
    }
}
