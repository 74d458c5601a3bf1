package io.jkompose.cli;

import io.jkompose.converters.naming.KubernetesNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -n}: for convert the namespace written into the objects, for down the one to clear. */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class NamespaceOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String namespace;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NAME",
            description = "Namespace of the generated objects; a Namespace object is written too.")
    void namespace(String value) {
        if (!KubernetesNames.isLabel(value)) { // what a namespace name must be
            throw new ParameterException(spec.commandLine(), "--namespace must be a valid namespace name "
                    + "(lower-case letters, digits and '-', at most 63, starting and ending alphanumeric), not '"
                    + value + "'");
        }
        namespace = value;
    }

    /** @return the namespace given, or null */
    String get() {
        return namespace;
    }
}
