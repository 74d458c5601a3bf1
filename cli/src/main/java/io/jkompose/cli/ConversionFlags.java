package io.jkompose.cli;

import io.jkompose.converters.naming.KubernetesNames;
import io.jkompose.converters.options.ConvertOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The flags that change what objects are made, shared by every command that converts: convert,
 * apply, diff and down (which must find the same objects again).
 */
final class ConversionFlags {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Mixin
    WorkloadFlags workloads;

    @Mixin
    StorageFlags storage;

    @Mixin
    NetworkFlags network;

    @Mixin
    ContainerFlags containers;

    @Mixin
    RuntimeFlags runtime;

    private String namespace;

    @Option(names = "--with-kompose-annotation", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            paramLabel = "true|false",
            description = "Add the kompose.cmd and kompose.version annotations to the objects (default true).")
    boolean withKomposeAnnotation;

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

    /** @return the namespace given with -n, or null */
    String namespace() {
        return namespace;
    }

    ConvertOptions toOptions(JKompose root) {
        return new ConvertOptions(namespace, workloads.toOptions(), storage.toOptions(), network.toOptions(),
                containers.toOptions(), runtime.toOptions(), new ConvertOptions.Provenance(withKomposeAnnotation,
                        CommandText.of("jkompose", root.args()), VersionInfo.version()));
    }
}
