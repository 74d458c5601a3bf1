package io.jkompose.converters.steps;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;
import java.util.Set;

/**
 * The replica count: {@code --replicas} when given, else {@code deploy.replicas}, else one.
 * Zero stays zero (a service scaled to nothing), which kompose turns into one.
 */
public final class ReplicasStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        // mode: replicated is what a Deployment does; global is reported below until DaemonSets come.
        return Set.of("deploy.replicas", "deploy.mode");
    }

    @Override
    public void apply(ServiceContext context) {
        Deploy deploy = context.service().deploy();
        SourceLocation location = deploy != null && deploy.location() != null ? deploy.location()
                : context.locationOf("deploy");
        if (deploy != null && deploy.mode() != null && !"replicated".equals(deploy.mode())) {
            context.warn("unconverted-value", location, "deploy mode '" + deploy.mode() + "' of service '"
                    + context.service().name() + "' is not converted (yet); a Deployment is made", null);
        }
        Integer replicas = context.options().workloads().replicas();
        if (replicas == null && deploy != null) {
            replicas = deploy.replicas();
        }
        if (replicas != null && replicas < 0) {
            context.warn("unconverted-value", location, "replica count " + replicas + " of service '"
                    + context.service().name() + "' is negative; one replica is made", null);
            replicas = null;
        }
        context.setReplicas(replicas == null ? 1 : replicas);
    }
}
