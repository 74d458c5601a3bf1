package io.jkompose.converters.steps.container;

import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.LifecycleHandlerBuilder;
import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.model.LifecycleHook;
import io.jkompose.syntax.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code post_start} and {@code pre_stop} → the container's {@code lifecycle.postStart} and
 * {@code preStop} exec handlers. Kubernetes has one handler per hook: one plain command runs as
 * it is; several commands, or a hook with its own {@code environment} or {@code working_dir}, run
 * as one {@code sh -c} script that stops at the first failure, as Compose stops at the first
 * failing hook. A hook's {@code user} and {@code privileged} have no counterpart (a handler runs
 * as the container runs) and are reported.
 */
public final class LifecycleHooksStep implements ServiceConversionStep {

    private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public Set<String> handledKeys() {
        return Set.of("post_start", "pre_stop");
    }

    @Override
    public void apply(ServiceContext context) {
        LifecycleHandler postStart = handler(context, context.service().lifecycle().postStart(), "post_start");
        LifecycleHandler preStop = handler(context, context.service().lifecycle().preStop(), "pre_stop");
        if (postStart != null || preStop != null) {
            context.container().editOrNewLifecycle().withPostStart(postStart).withPreStop(preStop).endLifecycle();
        }
    }

    private static LifecycleHandler handler(ServiceContext context, List<LifecycleHook> hooks, String key) {
        if (hooks.isEmpty() && context.service().keys().containsKey(key)) {
            // written, but not read into the model by the loader: say so rather than drop it
            context.warn(ConverterCode.UNCONVERTED_KEY, context.locationOf(key), "key '" + key + "' of service '"
                    + context.service().name() + "' is not converted to Kubernetes (yet)", null);
            return null;
        }
        List<LifecycleHook> usable = new ArrayList<>();
        for (LifecycleHook hook : hooks) {
            if (hook.command().isEmpty()) {
                warn(context, hook, key, key, "it has no command");
                continue;
            }
            if (hook.user() != null) {
                warn(context, hook, key, key + " user", "a hook runs as the container's user");
            }
            if (Boolean.TRUE.equals(hook.privileged())) {
                warn(context, hook, key, key + " privileged", "a hook runs with the container's privileges");
            }
            usable.add(hook);
        }
        if (usable.isEmpty()) {
            return null;
        }
        List<String> command;
        if (usable.size() == 1 && usable.get(0).environment().isEmpty() && usable.get(0).workingDir() == null) {
            command = usable.get(0).command();
        } else {
            List<String> lines = new ArrayList<>();
            usable.forEach(hook -> lines.add(script(context, hook, key)));
            command = List.of("sh", "-c", String.join(" && ", lines));
        }
        return new LifecycleHandlerBuilder().withNewExec().withCommand(command).endExec().build();
    }

    /** One hook as shell text: {@code (cd DIR && NAME=value command args)}. */
    private static String script(ServiceContext context, LifecycleHook hook, String key) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> variable : hook.environment().entrySet()) {
            if (variable.getValue() == null) {
                continue; // named without a value and so unset, as Compose leaves it
            }
            if (SHELL_NAME.matcher(variable.getKey()).matches()) {
                text.append(variable.getKey()).append('=').append(ShellWords.quote(variable.getValue())).append(' ');
            } else {
                warn(context, hook, key, key + " environment variable '" + variable.getKey() + "'",
                        "a shell cannot set a variable of that name");
            }
        }
        text.append(ShellWords.join(hook.command()));
        if (hook.workingDir() == null) {
            return text.toString();
        }
        return "(cd " + ShellWords.quote(hook.workingDir()) + " && " + text + ")";
    }

    private static void warn(ServiceContext context, LifecycleHook hook, String key, String what, String reason) {
        context.warn(ConverterCode.UNCONVERTED_VALUE, hook.location() != null ? hook.location() : context.locationOf(key),
                what + " of service '" + context.service().name() + "' is not converted: " + reason, null);
    }
}
