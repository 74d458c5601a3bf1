package io.jkompose.cli;

import io.jkompose.converters.options.WorkloadOptions;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.converters.naming.KubernetesNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for workloads: which kind, how many replicas, which services share a pod. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class WorkloadFlags {

    /** The options of this group, for the "Workloads" section of the help. */
    static final String[] OPTIONS = {"--controller", "--replicas", "--service-group-mode", "--service-group-name"};

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer replicas;
    private Controller controller;
    private GroupMode groupMode;
    private String groupName;

    @Option(names = "--replicas", paramLabel = "N",
            description = "Replica count of every workload, instead of the one in the file (default 1).")
    void replicas(int value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), "--replicas must be 0 or more, not " + value);
        }
        replicas = value;
    }

    @Option(names = "--controller", paramLabel = "KIND",
            description = "Workload of every service: deployment, daemonSet or statefulset (any case). "
                    + "Default: a Deployment, a DaemonSet for deploy.mode global, a Pod for restart \"no\" "
                    + "or on-failure.")
    void controller(String value) {
        controller = Controller.parse(value);
        if (controller == null) {
            throw new ParameterException(spec.commandLine(),
                    "--controller must be deployment, daemonSet or statefulset, not '" + value + "'");
        }
    }

    @Option(names = "--service-group-mode", paramLabel = "MODE",
            description = "Run services in one pod: 'label' groups those with the same kompose.service.group "
                    + "label, 'volume' those that mount the same volumes.")
    void groupMode(String value) {
        groupMode = GroupMode.parse(value);
        if (groupMode == null) {
            throw new ParameterException(spec.commandLine(),
                    "--service-group-mode must be label or volume, not '" + value + "'");
        }
    }

    @Option(names = "--service-group-name", paramLabel = "NAME",
            description = "With --service-group-mode volume: the name of the shared pod's workload "
                    + "(default: the services' names joined with '-').")
    void groupName(String value) {
        if (!KubernetesNames.isLabel(value)) { // what a workload's name must be
            throw new ParameterException(spec.commandLine(), "--service-group-name must be a valid workload name "
                    + "(lower-case letters, digits and '-', at most 63, starting and ending alphanumeric), not '"
                    + value + "'");
        }
        groupName = value;
    }

    WorkloadOptions toOptions() {
        if (groupName != null && groupMode != GroupMode.VOLUME) {
            throw new ParameterException(spec.commandLine(),
                    "--service-group-name needs --service-group-mode volume (in label mode the label names the group)");
        }
        return new WorkloadOptions(replicas, controller, groupMode, groupName);
    }
}
