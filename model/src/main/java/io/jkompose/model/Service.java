package io.jkompose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One service of a Compose project, with every key of the Compose Specification that matters to
 * Kubernetes. Unset scalars are null; unset collections are empty. Values that need pointing at
 * carry their own {@link SourceLocation}; for the others, {@link #keys()} says where their key is.
 *
 * @param name the service's key in {@code services}
 * @param location where the service's key is written
 * @param keys every key the service wrote (after merge), and where: converters use it to warn about each key they do not carry to Kubernetes
 * @param command null when unset (the image's default), which differs from an empty list
 * @param entrypoint null when unset
 * @param environment only the {@code environment} key; {@code env_file}s stay in envFiles
 * @param tmpfs the {@code tmpfs} key: paths, optionally with {@code :options}
 * @param memLimit bytes
 * @param memReservation bytes
 * @param shmSize bytes
 * @param postStart the {@code post_start} hooks, in order
 * @param preStop the {@code pre_stop} hooks, in order
 * @param externalPorts entries of {@code ports} that must be reachable from outside the cluster too, where the
 *                      service's other ports must not be (OpenCompose's {@code type: external}); empty when the
 *                      ports are all alike
 * @param scratchVolumes mounts of volumes that live as long as one instance of the service ({@link ScratchVolume})
 */
public record Service(
        String name,
        SourceLocation location,
        Map<String, SourceLocation> keys,
        String image,
        Build build,
        String pullPolicy,
        String platform,
        List<String> command,
        List<String> entrypoint,
        String workingDir,
        String user,
        List<String> groupAdd,
        SortedMap<String, EnvVar> environment,
        List<EnvFile> envFiles,
        List<PortMapping> ports,
        List<ExposedPort> expose,
        List<ServiceVolume> volumes,
        List<String> tmpfs,
        List<FileReference> configs,
        List<FileReference> secrets,
        Healthcheck healthcheck,
        Deploy deploy,
        Restart restart,
        SortedMap<String, String> labels,
        SortedMap<String, String> annotations,
        String hostname,
        String domainname,
        Boolean stdinOpen,
        Boolean tty,
        Boolean init,
        Boolean privileged,
        Boolean readOnly,
        List<String> capAdd,
        List<String> capDrop,
        List<String> securityOpt,
        SortedMap<String, String> sysctls,
        String networkMode,
        SortedMap<String, ServiceNetwork> networks,
        List<String> dns,
        List<String> dnsSearch,
        List<String> dnsOpt,
        List<ExtraHost> extraHosts,
        SortedMap<String, Dependency> dependsOn,
        List<String> profiles,
        String runtime,
        Duration stopGracePeriod,
        String stopSignal,
        String containerName,
        Long memLimit,
        Long memReservation,
        Double cpus,
        Long pidsLimit,
        Long shmSize,
        List<LifecycleHook> postStart,
        List<LifecycleHook> preStop,
        List<PortMapping> externalPorts,
        List<ScratchVolume> scratchVolumes) {

    public Service {
        keys = Copies.ordered(keys);
        groupAdd = Copies.list(groupAdd);
        environment = Copies.sorted(environment);
        envFiles = Copies.list(envFiles);
        ports = Copies.list(ports);
        expose = Copies.list(expose);
        volumes = Copies.list(volumes);
        tmpfs = Copies.list(tmpfs);
        configs = Copies.list(configs);
        secrets = Copies.list(secrets);
        labels = Copies.sorted(labels);
        annotations = Copies.sorted(annotations);
        capAdd = Copies.list(capAdd);
        capDrop = Copies.list(capDrop);
        securityOpt = Copies.list(securityOpt);
        sysctls = Copies.sorted(sysctls);
        networks = Copies.sorted(networks);
        dns = Copies.list(dns);
        dnsSearch = Copies.list(dnsSearch);
        dnsOpt = Copies.list(dnsOpt);
        extraHosts = Copies.list(extraHosts);
        dependsOn = Copies.sorted(dependsOn);
        profiles = Copies.list(profiles);
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        postStart = Copies.list(postStart);
        preStop = Copies.list(preStop);
        externalPorts = Copies.list(externalPorts);
        scratchVolumes = Copies.list(scratchVolumes);
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .location(location)
                .keys(keys)
                .image(image)
                .build(build)
                .pullPolicy(pullPolicy)
                .platform(platform)
                .command(command)
                .entrypoint(entrypoint)
                .workingDir(workingDir)
                .user(user)
                .groupAdd(groupAdd)
                .environment(environment)
                .envFiles(envFiles)
                .ports(ports)
                .expose(expose)
                .volumes(volumes)
                .tmpfs(tmpfs)
                .configs(configs)
                .secrets(secrets)
                .healthcheck(healthcheck)
                .deploy(deploy)
                .restart(restart)
                .labels(labels)
                .annotations(annotations)
                .hostname(hostname)
                .domainname(domainname)
                .stdinOpen(stdinOpen)
                .tty(tty)
                .init(init)
                .privileged(privileged)
                .readOnly(readOnly)
                .capAdd(capAdd)
                .capDrop(capDrop)
                .securityOpt(securityOpt)
                .sysctls(sysctls)
                .networkMode(networkMode)
                .networks(networks)
                .dns(dns)
                .dnsSearch(dnsSearch)
                .dnsOpt(dnsOpt)
                .extraHosts(extraHosts)
                .dependsOn(dependsOn)
                .profiles(profiles)
                .runtime(runtime)
                .stopGracePeriod(stopGracePeriod)
                .stopSignal(stopSignal)
                .containerName(containerName)
                .memLimit(memLimit)
                .memReservation(memReservation)
                .cpus(cpus)
                .pidsLimit(pidsLimit)
                .shmSize(shmSize)
                .postStart(postStart)
                .preStop(preStop)
                .externalPorts(externalPorts)
                .scratchVolumes(scratchVolumes);
    }

    /** Where {@code key} was written for this service, or the service's own location. */
    public SourceLocation locationOf(String key) {
        return keys.getOrDefault(key, location);
    }

    /**
     * Where a label is written: its own entry ({@code labels.<name>} in {@link #keys()}), else the
     * {@code labels} key (a label from a {@code label_file}), else the service.
     */
    public SourceLocation labelLocation(String label) {
        SourceLocation own = keys.get("labels." + label);
        return own != null ? own : locationOf("labels");
    }

    /** A mutable builder: the loader fills it key by key, tests set only what they need. */
    public static final class Builder {
        private String name;
        private SourceLocation location;
        private Map<String, SourceLocation> keys;
        private String image;
        private Build build;
        private String pullPolicy;
        private String platform;
        private List<String> command;
        private List<String> entrypoint;
        private String workingDir;
        private String user;
        private List<String> groupAdd;
        private SortedMap<String, EnvVar> environment;
        private List<EnvFile> envFiles;
        private List<PortMapping> ports;
        private List<ExposedPort> expose;
        private List<ServiceVolume> volumes;
        private List<String> tmpfs;
        private List<FileReference> configs;
        private List<FileReference> secrets;
        private Healthcheck healthcheck;
        private Deploy deploy;
        private Restart restart;
        private SortedMap<String, String> labels;
        private SortedMap<String, String> annotations;
        private String hostname;
        private String domainname;
        private Boolean stdinOpen;
        private Boolean tty;
        private Boolean init;
        private Boolean privileged;
        private Boolean readOnly;
        private List<String> capAdd;
        private List<String> capDrop;
        private List<String> securityOpt;
        private SortedMap<String, String> sysctls;
        private String networkMode;
        private SortedMap<String, ServiceNetwork> networks;
        private List<String> dns;
        private List<String> dnsSearch;
        private List<String> dnsOpt;
        private List<ExtraHost> extraHosts;
        private SortedMap<String, Dependency> dependsOn;
        private List<String> profiles;
        private String runtime;
        private Duration stopGracePeriod;
        private String stopSignal;
        private String containerName;
        private Long memLimit;
        private Long memReservation;
        private Double cpus;
        private Long pidsLimit;
        private Long shmSize;
        private List<LifecycleHook> postStart;
        private List<LifecycleHook> preStop;
        private List<PortMapping> externalPorts;
        private List<ScratchVolume> scratchVolumes;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder location(SourceLocation location) {
            this.location = location;
            return this;
        }

        public Builder keys(Map<String, SourceLocation> keys) {
            this.keys = keys;
            return this;
        }

        public Builder image(String image) {
            this.image = image;
            return this;
        }

        public Builder build(Build build) {
            this.build = build;
            return this;
        }

        public Builder pullPolicy(String pullPolicy) {
            this.pullPolicy = pullPolicy;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder command(List<String> command) {
            this.command = command;
            return this;
        }

        public Builder entrypoint(List<String> entrypoint) {
            this.entrypoint = entrypoint;
            return this;
        }

        public Builder workingDir(String workingDir) {
            this.workingDir = workingDir;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder groupAdd(List<String> groupAdd) {
            this.groupAdd = groupAdd;
            return this;
        }

        public Builder environment(SortedMap<String, EnvVar> environment) {
            this.environment = environment;
            return this;
        }

        public Builder envFiles(List<EnvFile> envFiles) {
            this.envFiles = envFiles;
            return this;
        }

        public Builder ports(List<PortMapping> ports) {
            this.ports = ports;
            return this;
        }

        public Builder expose(List<ExposedPort> expose) {
            this.expose = expose;
            return this;
        }

        public Builder volumes(List<ServiceVolume> volumes) {
            this.volumes = volumes;
            return this;
        }

        public Builder tmpfs(List<String> tmpfs) {
            this.tmpfs = tmpfs;
            return this;
        }

        public Builder configs(List<FileReference> configs) {
            this.configs = configs;
            return this;
        }

        public Builder secrets(List<FileReference> secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder healthcheck(Healthcheck healthcheck) {
            this.healthcheck = healthcheck;
            return this;
        }

        public Builder deploy(Deploy deploy) {
            this.deploy = deploy;
            return this;
        }

        public Builder restart(Restart restart) {
            this.restart = restart;
            return this;
        }

        public Builder labels(SortedMap<String, String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder annotations(SortedMap<String, String> annotations) {
            this.annotations = annotations;
            return this;
        }

        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        public Builder domainname(String domainname) {
            this.domainname = domainname;
            return this;
        }

        public Builder stdinOpen(Boolean stdinOpen) {
            this.stdinOpen = stdinOpen;
            return this;
        }

        public Builder tty(Boolean tty) {
            this.tty = tty;
            return this;
        }

        public Builder init(Boolean init) {
            this.init = init;
            return this;
        }

        public Builder privileged(Boolean privileged) {
            this.privileged = privileged;
            return this;
        }

        public Builder readOnly(Boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder capAdd(List<String> capAdd) {
            this.capAdd = capAdd;
            return this;
        }

        public Builder capDrop(List<String> capDrop) {
            this.capDrop = capDrop;
            return this;
        }

        public Builder securityOpt(List<String> securityOpt) {
            this.securityOpt = securityOpt;
            return this;
        }

        public Builder sysctls(SortedMap<String, String> sysctls) {
            this.sysctls = sysctls;
            return this;
        }

        public Builder networkMode(String networkMode) {
            this.networkMode = networkMode;
            return this;
        }

        public Builder networks(SortedMap<String, ServiceNetwork> networks) {
            this.networks = networks;
            return this;
        }

        public Builder dns(List<String> dns) {
            this.dns = dns;
            return this;
        }

        public Builder dnsSearch(List<String> dnsSearch) {
            this.dnsSearch = dnsSearch;
            return this;
        }

        public Builder dnsOpt(List<String> dnsOpt) {
            this.dnsOpt = dnsOpt;
            return this;
        }

        public Builder extraHosts(List<ExtraHost> extraHosts) {
            this.extraHosts = extraHosts;
            return this;
        }

        public Builder dependsOn(SortedMap<String, Dependency> dependsOn) {
            this.dependsOn = dependsOn;
            return this;
        }

        public Builder profiles(List<String> profiles) {
            this.profiles = profiles;
            return this;
        }

        public Builder runtime(String runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder stopGracePeriod(Duration stopGracePeriod) {
            this.stopGracePeriod = stopGracePeriod;
            return this;
        }

        public Builder stopSignal(String stopSignal) {
            this.stopSignal = stopSignal;
            return this;
        }

        public Builder containerName(String containerName) {
            this.containerName = containerName;
            return this;
        }

        public Builder memLimit(Long memLimit) {
            this.memLimit = memLimit;
            return this;
        }

        public Builder memReservation(Long memReservation) {
            this.memReservation = memReservation;
            return this;
        }

        public Builder cpus(Double cpus) {
            this.cpus = cpus;
            return this;
        }

        public Builder pidsLimit(Long pidsLimit) {
            this.pidsLimit = pidsLimit;
            return this;
        }

        public Builder shmSize(Long shmSize) {
            this.shmSize = shmSize;
            return this;
        }

        public Builder postStart(List<LifecycleHook> postStart) {
            this.postStart = postStart;
            return this;
        }

        public Builder preStop(List<LifecycleHook> preStop) {
            this.preStop = preStop;
            return this;
        }

        public Builder externalPorts(List<PortMapping> externalPorts) {
            this.externalPorts = externalPorts;
            return this;
        }

        public Builder scratchVolumes(List<ScratchVolume> scratchVolumes) {
            this.scratchVolumes = scratchVolumes;
            return this;
        }

        public Service build() {
            return new Service(name, location, keys, image, build, pullPolicy, platform, command, entrypoint, workingDir, user, groupAdd, environment, envFiles, ports, expose, volumes, tmpfs, configs, secrets, healthcheck, deploy, restart, labels, annotations, hostname, domainname, stdinOpen, tty, init, privileged, readOnly, capAdd, capDrop, securityOpt, sysctls, networkMode, networks, dns, dnsSearch, dnsOpt, extraHosts, dependsOn, profiles, runtime, stopGracePeriod, stopSignal, containerName, memLimit, memReservation, cpus, pidsLimit, shmSize, postStart, preStop, externalPorts, scratchVolumes);
        }
    }
}
