package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.model.Deploy;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * The replica count: {@code --replicas} when given, else {@code deploy.replicas} (or {@code scale},
 * which the loader puts there), else one. Zero stays zero (a service scaled to nothing), which
 * kompose turns into one. Only Deployments and StatefulSets have replicas; a count the file gives
 * to another kind is reported.
 */
final class Replicas {

    static final Set<String> KEYS = Set.of("deploy.replicas", "scale");

    private Replicas() {
    }

    static int decide(Service service, Integer flag, WorkloadKind kind, Diagnostics diagnostics) {
        Deploy deploy = service.deploy();
        SourceLocation location = deploy != null && deploy.location() != null ? deploy.location()
                : service.locationOf("deploy");
        Integer fromFile = deploy == null ? null : deploy.replicas();
        Integer replicas = flag;
        if (replicas == null) {
            replicas = fromFile;
        }
        if (replicas != null && replicas < 0) {
            diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, location, "replica count " + replicas + " of service '"
                    + service.name() + "' is negative; one replica is made", null);
            replicas = null;
        }
        if (fromFile != null && fromFile != 1 && !kind.scales()) {
            diagnostics.warn(ConverterCode.UNCONVERTED_VALUE, location, "replica count " + fromFile + " of service '"
                    + service.name() + "' is not converted: a " + kind.kind() + " has no replicas",
                    kind == WorkloadKind.DAEMON_SET ? "a DaemonSet runs one pod on each node" : null);
        }
        return replicas == null ? 1 : replicas;
    }
}
