package io.jkompose.converters.options;

import java.util.Locale;

/**
 * Which workload each service becomes, how many replicas it runs, and which services share a pod.
 *
 * @param replicas   {@code --replicas}: overrides every service's replica count when not null
 * @param controller {@code --controller}: the workload kind of every service, or null for kompose's
 *                   choice per service (a Deployment, a DaemonSet for {@code deploy.mode: global},
 *                   a Pod for {@code restart: "no"} ...)
 * @param groupMode  {@code --service-group-mode}: how services are put into one pod, or null for none
 * @param groupName  {@code --service-group-name}: the name of the pod's workload in {@code volume} mode,
 *                   or null for the members' names joined with '-'
 */
public record WorkloadOptions(Integer replicas, Controller controller, GroupMode groupMode, String groupName) {

    public WorkloadOptions {
        groupName = groupName == null || groupName.isBlank() ? null : groupName;
    }

    public static WorkloadOptions defaults() {
        return new WorkloadOptions(null, null, null, null);
    }

    public WorkloadOptions withReplicas(Integer value) {
        return new WorkloadOptions(value, controller, groupMode, groupName);
    }

    public WorkloadOptions withController(Controller value) {
        return new WorkloadOptions(replicas, value, groupMode, groupName);
    }

    public WorkloadOptions withGroups(GroupMode mode, String name) {
        return new WorkloadOptions(replicas, controller, mode, name);
    }

    /** The workload kinds {@code --controller} and the {@code kompose.controller.type} label choose from. */
    public enum Controller {
        DEPLOYMENT("deployment"),
        DAEMON_SET("daemonSet"),
        STATEFUL_SET("statefulset");

        private final String written;

        Controller(String written) {
            this.written = written;
        }

        /** As kompose spells it in its help. */
        public String written() {
            return written;
        }

        /** kompose's names, in any case ({@code daemonset}, {@code DaemonSet} ...); null for an unknown one. */
        public static Controller parse(String text) {
            if (text == null) {
                return null;
            }
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "deployment" -> DEPLOYMENT;
                case "daemonset" -> DAEMON_SET;
                case "statefulset" -> STATEFUL_SET;
                default -> null;
            };
        }
    }

    /** How {@code --service-group-mode} finds the services that share a pod. */
    public enum GroupMode {
        /** Services with the same {@code kompose.service.group} label. */
        LABEL,
        /** Services that mount exactly the same volumes. */
        VOLUME;

        /** {@code label} or {@code volume}, in any case; null for anything else. */
        public static GroupMode parse(String text) {
            if (text == null) {
                return null;
            }
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "label" -> LABEL;
                case "volume" -> VOLUME;
                default -> null;
            };
        }
    }
}
