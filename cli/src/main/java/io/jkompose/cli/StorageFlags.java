package io.jkompose.cli;

import io.jkompose.converters.StorageOptions;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}'s flags for storage: what volumes become. */
@Command // a mixin; the annotation lets picocli accept it while it has no options yet
final class StorageFlags {

    /** The options of this group, for the "Storage" section of the help. */
    static final String[] OPTIONS = {"--pvc-request-size"};

    /** A Kubernetes resource quantity, such as {@code 100Mi}, {@code 1G} or {@code 1.5Gi}. */
    static final Pattern QUANTITY =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+|[KMGTPE]i|[numkMGTPE])?");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String pvcRequestSize;

    @Option(names = "--pvc-request-size", paramLabel = "SIZE",
            description = "Storage request of each PersistentVolumeClaim, a Kubernetes quantity (default "
                    + StorageOptions.DEFAULT_PVC_REQUEST_SIZE + ").")
    void pvcRequestSize(String value) {
        if (!QUANTITY.matcher(value).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--pvc-request-size must be a Kubernetes quantity such as 100Mi or 1Gi, not '" + value + "'");
        }
        pvcRequestSize = value;
    }

    StorageOptions toOptions() {
        return StorageOptions.defaults().withPvcRequestSize(pvcRequestSize);
    }
}
