package io.jkompose.converters.steps.workload;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.pipeline.WorkloadKind;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * The replica count: {@code --replicas} when given, else {@code deploy.replicas} (or {@code scale},
 * which the loader puts there), else one. Zero stays zero (a service scaled to nothing), which
 * kompose turns into one. Only Deployments and StatefulSets have replicas; a count the file gives
 * to another kind is reported.
 */
public final class ReplicasStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("deploy.replicas", "scale");
    }

    @Override
    public void apply(ServiceContext context) {
        Deploy deploy = context.service().deploy();
        SourceLocation location = deploy != null && deploy.location() != null ? deploy.location()
                : context.locationOf("deploy");
        Integer fromFile = deploy == null ? null : deploy.replicas();
        Integer replicas = context.options().workloads().replicas();
        if (replicas == null) {
            replicas = fromFile;
        }
        if (replicas != null && replicas < 0) {
            context.warn("unconverted-value", location, "replica count " + replicas + " of service '"
                    + context.service().name() + "' is negative; one replica is made", null);
            replicas = null;
        }
        WorkloadKind kind = context.workloadKind();
        if (fromFile != null && fromFile != 1 && kind != WorkloadKind.DEPLOYMENT && kind != WorkloadKind.STATEFUL_SET) {
            context.warn("unconverted-value", location, "replica count " + fromFile + " of service '"
                    + context.service().name() + "' is not converted: a " + kind.kind() + " has no replicas",
                    kind == WorkloadKind.DAEMON_SET ? "a DaemonSet runs one pod on each node" : null);
        }
        context.setReplicas(replicas == null ? 1 : replicas);
    }
}
