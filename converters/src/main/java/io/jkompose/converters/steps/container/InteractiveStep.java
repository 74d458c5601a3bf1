package io.jkompose.converters.steps.container;

import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import java.util.Set;

/** {@code stdin_open} and {@code tty} → the container's {@code stdin} and {@code tty}. */
public final class InteractiveStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("stdin_open", "tty");
    }

    @Override
    public void apply(ServiceContext context) {
        if (Boolean.TRUE.equals(context.service().process().stdinOpen())) {
            context.container().withStdin(true);
        }
        if (Boolean.TRUE.equals(context.service().process().tty())) {
            context.container().withTty(true);
        }
    }
}
