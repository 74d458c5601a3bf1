package io.jkompose.converters.steps.workload;

import io.jkompose.converters.WorkloadOptions.Controller;
import io.jkompose.converters.WorkloadOptions.GroupMode;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.pipeline.ServiceConversionStep;
import io.jkompose.converters.pipeline.WorkloadKind;
import io.jkompose.converters.steps.metadata.KomposeLabels;
import io.jkompose.model.Deploy;
import io.jkompose.model.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * Decides which kind of workload runs a service, before the steps that build objects. In order:
 * <ol>
 *   <li>the {@code kompose.controller.type} label (deployment, daemonset, statefulset; it wins over
 *       {@code --controller}, as in kompose);</li>
 *   <li>the {@code kompose.cronjob.schedule} label: a CronJob;</li>
 *   <li>{@code --controller};</li>
 *   <li>{@code deploy.mode: global}: a DaemonSet;</li>
 *   <li>{@code restart: "no"} or {@code on-failure} (also through {@code deploy.restart_policy}):
 *       a bare Pod, as kompose makes one — except in a service group, whose pod runs forever;</li>
 *   <li>else a Deployment.</li>
 * </ol>
 * A restart policy that the chosen kind cannot honour is reported here, once.
 */
public final class WorkloadKindStep implements ServiceConversionStep {

    @Override
    public Set<String> handledKeys() {
        return Set.of("restart", "deploy.mode", "deploy.restart_policy");
    }

    @Override
    public Set<String> handledLabels() {
        return Set.of(KomposeLabels.CONTROLLER_TYPE, KomposeLabels.CRONJOB_SCHEDULE,
                KomposeLabels.CRONJOB_CONCURRENCY_POLICY, KomposeLabels.CRONJOB_BACKOFF_LIMIT,
                KomposeLabels.SERVICE_GROUP);
    }

    @Override
    public void apply(ServiceContext context) {
        WorkloadKind kind = decide(context);
        context.setWorkloadKind(kind);
        checkRestart(context, kind);
        checkCronJobLabels(context, kind);
        checkGroupLabel(context);
    }

    private static WorkloadKind decide(ServiceContext context) {
        Controller flag = context.options().workloads().controller();
        Controller label = controllerLabel(context);
        String schedule = CronJobLabels.of(context).schedule();
        boolean grouped = context.group() != null;
        if (label != null) {
            if (flag != null && flag != label) {
                context.warn("controller-label-wins", KomposeLabels.location(context), "service '"
                        + context.service().name() + "' becomes a " + of(label).kind() + " as its label '"
                        + KomposeLabels.CONTROLLER_TYPE + "' says, not a " + of(flag).kind() + " (--controller)", null);
            }
            if (schedule != null) {
                context.warn("unconverted-label", KomposeLabels.location(context), "label '"
                        + KomposeLabels.CRONJOB_SCHEDULE + "' of service '" + context.service().name()
                        + "' is not followed: its label '" + KomposeLabels.CONTROLLER_TYPE + "' makes it a "
                        + of(label).kind(), "remove one of the two labels");
            }
            return of(label);
        }
        if (schedule != null) {
            if (!grouped) {
                return WorkloadKind.CRON_JOB;
            }
            context.warn("unconverted-label", KomposeLabels.location(context), "label '"
                    + KomposeLabels.CRONJOB_SCHEDULE + "' of service '" + context.service().name()
                    + "' is not followed: the service shares a pod with others (service group), which runs forever",
                    null);
        }
        Deploy deploy = context.service().deploy();
        String mode = deploy == null ? null : deploy.mode();
        SourceLocation modeLocation = deploy != null && deploy.location() != null ? deploy.location()
                : context.locationOf("deploy");
        if (mode != null && !mode.equals("replicated") && !mode.equals("global")) {
            context.warn("unconverted-value", modeLocation, "deploy mode '" + mode + "' of service '"
                    + context.service().name() + "' is not converted: its containers run as a long-running workload",
                    "for a one-off task, write restart: \"no\" (a Pod) or add a kompose.cronjob.schedule label");
        }
        if (flag != null) {
            if ("global".equals(mode) && flag != Controller.DAEMON_SET) {
                context.warn("unconverted-value", modeLocation, "deploy mode 'global' of service '"
                        + context.service().name() + "' would make a DaemonSet; --controller makes it a "
                        + of(flag).kind(), null);
            }
            return of(flag);
        }
        if ("global".equals(mode)) {
            return WorkloadKind.DAEMON_SET;
        }
        if (!grouped && ServiceRestart.of(context).runsToCompletion()) {
            return WorkloadKind.POD;
        }
        return WorkloadKind.DEPLOYMENT;
    }

    static WorkloadKind of(Controller controller) {
        return switch (controller) {
            case DEPLOYMENT -> WorkloadKind.DEPLOYMENT;
            case DAEMON_SET -> WorkloadKind.DAEMON_SET;
            case STATEFUL_SET -> WorkloadKind.STATEFUL_SET;
        };
    }

    private static Controller controllerLabel(ServiceContext context) {
        String value = KomposeLabels.value(context, KomposeLabels.CONTROLLER_TYPE);
        if (value == null) {
            return null;
        }
        Controller controller = Controller.parse(value);
        if (controller == null) {
            KomposeLabels.invalid(context, KomposeLabels.CONTROLLER_TYPE, value,
                    "deployment, daemonset or statefulset");
        }
        return controller;
    }

    /** A restart policy that the workload cannot follow is said once, here. */
    private static void checkRestart(ServiceContext context, WorkloadKind kind) {
        ServiceRestart restart = ServiceRestart.of(context);
        String name = context.service().name();
        if (kind.restartsAlways() && restart.runsToCompletion()) {
            context.warn("unconverted-value", restart.location(), "restart '" + restart.written() + "' of service '"
                    + name + "' is not followed: the pods of a " + kind.kind() + " always restart", null);
        } else if (kind == WorkloadKind.CRON_JOB && restart.policy() != null && !restart.runsToCompletion()) {
            context.warn("unconverted-value", restart.location(), "restart '" + restart.written() + "' of service '"
                    + name + "' is not followed: the pods of a CronJob's jobs restart on failure only", null);
        } else if (kind == WorkloadKind.POD && restart.maxRetries() != null) {
            context.warn("unconverted-value", restart.location(), "the retry limit " + restart.maxRetries()
                    + " of service '" + name + "' is not converted: a Pod restarts its container without limit", null);
        }
        Deploy deploy = context.service().deploy();
        Deploy.RestartPolicy policy = deploy == null ? null : deploy.restartPolicy();
        if (policy != null && (policy.delay() != null || policy.window() != null)) {
            context.warn("unconverted-value", policy.location() != null ? policy.location() : restart.location(),
                    "delay and window of deploy.restart_policy of service '" + name
                            + "' are not converted: Kubernetes backs off restarts by itself", null);
        }
    }

    private static void checkCronJobLabels(ServiceContext context, WorkloadKind kind) {
        if (kind == WorkloadKind.CRON_JOB || KomposeLabels.has(context, KomposeLabels.CRONJOB_SCHEDULE)) {
            return;
        }
        for (String label : List.of(KomposeLabels.CRONJOB_CONCURRENCY_POLICY, KomposeLabels.CRONJOB_BACKOFF_LIMIT)) {
            if (KomposeLabels.has(context, label)) {
                context.warn("unconverted-label", KomposeLabels.location(context), "label '" + label + "' of service '"
                        + context.service().name() + "' is not followed without '" + KomposeLabels.CRONJOB_SCHEDULE
                        + "'", null);
            }
        }
    }

    private static void checkGroupLabel(ServiceContext context) {
        if (KomposeLabels.has(context, KomposeLabels.SERVICE_GROUP)
                && context.options().workloads().groupMode() != GroupMode.LABEL) {
            context.warn("unconverted-label", KomposeLabels.location(context), "label '" + KomposeLabels.SERVICE_GROUP
                    + "' of service '" + context.service().name()
                    + "' is only followed with --service-group-mode label", null);
        }
    }
}
