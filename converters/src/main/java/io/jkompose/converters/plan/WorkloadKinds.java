package io.jkompose.converters.plan;

import io.jkompose.converters.diagnostics.ConverterCode;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.options.WorkloadOptions;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.model.Deploy;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * Decides which kind of workload runs a service, before the steps that build objects. In order:
 * <ol>
 *   <li>the {@code kompose.controller.type} label (deployment, daemonset, statefulset; it wins over
 *       {@code --controller}, as in kompose);</li>
 *   <li>the {@code kompose.cronjob.schedule} label: a CronJob;</li>
 *   <li>another service waits for it to complete ({@code depends_on} with
 *       {@code service_completed_successfully}): a Job, whatever its restart policy, since a
 *       Deployment's pods never complete (so {@code --controller} does not change it); a Job is
 *       also made for {@code restart: "no"}, where a bare Pod would do, so that every such wait
 *       waits for one thing (condition Complete) and the task survives the loss of its node;</li>
 *   <li>{@code --controller};</li>
 *   <li>{@code deploy.mode: global}: a DaemonSet;</li>
 *   <li>{@code restart: "no"} or {@code on-failure} (also through {@code deploy.restart_policy}):
 *       a bare Pod, as kompose makes one — except in a service group, whose pod runs forever;</li>
 *   <li>else a Deployment.</li>
 * </ol>
 * A restart policy that the chosen kind cannot honour is reported here, once.
 */
final class WorkloadKinds {

    static final Set<String> KEYS = Set.of("restart", "deploy.mode", "deploy.restart_policy");
    static final Set<String> LABELS = Set.of(KomposeLabels.CONTROLLER_TYPE, KomposeLabels.CRONJOB_SCHEDULE,
            KomposeLabels.CRONJOB_CONCURRENCY_POLICY, KomposeLabels.CRONJOB_BACKOFF_LIMIT,
            KomposeLabels.SERVICE_GROUP);

    private WorkloadKinds() {
    }

    /** The kind of a service's workload, with what it cannot follow reported once. */
    static WorkloadKind decide(Input context) {
        WorkloadKind kind = choose(context);
        checkRestart(context, kind);
        checkCronJobLabels(context, kind);
        checkGroupLabel(context);
        return kind;
    }

    /** What the decision reads. */
    record Input(Service service, boolean grouped, WorkloadOptions options, CronJobDirective cronJob,
            ServiceRestart restart, AwaitedCompletions.Waiter awaitedBy, Diagnostics diagnostics) {

        void warn(ConverterCode code, io.jkompose.model.SourceLocation location, String message, String hint) {
            diagnostics.warn(code, location, message, hint);
        }
    }

    private static WorkloadKind choose(Input context) {
        Controller flag = context.options().controller();
        Controller label = controllerLabel(context);
        String schedule = context.cronJob().schedule();
        boolean grouped = context.grouped();
        if (label != null) {
            if (flag != null && flag != label) {
                context.warn(ConverterCode.CONTROLLER_LABEL_WINS, KomposeLabels.location(context.service(), KomposeLabels.CONTROLLER_TYPE), "service '"
                        + context.service().name() + "' becomes a " + of(label).kind() + " as its label '"
                        + KomposeLabels.CONTROLLER_TYPE + "' says, not a " + of(flag).kind() + " (--controller)", null);
            }
            if (schedule != null) {
                context.warn(ConverterCode.UNCONVERTED_LABEL, KomposeLabels.location(context.service(), KomposeLabels.CRONJOB_SCHEDULE), "label '"
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
            context.warn(ConverterCode.UNCONVERTED_LABEL, KomposeLabels.location(context.service(), KomposeLabels.CRONJOB_SCHEDULE), "label '"
                    + KomposeLabels.CRONJOB_SCHEDULE + "' of service '" + context.service().name()
                    + "' is not followed: the service shares a pod with others (service group), which runs forever",
                    null);
        }
        Deploy deploy = context.service().deploy();
        String mode = deploy == null ? null : deploy.mode();
        SourceLocation modeLocation = deploy != null && deploy.location() != null ? deploy.location()
                : context.service().locationOf("deploy");
        if (awaited(context)) {
            return job(context, mode, modeLocation);
        }
        if (mode != null && !mode.equals("replicated") && !mode.equals("global")) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, modeLocation, "deploy mode '" + mode + "' of service '"
                    + context.service().name() + "' is not converted: its containers run as a long-running workload",
                    "for a one-off task, write restart: \"no\" (a Pod) or add a kompose.cronjob.schedule label");
        }
        if (flag != null) {
            if ("global".equals(mode) && flag != Controller.DAEMON_SET) {
                context.warn(ConverterCode.UNCONVERTED_VALUE, modeLocation, "deploy mode 'global' of service '"
                        + context.service().name() + "' would make a DaemonSet; --controller makes it a "
                        + of(flag).kind(), null);
            }
            return of(flag);
        }
        if ("global".equals(mode)) {
            return WorkloadKind.DAEMON_SET;
        }
        if (!grouped && context.restart().runsToCompletion()) {
            return WorkloadKind.POD;
        }
        return WorkloadKind.DEPLOYMENT;
    }

    /** Whether another service waits for this one to complete and nothing the user wrote says otherwise. */
    private static boolean awaited(Input context) {
        // a schedule label that is not valid is an error already; it still says the user chose
        return context.awaitedBy() != null && !context.grouped()
                && !KomposeLabels.has(context.service(), KomposeLabels.CRONJOB_SCHEDULE);
    }

    private static WorkloadKind job(Input context, String mode, SourceLocation modeLocation) {
        String name = context.service().name();
        AwaitedCompletions.Waiter waiter = context.awaitedBy();
        context.diagnostics().info(ConverterCode.COMPLETION_JOB, waiter.location(), "service '" + name
                + "' becomes a Job: '" + waiter.dependent() + "' waits for it to complete (depends_on condition: "
                + "service_completed_successfully)", null);
        if ("global".equals(mode)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, modeLocation, "deploy mode 'global' of service '" + name
                    + "' is not followed: it runs once, as a Job, since '" + waiter.dependent()
                    + "' waits for it to complete", null);
        }
        return WorkloadKind.JOB;
    }

    static WorkloadKind of(Controller controller) {
        return switch (controller) {
            case DEPLOYMENT -> WorkloadKind.DEPLOYMENT;
            case DAEMON_SET -> WorkloadKind.DAEMON_SET;
            case STATEFUL_SET -> WorkloadKind.STATEFUL_SET;
        };
    }

    private static Controller controllerLabel(Input context) {
        String value = KomposeLabels.value(context.service(), KomposeLabels.CONTROLLER_TYPE);
        if (value == null) {
            return null;
        }
        Controller controller = Controller.parse(value);
        if (controller == null) {
            KomposeLabels.invalid(context.diagnostics(), context.service(), KomposeLabels.CONTROLLER_TYPE, value,
                    "deployment, daemonset or statefulset");
        }
        return controller;
    }

    /** A restart policy that the workload cannot follow is said once, here. */
    private static void checkRestart(Input context, WorkloadKind kind) {
        ServiceRestart restart = context.restart();
        String name = context.service().name();
        if (kind.restartsAlways() && restart.runsToCompletion()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, restart.location(), "restart '" + restart.written() + "' of service '"
                    + name + "' is not followed: the pods of a " + kind.kind() + " always restart", null);
        } else if (kind == WorkloadKind.CRON_JOB && restart.policy() != null && !restart.runsToCompletion()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, restart.location(), "restart '" + restart.written() + "' of service '"
                    + name + "' is not followed: the pods of a CronJob's jobs restart on failure only", null);
        } else if (kind == WorkloadKind.JOB && restart.policy() != null && !restart.runsToCompletion()) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, restart.location(), "restart '" + restart.written() + "' of service '"
                    + name + "' is not followed: the task runs to completion once, as a Job", null);
        } else if (kind == WorkloadKind.POD && restart.maxRetries() != null) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, restart.location(), "the retry limit " + restart.maxRetries()
                    + " of service '" + name + "' is not converted: a Pod restarts its container without limit", null);
        }
        Deploy deploy = context.service().deploy();
        Deploy.RestartPolicy policy = deploy == null ? null : deploy.restartPolicy();
        if (policy != null && (policy.delay() != null || policy.window() != null)) {
            context.warn(ConverterCode.UNCONVERTED_VALUE, policy.location() != null ? policy.location() : restart.location(),
                    "delay and window of deploy.restart_policy of service '" + name
                            + "' are not converted: Kubernetes backs off restarts by itself", null);
        }
    }

    private static void checkCronJobLabels(Input context, WorkloadKind kind) {
        if (kind == WorkloadKind.CRON_JOB || KomposeLabels.has(context.service(), KomposeLabels.CRONJOB_SCHEDULE)) {
            return;
        }
        for (String label : List.of(KomposeLabels.CRONJOB_CONCURRENCY_POLICY, KomposeLabels.CRONJOB_BACKOFF_LIMIT)) {
            if (KomposeLabels.has(context.service(), label)) {
                context.warn(ConverterCode.UNCONVERTED_LABEL, KomposeLabels.location(context.service(), label), "label '" + label + "' of service '"
                        + context.service().name() + "' is not followed without '" + KomposeLabels.CRONJOB_SCHEDULE
                        + "'", null);
            }
        }
    }

    private static void checkGroupLabel(Input context) {
        if (KomposeLabels.has(context.service(), KomposeLabels.SERVICE_GROUP)
                && context.options().groupMode() != GroupMode.LABEL) {
            context.warn(ConverterCode.UNCONVERTED_LABEL, KomposeLabels.location(context.service(), KomposeLabels.SERVICE_GROUP), "label '" + KomposeLabels.SERVICE_GROUP
                    + "' of service '" + context.service().name()
                    + "' is only followed with --service-group-mode label", null);
        }
    }
}
