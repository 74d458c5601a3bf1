package io.jkompose.parser.compose;

import java.util.Set;

/**
 * The keys the Compose Specification allows in each mapping the loader reads (from its JSON schema,
 * {@code compose-spec.json}). Keys outside these sets are errors; {@code x-*} keys are extensions
 * and always allowed.
 */
final class KnownKeys {

    static final Set<String> TOP_LEVEL = Set.of("version", "name", "include", "services", "models", "networks",
            "volumes", "secrets", "configs");

    static final Set<String> SERVICE = Set.of("annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop",
            "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count", "cpu_percent",
            "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset",
            "credential_spec", "depends_on", "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt",
            "dns_search", "domainname", "entrypoint", "env_file", "environment", "expose", "extends",
            "external_links", "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init", "ipc",
            "isolation", "label_file", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation",
            "mem_swappiness", "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable",
            "oom_score_adj", "pid", "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged",
            "profiles", "provider", "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale",
            "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt",
            "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes",
            "volumes_from", "working_dir");

    static final Set<String> BUILD = Set.of("additional_contexts", "args", "cache_from", "cache_to", "context",
            "dockerfile", "dockerfile_inline", "entitlements", "extra_hosts", "isolation", "labels", "network",
            "no_cache", "platforms", "privileged", "provenance", "pull", "sbom", "secrets", "shm_size", "ssh", "tags",
            "target", "ulimits");

    /** The build keys the model carries; the others are recorded as {@code build.<key>}. */
    static final Set<String> BUILD_MODELLED = Set.of("context", "dockerfile", "args", "target", "tags");

    static final Set<String> HEALTHCHECK = Set.of("disable", "interval", "retries", "start_interval", "start_period",
            "test", "timeout");

    static final Set<String> DEPLOY = Set.of("endpoint_mode", "labels", "mode", "placement", "replicas", "resources",
            "restart_policy", "rollback_config", "update_config");
    static final Set<String> DEPLOY_RESOURCES = Set.of("limits", "reservations");
    static final Set<String> DEPLOY_LIMITS = Set.of("cpus", "memory", "pids");
    static final Set<String> DEPLOY_RESERVATIONS = Set.of("cpus", "devices", "generic_resources", "memory");
    static final Set<String> DEPLOY_PLACEMENT = Set.of("constraints", "max_replicas_per_node", "preferences");
    static final Set<String> DEPLOY_PREFERENCE = Set.of("spread");
    static final Set<String> DEPLOY_RESTART_POLICY = Set.of("condition", "delay", "max_attempts", "window");
    static final Set<String> DEPLOY_UPDATE_CONFIG = Set.of("delay", "failure_action", "max_failure_ratio", "monitor",
            "order", "parallelism");

    static final Set<String> DEPENDS_ON = Set.of("condition", "required", "restart");
    static final Set<String> SERVICE_NETWORK = Set.of("aliases", "driver_opts", "gw_priority", "interface_name",
            "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "priority");
    static final Set<String> SERVICE_NETWORK_MODELLED = Set.of("aliases", "ipv4_address", "ipv6_address", "priority");
    static final Set<String> PORT = Set.of("app_protocol", "host_ip", "mode", "name", "protocol", "published",
            "target");
    static final Set<String> VOLUME_MOUNT = Set.of("bind", "consistency", "image", "read_only", "source", "target",
            "tmpfs", "type", "volume");
    static final Set<String> VOLUME_MOUNT_BIND = Set.of("create_host_path", "propagation", "recursive", "selinux");
    static final Set<String> VOLUME_MOUNT_VOLUME = Set.of("labels", "nocopy", "subpath");
    static final Set<String> VOLUME_MOUNT_TMPFS = Set.of("mode", "size");
    static final Set<String> VOLUME_MOUNT_IMAGE = Set.of("subpath");
    /** An entry of {@code post_start} / {@code pre_stop}. */
    static final Set<String> LIFECYCLE_HOOK = Set.of("command", "environment", "privileged", "user", "working_dir");
    static final Set<String> ENV_FILE = Set.of("format", "path", "required");
    static final Set<String> FILE_REFERENCE = Set.of("gid", "mode", "source", "target", "uid");

    static final Set<String> VOLUME = Set.of("driver", "driver_opts", "external", "labels", "name");
    static final Set<String> NETWORK = Set.of("attachable", "driver", "driver_opts", "enable_ipv4", "enable_ipv6",
            "external", "internal", "ipam", "labels", "name");
    static final Set<String> SECRET = Set.of("driver", "driver_opts", "environment", "external", "file", "labels",
            "name", "template_driver");
    static final Set<String> CONFIG = Set.of("content", "environment", "external", "file", "labels", "name",
            "template_driver");
    static final Set<String> EXTERNAL = Set.of("name");
    static final Set<String> EXTENDS = Set.of("file", "service");
    static final Set<String> INCLUDE = Set.of("env_file", "path", "project_directory");

    private KnownKeys() {
    }

    static boolean isExtension(String key) {
        return key.startsWith("x-");
    }
}
