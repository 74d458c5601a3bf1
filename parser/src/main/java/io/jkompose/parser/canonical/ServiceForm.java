package io.jkompose.parser.canonical;

import io.jkompose.model.Build;
import io.jkompose.model.Dependency;
import io.jkompose.model.FileReference;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Restart;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.model.ServiceNetworking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One service, keys in the order of the fields of compose-go's {@code ServiceConfig} (that is the
 * order its YAML and JSON encoders write them), each only when set.
 */
final class ServiceForm {

    static final String DEFAULT_NETWORK = "default";
    private static final String SERVICE_PREFIX = "service:";

    private ServiceForm() {
    }

    static LinkedHashMap<String, Object> of(Service service, Context context) {
        KeyOrder order = context.keyOrder();
        Node node = new Node()
                .list("profiles", service.profiles())
                .map("annotations", order.sorted(service.annotations()))
                .nodeEvenEmpty("build", build(service.build(), context))
                .list("cap_add", service.security().capAdd())
                .list("cap_drop", service.security().capDrop())
                .number("cpus", GoValues.float32(service.resources().cpus()));
        command(node, "command", service.process().command(), context);
        node.list("configs", references(service.storage().configs(), false))
                .text("container_name", service.containerName())
                .map("depends_on", dependsOn(service, context))
                .nodeEvenEmpty("deploy", DeployForm.of(service.deploy(), context))
                .list("dns", service.networking().dns())
                .list("dns_opt", service.networking().dnsOpt())
                .list("dns_search", service.networking().dnsSearch())
                .text("domainname", service.networking().domainname());
        command(node, "entrypoint", service.process().entrypoint(), context);
        node.map("environment", order.sorted(EnvironmentMerge.of(service)))
                .list("expose", EntryForms.expose(service.networking().expose()))
                .list("extra_hosts", EntryForms.extraHosts(service.networking().extraHosts()))
                .list("group_add", service.security().groupAdd())
                .text("hostname", service.networking().hostname())
                .nodeEvenEmpty("healthcheck", healthcheck(service.lifecycle().healthcheck()))
                .text("image", service.image())
                .put("init", service.process().init())
                .map("labels", order.sorted(service.labels()))
                .text("mem_limit", GoValues.bytes(service.resources().memLimit()))
                .text("mem_reservation", GoValues.bytes(service.resources().memReservation()))
                .text("network_mode", service.networking().networkMode())
                .map("networks", networks(service, context))
                .number("pids_limit", service.resources().pidsLimit())
                .text("platform", service.platform())
                .list("ports", each(service.networking().ports(), EntryForms::port))
                .flag("privileged", service.security().privileged())
                .text("pull_policy", pullPolicy(service.pullPolicy()))
                .flag("read_only", service.security().readOnly())
                .text("restart", restart(service.lifecycle().restart()))
                .text("runtime", service.runtime())
                .list("secrets", references(service.storage().secrets(), true))
                .list("security_opt", service.security().securityOpt())
                .text("shm_size", GoValues.bytes(service.resources().shmSize()))
                .flag("stdin_open", service.process().stdinOpen())
                .put("stop_grace_period", DeployForm.duration(service.lifecycle().stopGracePeriod()))
                .text("stop_signal", service.lifecycle().stopSignal())
                .map("sysctls", order.sorted(service.security().sysctls()))
                .list("tmpfs", service.storage().tmpfs())
                .flag("tty", service.process().tty())
                .text("user", service.security().user())
                .list("volumes", each(service.storage().volumes(), EntryForms::volume))
                .text("working_dir", service.process().workingDir());
        return node.build();
    }

    /**
     * The networks a service is attached to. Without {@code networks} (and without
     * {@code network_mode}) compose attaches it to {@code default}.
     */
    static Map<String, Object> networks(Service service, Context context) {
        ServiceNetworking networking = service.networking();
        if (networking.networkMode() != null && !networking.networkMode().isEmpty()) {
            return networking.networks().isEmpty() ? null
                    : context.keyOrder().sorted(networking.networks(), ServiceForm::network);
        }
        if (networking.networks().isEmpty()) {
            LinkedHashMap<String, Object> attached = new LinkedHashMap<>();
            attached.put(DEFAULT_NETWORK, null);
            return attached;
        }
        return context.keyOrder().sorted(networking.networks(), ServiceForm::network);
    }

    /** {@code aliases, ipv4_address, ipv6_address, priority}; an attachment with none of them is null. */
    private static Map<String, Object> network(ServiceNetwork network) {
        if (network == null) {
            return null;
        }
        Node node = new Node()
                .list("aliases", network.aliases())
                .text("ipv4_address", network.ipv4Address())
                .text("ipv6_address", network.ipv6Address())
                .number("priority", network.priority());
        return node.isEmpty() ? null : node.build();
    }

    /** {@code context, dockerfile, args, target, tags}, with compose's defaults for the first two. */
    private static Node build(Build build, Context context) {
        if (build == null) {
            return null;
        }
        String buildContext = build.context();
        if (buildContext == null || buildContext.isEmpty()) {
            buildContext = context.workingDir() == null ? "." : context.workingDir().toString();
        }
        String dockerfile = build.dockerfile() == null || build.dockerfile().isEmpty() ? "Dockerfile" : build.dockerfile();
        return new Node()
                .text("context", buildContext)
                .text("dockerfile", dockerfile)
                .map("args", context.keyOrder().sorted(build.args()))
                .text("target", build.target())
                .list("tags", build.tags());
    }

    /** {@code test, timeout, interval, retries, start_period, start_interval, disable}. */
    private static Node healthcheck(Healthcheck check) {
        if (check == null) {
            return null;
        }
        return new Node()
                .list("test", check.test())
                .put("timeout", DeployForm.duration(check.timeout()))
                .put("interval", DeployForm.duration(check.interval()))
                .put("retries", check.retries())
                .put("start_period", DeployForm.duration(check.startPeriod()))
                .put("start_interval", DeployForm.duration(check.startInterval()))
                .flag("disable", check.disable());
    }

    /**
     * {@code command} and {@code entrypoint}: a list, {@code []} when explicitly empty. In YAML an
     * unset one is left out; Go's JSON encoder cannot omit it and writes {@code null}.
     */
    private static void command(Node node, String key, List<String> words, Context context) {
        if (words != null) {
            node.put(key, new ArrayList<>(words));
        } else if (context.json()) {
            node.putNull(key);
        }
    }

    /**
     * Each dependency in long form ({@code condition, restart, required}). A
     * {@code network_mode: service:x} makes compose add a dependency on x that restarts with it.
     */
    private static Map<String, Object> dependsOn(Service service, Context context) {
        Map<String, Dependency> dependencies = service.lifecycle().dependsOn();
        String shared = sharedNetworkService(service.networking().networkMode());
        if (shared != null && !dependencies.containsKey(shared)) {
            dependencies = new LinkedHashMap<>(dependencies);
            dependencies.put(shared, new Dependency(Dependency.STARTED, true, true, null));
        }
        return context.keyOrder().sorted(dependencies, ServiceForm::dependency);
    }

    /** {@code condition, restart, required}: required has no omitempty, restart is printed when true. */
    private static Map<String, Object> dependency(Dependency dependency) {
        if (dependency == null) {
            return dependency(new Dependency(Dependency.STARTED, false, true, null));
        }
        String condition = dependency.condition();
        return new Node()
                .text("condition", condition == null || condition.isEmpty() ? Dependency.STARTED : condition)
                .flag("restart", dependency.restart())
                .put("required", dependency.required())
                .build();
    }

    private static String sharedNetworkService(String networkMode) {
        if (networkMode == null || !networkMode.startsWith(SERVICE_PREFIX)) {
            return null;
        }
        String name = networkMode.substring(SERVICE_PREFIX.length());
        return name.isEmpty() ? null : name;
    }

    private static String restart(Restart restart) {
        return restart == null ? null : restart.written();
    }

    /** Compose rewrites the legacy {@code if_not_present} to {@code missing}. */
    private static String pullPolicy(String policy) {
        return "if_not_present".equals(policy) ? "missing" : policy;
    }

    private static List<Map<String, Object>> references(List<FileReference> references, boolean secrets) {
        return each(references, reference -> EntryForms.fileReference(reference, secrets));
    }

    private static <T> List<Map<String, Object>> each(List<T> items, Function<T, Map<String, Object>> form) {
        List<Map<String, Object>> result = new ArrayList<>(items.size());
        for (T item : items) {
            result.add(form.apply(item));
        }
        return result;
    }
}
