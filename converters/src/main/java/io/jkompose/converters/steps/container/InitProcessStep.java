package io.jkompose.converters.steps.container;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/**
 * {@code init: true} → {@code shareProcessNamespace: true}. Docker's init runs as process 1, reaps
 * orphaned processes and lets the service's process get default signal handling (process 1
 * ignores a SIGTERM it does not handle). In a pod that shares its process namespace, the pod's
 * pause process is process 1 and does both. The cost: the pod's containers see each other's
 * processes, which only matters for pods of several containers.
 */
public final class InitProcessStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("init");
    }

    @Override
    public void apply(ServiceContext context) {
        if (Boolean.TRUE.equals(context.service().process().init())) {
            context.podSpec().withShareProcessNamespace(true);
        }
    }
}
