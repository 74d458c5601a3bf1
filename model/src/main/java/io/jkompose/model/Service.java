package io.jkompose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One service of a Compose project, with every key of the Compose Specification that matters to
 * Kubernetes: what identifies it here, and its other keys grouped by concern ({@link #process()},
 * {@link #resources()}, {@link #networking()}, {@link #security()}, {@link #lifecycle()},
 * {@link #storage()}). Unset scalars are null; unset collections are empty; a group is never null.
 * Values that need pointing at carry their own {@link SourceLocation}; for the others, {@link #keys()}
 * says where their key is.
 *
 * @param name          the service's key in {@code services}
 * @param location      where the service's key is written
 * @param keys          every key the service wrote (after merge), and where: converters use it to warn about each
 *                      key they do not carry to Kubernetes
 * @param image         {@code image}
 * @param build         {@code build}
 * @param pullPolicy    {@code pull_policy}
 * @param platform      {@code platform}, such as {@code linux/arm64}
 * @param containerName {@code container_name}
 * @param runtime       {@code runtime}: the container runtime to run it with
 * @param profiles      {@code profiles}
 * @param labels        {@code labels} (and those of {@code label_file}s)
 * @param annotations   {@code annotations}
 * @param deploy        {@code deploy}
 * @param process       what the container runs: command, entrypoint, working folder, environment, terminal
 * @param resources     memory, CPUs, processes and shared memory outside {@code deploy}
 * @param networking    ports, host and domain name, networks, DNS
 * @param security      user, groups, privileges, capabilities, security options, sysctls
 * @param lifecycle     dependencies, healthcheck, restart, hooks, how it is stopped
 * @param storage       volumes, tmpfs, configs, secrets and scratch volumes
 */
public record Service(
        String name,
        SourceLocation location,
        Map<String, SourceLocation> keys,
        String image,
        Build build,
        String pullPolicy,
        String platform,
        String containerName,
        String runtime,
        List<String> profiles,
        SortedMap<String, String> labels,
        SortedMap<String, String> annotations,
        Deploy deploy,
        ServiceProcess process,
        ServiceResources resources,
        ServiceNetworking networking,
        ServiceSecurity security,
        ServiceLifecycle lifecycle,
        ServiceStorage storage) {

    public Service {
        keys = Copies.ordered(keys);
        profiles = Copies.list(profiles);
        labels = Copies.sorted(labels);
        annotations = Copies.sorted(annotations);
        process = process == null ? ServiceProcess.EMPTY : process;
        resources = resources == null ? ServiceResources.EMPTY : resources;
        networking = networking == null ? ServiceNetworking.EMPTY : networking;
        security = security == null ? ServiceSecurity.EMPTY : security;
        lifecycle = lifecycle == null ? ServiceLifecycle.EMPTY : lifecycle;
        storage = storage == null ? ServiceStorage.EMPTY : storage;
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    public Builder toBuilder() {
        return new Builder(this);
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

    /**
     * A mutable builder with one setter per key, whatever its group: the loader fills it key by key,
     * tests set only what they need.
     */
    public static final class Builder {
        private String name;
        private SourceLocation location;
        private Map<String, SourceLocation> keys;
        private String image;
        private Build build;
        private String pullPolicy;
        private String platform;
        private String containerName;
        private String runtime;
        private List<String> profiles;
        private SortedMap<String, String> labels;
        private SortedMap<String, String> annotations;
        private Deploy deploy;
        // process
        private List<String> command;
        private List<String> entrypoint;
        private String workingDir;
        private SortedMap<String, EnvVar> environment;
        private List<EnvFile> envFiles;
        private Boolean stdinOpen;
        private Boolean tty;
        private Boolean init;
        // resources
        private Long memLimit;
        private Long memReservation;
        private Double cpus;
        private Long pidsLimit;
        private Long shmSize;
        // networking
        private List<PortMapping> ports;
        private List<ExposedPort> expose;
        private List<PortMapping> externalPorts;
        private String hostname;
        private String domainname;
        private String networkMode;
        private SortedMap<String, ServiceNetwork> networks;
        private List<String> dns;
        private List<String> dnsSearch;
        private List<String> dnsOpt;
        private List<ExtraHost> extraHosts;
        // security
        private String user;
        private List<String> groupAdd;
        private Boolean privileged;
        private Boolean readOnly;
        private List<String> capAdd;
        private List<String> capDrop;
        private List<String> securityOpt;
        private SortedMap<String, String> sysctls;
        // lifecycle
        private SortedMap<String, Dependency> dependsOn;
        private Healthcheck healthcheck;
        private Restart restart;
        private List<LifecycleHook> postStart;
        private List<LifecycleHook> preStop;
        private String stopSignal;
        private Duration stopGracePeriod;
        // storage
        private List<ServiceVolume> volumes;
        private List<String> tmpfs;
        private List<FileReference> configs;
        private List<FileReference> secrets;
        private List<ScratchVolume> scratchVolumes;

        private Builder() {
        }

        private Builder(Service service) {
            name(service.name).location(service.location).keys(service.keys).image(service.image).build(service.build)
                    .pullPolicy(service.pullPolicy).platform(service.platform).containerName(service.containerName)
                    .runtime(service.runtime).profiles(service.profiles).labels(service.labels)
                    .annotations(service.annotations).deploy(service.deploy);
            ServiceProcess process = service.process;
            command(process.command()).entrypoint(process.entrypoint()).workingDir(process.workingDir())
                    .environment(process.environment()).envFiles(process.envFiles()).stdinOpen(process.stdinOpen())
                    .tty(process.tty()).init(process.init());
            ServiceResources resources = service.resources;
            memLimit(resources.memLimit()).memReservation(resources.memReservation()).cpus(resources.cpus())
                    .pidsLimit(resources.pidsLimit()).shmSize(resources.shmSize());
            ServiceNetworking networking = service.networking;
            ports(networking.ports()).expose(networking.expose()).externalPorts(networking.externalPorts())
                    .hostname(networking.hostname()).domainname(networking.domainname())
                    .networkMode(networking.networkMode()).networks(networking.networks()).dns(networking.dns())
                    .dnsSearch(networking.dnsSearch()).dnsOpt(networking.dnsOpt()).extraHosts(networking.extraHosts());
            ServiceSecurity security = service.security;
            user(security.user()).groupAdd(security.groupAdd()).privileged(security.privileged())
                    .readOnly(security.readOnly()).capAdd(security.capAdd()).capDrop(security.capDrop())
                    .securityOpt(security.securityOpt()).sysctls(security.sysctls());
            ServiceLifecycle lifecycle = service.lifecycle;
            dependsOn(lifecycle.dependsOn()).healthcheck(lifecycle.healthcheck()).restart(lifecycle.restart())
                    .postStart(lifecycle.postStart()).preStop(lifecycle.preStop()).stopSignal(lifecycle.stopSignal())
                    .stopGracePeriod(lifecycle.stopGracePeriod());
            ServiceStorage storage = service.storage;
            volumes(storage.volumes()).tmpfs(storage.tmpfs()).configs(storage.configs()).secrets(storage.secrets())
                    .scratchVolumes(storage.scratchVolumes());
        }

        public Service build() {
            return new Service(name, location, keys, image, build, pullPolicy, platform, containerName, runtime,
                    profiles, labels, annotations, deploy,
                    new ServiceProcess(command, entrypoint, workingDir, environment, envFiles, stdinOpen, tty, init),
                    new ServiceResources(memLimit, memReservation, cpus, pidsLimit, shmSize),
                    new ServiceNetworking(ports, expose, externalPorts, hostname, domainname, networkMode, networks,
                            dns, dnsSearch, dnsOpt, extraHosts),
                    new ServiceSecurity(user, groupAdd, privileged, readOnly, capAdd, capDrop, securityOpt, sysctls),
                    new ServiceLifecycle(dependsOn, healthcheck, restart, postStart, preStop, stopSignal,
                            stopGracePeriod),
                    new ServiceStorage(volumes, tmpfs, configs, secrets, scratchVolumes));
        }

        // identity and cross-cutting keys
        public Builder name(String value) { name = value; return this; }
        public Builder location(SourceLocation value) { location = value; return this; }
        public Builder keys(Map<String, SourceLocation> value) { keys = value; return this; }
        public Builder image(String value) { image = value; return this; }
        public Builder build(Build value) { build = value; return this; }
        public Builder pullPolicy(String value) { pullPolicy = value; return this; }
        public Builder platform(String value) { platform = value; return this; }
        public Builder containerName(String value) { containerName = value; return this; }
        public Builder runtime(String value) { runtime = value; return this; }
        public Builder profiles(List<String> value) { profiles = value; return this; }
        public Builder labels(SortedMap<String, String> value) { labels = value; return this; }
        public Builder annotations(SortedMap<String, String> value) { annotations = value; return this; }
        public Builder deploy(Deploy value) { deploy = value; return this; }
        // process
        public Builder command(List<String> value) { command = value; return this; }
        public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
        public Builder workingDir(String value) { workingDir = value; return this; }
        public Builder environment(SortedMap<String, EnvVar> value) { environment = value; return this; }
        public Builder envFiles(List<EnvFile> value) { envFiles = value; return this; }
        public Builder stdinOpen(Boolean value) { stdinOpen = value; return this; }
        public Builder tty(Boolean value) { tty = value; return this; }
        public Builder init(Boolean value) { init = value; return this; }
        // resources
        public Builder memLimit(Long value) { memLimit = value; return this; }
        public Builder memReservation(Long value) { memReservation = value; return this; }
        public Builder cpus(Double value) { cpus = value; return this; }
        public Builder pidsLimit(Long value) { pidsLimit = value; return this; }
        public Builder shmSize(Long value) { shmSize = value; return this; }
        // networking
        public Builder ports(List<PortMapping> value) { ports = value; return this; }
        public Builder expose(List<ExposedPort> value) { expose = value; return this; }
        public Builder externalPorts(List<PortMapping> value) { externalPorts = value; return this; }
        public Builder hostname(String value) { hostname = value; return this; }
        public Builder domainname(String value) { domainname = value; return this; }
        public Builder networkMode(String value) { networkMode = value; return this; }
        public Builder networks(SortedMap<String, ServiceNetwork> value) { networks = value; return this; }
        public Builder dns(List<String> value) { dns = value; return this; }
        public Builder dnsSearch(List<String> value) { dnsSearch = value; return this; }
        public Builder dnsOpt(List<String> value) { dnsOpt = value; return this; }
        public Builder extraHosts(List<ExtraHost> value) { extraHosts = value; return this; }
        // security
        public Builder user(String value) { user = value; return this; }
        public Builder groupAdd(List<String> value) { groupAdd = value; return this; }
        public Builder privileged(Boolean value) { privileged = value; return this; }
        public Builder readOnly(Boolean value) { readOnly = value; return this; }
        public Builder capAdd(List<String> value) { capAdd = value; return this; }
        public Builder capDrop(List<String> value) { capDrop = value; return this; }
        public Builder securityOpt(List<String> value) { securityOpt = value; return this; }
        public Builder sysctls(SortedMap<String, String> value) { sysctls = value; return this; }
        // lifecycle
        public Builder dependsOn(SortedMap<String, Dependency> value) { dependsOn = value; return this; }
        public Builder healthcheck(Healthcheck value) { healthcheck = value; return this; }
        public Builder restart(Restart value) { restart = value; return this; }
        public Builder postStart(List<LifecycleHook> value) { postStart = value; return this; }
        public Builder preStop(List<LifecycleHook> value) { preStop = value; return this; }
        public Builder stopSignal(String value) { stopSignal = value; return this; }
        public Builder stopGracePeriod(Duration value) { stopGracePeriod = value; return this; }
        // storage
        public Builder volumes(List<ServiceVolume> value) { volumes = value; return this; }
        public Builder tmpfs(List<String> value) { tmpfs = value; return this; }
        public Builder configs(List<FileReference> value) { configs = value; return this; }
        public Builder secrets(List<FileReference> value) { secrets = value; return this; }
        public Builder scratchVolumes(List<ScratchVolume> value) { scratchVolumes = value; return this; }
    }
}
