package io.jkompose.cli;

import io.jkompose.converters.options.ConvertOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags that change what objects are made, shared by every command that converts: convert,
 * apply, diff and down (which must find the same objects again).
 */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class ConversionFlags {

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

    @Mixin
    NamespaceOption namespace;

    @Option(names = "--with-kompose-annotation", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            paramLabel = "true|false",
            description = "Add the kompose.cmd and kompose.version annotations to the objects (default true).")
    boolean withKomposeAnnotation;

    /** @return the namespace given with -n, or null */
    String namespace() {
        return namespace.get();
    }

    /** For convert: the kompose.cmd annotation is the command line, as kompose writes it. */
    ConvertOptions toOptions(JKompose root) {
        return toOptions(CommandText.of("jkompose", RecordedArgs.of(root.args())));
    }

    /**
     * For apply and diff: the annotation names the command only. With the whole command line, a
     * second apply with other flags (--wait, --timeout) would change every pod template and roll
     * every pod, and diff would never be empty.
     */
    ConvertOptions toClusterOptions() {
        return toOptions("jkompose apply");
    }

    private ConvertOptions toOptions(String command) {
        return new ConvertOptions(namespace.get(), workloads.toOptions(), storage.toOptions(), network.toOptions(),
                containers.toOptions(), runtime.toOptions(), new ConvertOptions.Provenance(withKomposeAnnotation,
                        command, VersionInfo.version()));
    }
}
