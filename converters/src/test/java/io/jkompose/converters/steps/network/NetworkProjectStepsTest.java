package io.jkompose.converters.steps.network;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.Dependency;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.ExposedPort;
import io.jkompose.model.Network;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceNetwork;
import io.jkompose.converters.testing.InMemoryFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The steps that act once pods are merged: NetworkPolicies and dependency waits, through the whole pipeline. */
class NetworkProjectStepsTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");
    private static final ConvertOptions POLICIES = OPTIONS.withNetwork(OPTIONS.network().withGenerateNetworkPolicies(true));

    private static Project project(Map<String, Network> networks, Service... services) {
        SortedMap<String, Service> byName = new TreeMap<>();
        for (Service service : services) {
            byName.put(service.name(), service);
        }
        return new Project("shop", Path.of("/work/shop"), List.of(Path.of("/work/shop/compose.yaml")), byName,
                null, new TreeMap<>(networks), null, null);
    }

    private static SortedMap<String, ServiceNetwork> on(String... networks) {
        SortedMap<String, ServiceNetwork> result = new TreeMap<>();
        for (String network : networks) {
            result.put(network, new ServiceNetwork(null, null, null, null, at(30, 9)));
        }
        return result;
    }

    private static SortedMap<String, Dependency> dependsOn(String condition, String... names) {
        SortedMap<String, Dependency> result = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            result.put(names[i], new Dependency(condition, false, true, at(40 + i, 9)));
        }
        return result;
    }

    private static <T extends HasMetadata> T object(ConversionResult result, Class<T> type, String name) {
        return result.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static PodTemplateSpec pod(ConversionResult result, String name) {
        return object(result, Deployment.class, name).getSpec().getTemplate();
    }

    private static void assertValid(String name, ConversionResult result) throws Exception {
        SharedTools.assertValid(SharedTools.write(name, result.objects()));
    }

    @Test
    void networksBecomePoliciesAndPodLabelsAsInKomposesNetworkPoliciesCase() throws Exception {
        // kompose's script/test/fixtures/network-policies: nginx on network web, project network-policies
        Project project = new Project("network-policies", Path.of("/work/np"), List.of(), new TreeMap<>(Map.of("nginx",
                service("nginx", "nginx").ports(List.of(port(80, 80))).networks(on("web")).build())), null,
                new TreeMap<>(Map.of("web", new Network("web", null, null, false, false, null, at(2, 3)))), null, null);
        ConversionResult result = KubernetesConverter.convert(project, POLICIES, InMemoryFiles.none());
        assertThat(pod(result, "nginx").getMetadata().getLabels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "io.kompose.service", "nginx", "io.kompose.network/network-policies-web", "true"));
        NetworkPolicy policy = object(result, NetworkPolicy.class, "network-policies-web");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .containsExactly(Map.entry("io.kompose.network/network-policies-web", "true"));
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(rule.getFrom())
                .singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .containsExactly(Map.entry("io.kompose.network/network-policies-web", "true"))));
        // beyond kompose: the published port stays open to all
        NetworkPolicy published = object(result, NetworkPolicy.class, "nginx-published");
        assertThat(published.getSpec().getPodSelector().getMatchLabels())
                .containsExactly(Map.entry("io.kompose.service", "nginx"));
        assertThat(published.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).isNullOrEmpty();
            assertThat(rule.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort().getIntVal()).isEqualTo(80);
                assertThat(p.getProtocol()).isEqualTo("TCP");
            });
        });
        assertValid("network-policies", result);
    }

    @Test
    void networkNamesFollowCompose() {
        Project project = project(Map.of(
                "app", new Network("app", "app-network", null, true, false, null, at(2, 3)),
                "ext", new Network("ext", null, null, true, false, null, at(3, 3)),
                "Back_End", new Network("Back_End", null, null, false, false, null, at(4, 3))));
        assertThat(NetworkPolicyStep.kubernetesName(NetworkPolicyStep.composeName(project, "app")))
                .isEqualTo("app-network");
        assertThat(NetworkPolicyStep.kubernetesName(NetworkPolicyStep.composeName(project, "ext"))).isEqualTo("ext");
        assertThat(NetworkPolicyStep.kubernetesName(NetworkPolicyStep.composeName(project, "Back_End")))
                .isEqualTo("shop-back-end");
        assertThat(NetworkPolicyStep.kubernetesName(NetworkPolicyStep.composeName(project, "default")))
                .isEqualTo("shop-default");
        assertThat(NetworkPolicyStep.networks(project, service("a", "x").networkMode("host").build())).isEmpty();
        assertThat(NetworkPolicyStep.networks(project, service("a", "x").build())).containsExactly("shop-default");
    }

    @Test
    void withoutTheFlagNetworksAreReportedOnceAndNothingIsMade() {
        Project project = project(Map.of(), service("api", "api").keys(keys("image", "networks"))
                .networks(on("back", "front")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(result.objects()).noneMatch(NetworkPolicy.class::isInstance);
        assertThat(pod(result, "api").getMetadata().getLabels()).containsOnlyKeys("io.kompose.service");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("networks of service 'api' are not converted");
            assertThat(d.location()).isEqualTo(at(4, 5));
        });
    }

    @Test
    void aPodSharedThroughNetworkModeCarriesTheLabelsOfItsServices() throws Exception {
        Project project = project(Map.of(),
                service("vpn", "vpn").networks(on("edge")).build(),
                service("app", "app").networkMode("service:vpn").build());
        ConversionResult result = KubernetesConverter.convert(project, POLICIES, InMemoryFiles.none());
        assertThat(pod(result, "vpn").getMetadata().getLabels()).containsOnlyKeys("io.kompose.service",
                "io.kompose.network/shop-edge");
        assertValid("network-mode-policies", result);
    }

    @Test
    void aServiceThatJoinsAnotherOnesPodIsReachedInThatPod() throws Exception {
        Project project = project(Map.of(),
                service("vpn", "vpn").ports(List.of(port(1194, 1194))).build(),
                service("app", "app").networkMode("service:vpn").ports(List.of(port(8080, 8080))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(result.objects()).extracting(HasMetadata::getKind, o -> o.getMetadata().getName()).containsExactly(
                tuple("Service", "app"), tuple("Service", "vpn"), tuple("Deployment", "vpn"));
        io.fabric8.kubernetes.api.model.Service app = object(result, io.fabric8.kubernetes.api.model.Service.class, "app");
        assertThat(app.getMetadata().getLabels()).containsExactly(Map.entry("io.kompose.service", "app"));
        assertThat(app.getSpec().getSelector()).containsExactly(Map.entry("io.kompose.service", "vpn"));
        assertThat(pod(result, "vpn").getSpec().getContainers()).extracting(Container::getName)
                .containsExactly("vpn", "app");
        assertThat(result.diagnostics()).isEmpty();
        assertValid("network-mode-service", result);
    }

    @Test
    void aDependencyWaitsForItsServicesFirstTcpPort() throws Exception {
        Project project = project(Map.of(),
                service("db", "postgres").ports(List.of(port("5432", 5432, "udp"), port(5433, 5432))).build(),
                service("web", "nginx").dependsOn(dependsOn(Dependency.HEALTHY, "db")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(pod(result, "web").getSpec().getInitContainers()).singleElement().satisfies(wait -> {
            assertThat(wait.getName()).isEqualTo("wait-for-db");
            assertThat(wait.getImage()).isEqualTo("busybox:1.37");
            assertThat(wait.getCommand()).containsExactly("sh", "-c",
                    "until nc -z -w 2 db 5433; do echo waiting for db:5433; sleep 2; done");
        });
        assertThat(result.diagnostics()).isEmpty();
        assertValid("dependency-wait", result);
    }

    @Test
    void waitsComeBeforeLabelInitContainersAndUseTheGivenImage() {
        ConvertOptions options = OPTIONS.withNetwork(OPTIONS.network().withDependencyWaitImage("example/nc:1"));
        Project project = project(Map.of(),
                service("db", "postgres").expose(List.of(new ExposedPort(5432, "tcp", at(5, 9)))).build(),
                service("web", "nginx").dependsOn(dependsOn(Dependency.STARTED, "db"))
                        .labels(map("kompose.init.containers.image", "busybox", "kompose.init.containers.name", "setup"))
                        .build());
        List<Container> init = pod(KubernetesConverter.convert(project, options, InMemoryFiles.none()), "web").getSpec().getInitContainers();
        assertThat(init).extracting(Container::getName).containsExactly("wait-for-db", "setup");
        assertThat(init.get(0).getImage()).isEqualTo("example/nc:1");
    }

    @Test
    void whatCannotBeWaitedForIsReportedAtTheDependency() {
        Project project = project(Map.of(),
                service("cache", "redis").build(),
                service("migrate", "migrate").labels(map("kompose.controller.type", "deployment")).build(),
                service("web", "nginx").dependsOn(new TreeMap<>(Map.of(
                        "cache", new Dependency(Dependency.STARTED, true, true, at(40, 9)),
                        "migrate", new Dependency(Dependency.COMPLETED, false, true, at(41, 9))))).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS.withNetwork(
                OPTIONS.network().withImplicitServices(false)), InMemoryFiles.none());
        assertThat(pod(result, "web").getSpec().getInitContainers()).isNullOrEmpty();
        assertThat(pod(result, "web").getSpec().getServiceAccountName()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::location, d -> d.message().replaceAll(":.*", ""))
                .containsExactly(
                        tuple(at(40, 9), "depends_on 'cache' of service 'web'"),
                        tuple(at(40, 9), "depends_on 'cache' of service 'web'"),
                        tuple(at(41, 9), "depends_on 'migrate' of service 'web'"));
        assertThat(result.diagnostics().get(0).message()).contains("restart: true");
        assertThat(result.diagnostics().get(1).message()).contains("nothing to wait for");
        assertThat(result.diagnostics().get(2).message()).contains("service_completed_successfully is not converted",
                "runs in the Deployment 'migrate'");
    }

    @Test
    void aDependencyToCompleteIsWaitedForWithKubectlAsAnAccountThatMayReadJobs() throws Exception {
        Project project = project(Map.of(),
                service("db", "postgres:16").expose(List.of(new ExposedPort(5432, "tcp", at(5, 9)))).build(),
                service("migrate", "migrate/migrate:v4").build(),
                service("api", "api").dependsOn(new TreeMap<>(Map.of(
                        "db", new Dependency(Dependency.HEALTHY, false, true, at(40, 9)),
                        "migrate", new Dependency(Dependency.COMPLETED, false, true, at(41, 9))))).build(),
                service("worker", "worker").dependsOn(dependsOn(Dependency.COMPLETED, "migrate")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        PodTemplateSpec api = pod(result, "api");
        assertThat(api.getSpec().getInitContainers()).extracting(Container::getName)
                .containsExactly("wait-for-db", "wait-for-migrate");
        Container wait = api.getSpec().getInitContainers().get(1);
        assertThat(wait.getImage()).isEqualTo("registry.k8s.io/kubectl:v1.34.1");
        assertThat(wait.getCommand()).isNullOrEmpty(); // the image's entrypoint is kubectl; it has no shell
        assertThat(wait.getArgs()).containsExactly("wait", "--for=condition=Complete", "--timeout=-1s", "job/migrate");
        assertThat(api.getSpec().getServiceAccountName()).isEqualTo(JobWaitAccessStep.NAME);
        assertThat(pod(result, "worker").getSpec().getServiceAccountName()).isEqualTo(JobWaitAccessStep.NAME);
        assertThat(object(result, Job.class, "migrate").getSpec().getTemplate().getSpec().getServiceAccountName())
                .isNull();
        // once for the project, after the Services, before the workloads
        assertThat(result.objects()).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
                "Service/db",
                "ServiceAccount/jkompose-job-waiter", "Role/jkompose-job-waiter", "RoleBinding/jkompose-job-waiter",
                "Deployment/api", "Deployment/db", "Job/migrate", "Deployment/worker");
        Role role = object(result, Role.class, JobWaitAccessStep.NAME);
        assertThat(role.getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getApiGroups()).containsExactly("batch");
            assertThat(rule.getResources()).containsExactly("jobs");
            assertThat(rule.getVerbs()).containsExactly("get", "list", "watch");
        });
        RoleBinding binding = object(result, RoleBinding.class, JobWaitAccessStep.NAME);
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getRoleRef().getName()).isEqualTo(JobWaitAccessStep.NAME);
        assertThat(binding.getRoleRef().getApiGroup()).isEqualTo("rbac.authorization.k8s.io");
        // no namespace: a RoleBinding's subject without one is an account of the binding's own namespace
        assertThat(binding.getSubjects()).extracting(Subject::getKind, Subject::getName, Subject::getNamespace)
                .containsExactly(tuple("ServiceAccount", JobWaitAccessStep.NAME, null));
        assertValid("completion-wait", result);
    }

    @Test
    void aPodWithItsOwnAccountKeepsItAndTheRoleIsBoundToItInTheNamespace() throws Exception {
        ConvertOptions options = OPTIONS.withNamespace("staging")
                .withNetwork(OPTIONS.network().withCompletionWaitImage("example/kubectl:1"));
        Project project = project(Map.of(),
                service("migrate", "migrate").build(),
                service("api", "api").dependsOn(dependsOn(Dependency.COMPLETED, "migrate"))
                        .labels(map("kompose.serviceaccount-name", "api-runner")).build(),
                service("web", "web").dependsOn(dependsOn(Dependency.COMPLETED, "migrate")).build());
        ConversionResult result = KubernetesConverter.convert(project, options, InMemoryFiles.none());
        assertThat(pod(result, "api").getSpec().getServiceAccountName()).isEqualTo("api-runner");
        assertThat(pod(result, "api").getSpec().getInitContainers()).singleElement()
                .satisfies(wait -> assertThat(wait.getImage()).isEqualTo("example/kubectl:1"));
        assertThat(pod(result, "web").getSpec().getServiceAccountName()).isEqualTo(JobWaitAccessStep.NAME);
        RoleBinding binding = object(result, RoleBinding.class, JobWaitAccessStep.NAME);
        assertThat(binding.getMetadata().getNamespace()).isEqualTo("staging");
        assertThat(binding.getSubjects()).extracting(Subject::getName, Subject::getNamespace).containsExactly(
                tuple(JobWaitAccessStep.NAME, "staging"), tuple("api-runner", "staging"));
        assertValid("completion-wait-namespace", result);
    }

    @Test
    void onlyPodsOfTheirOwnAccountsWaitingMakeNoServiceAccount() {
        Project project = project(Map.of(),
                service("migrate", "migrate").build(),
                service("api", "api").dependsOn(dependsOn(Dependency.COMPLETED, "migrate"))
                        .labels(map("kompose.serviceaccount-name", "api-runner")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(result.objects()).extracting(HasMetadata::getKind).doesNotContain("ServiceAccount")
                .contains("Role", "RoleBinding");
        assertThat(object(result, RoleBinding.class, JobWaitAccessStep.NAME).getSubjects())
                .extracting(Subject::getName).containsExactly("api-runner");
    }

    @Test
    void withoutWaitsTheTaskIsStillAJobButNothingWaitsOrMayReadJobs() {
        Project project = project(Map.of(),
                service("migrate", "migrate").build(),
                service("api", "api").dependsOn(dependsOn(Dependency.COMPLETED, "migrate")).build());
        ConversionResult result = KubernetesConverter.convert(project,
                OPTIONS.withNetwork(OPTIONS.network().withWaitForDependencies(false)), InMemoryFiles.none());
        assertThat(object(result, Job.class, "migrate")).isNotNull();
        assertThat(pod(result, "api").getSpec().getInitContainers()).isNullOrEmpty();
        assertThat(pod(result, "api").getSpec().getServiceAccountName()).isNull();
        assertThat(result.objects()).extracting(HasMetadata::getKind)
                .doesNotContain("ServiceAccount", "Role", "RoleBinding");
    }

    @Test
    void aDependencyInTheSamePodIsNotWaitedFor() {
        Project project = project(Map.of(),
                service("vpn", "vpn").ports(List.of(port(1194, 1194))).build(),
                service("app", "app").networkMode("service:vpn").dependsOn(dependsOn(Dependency.STARTED, "vpn"))
                        .build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(pod(result, "vpn").getSpec().getInitContainers()).isNullOrEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("both run in one pod"));
    }

    @Test
    void servicesOfOneGroupShareTheirPodsLabelsAndDoNotWaitForEachOther() {
        // kompose's security-contexts case groups dind and cup by label; cup depends_on dind
        ConvertOptions grouped = POLICIES.withWorkloads(POLICIES.workloads().withGroups(GroupMode.LABEL, null));
        Project project = project(Map.of(),
                service("dind", "docker:28.1.1-dind").ports(List.of(port(2375, 2375)))
                        .labels(map("kompose.service.group", "cup")).networks(on("build")).build(),
                service("cup", "ghcr.io/sergi0g/cup:v3.4.0").ports(List.of(port(8000, 8000)))
                        .labels(map("kompose.service.group", "cup")).networks(on("web"))
                        .dependsOn(dependsOn(Dependency.STARTED, "dind")).build());
        ConversionResult result = KubernetesConverter.convert(project, grouped, InMemoryFiles.none());
        PodTemplateSpec pod = pod(result, "cup");
        assertThat(pod.getMetadata().getLabels()).containsKeys("io.kompose.network/shop-build",
                "io.kompose.network/shop-web");
        assertThat(pod.getSpec().getInitContainers()).isNullOrEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("depends_on 'dind'").contains("both run in one pod"));
    }

    @Test
    void aWaitFromAMergedServiceGoesIntoTheSharedPodOnce() {
        Project project = project(Map.of(),
                service("db", "postgres").ports(List.of(port(5432, 5432))).build(),
                service("vpn", "vpn").dependsOn(dependsOn(Dependency.STARTED, "db")).build(),
                service("app", "app").networkMode("service:vpn").dependsOn(dependsOn(Dependency.STARTED, "db")).build());
        ConversionResult result = KubernetesConverter.convert(project, OPTIONS, InMemoryFiles.none());
        assertThat(pod(result, "vpn").getSpec().getInitContainers()).extracting(Container::getName)
                .containsExactly("wait-for-db");
    }

    @Test
    void noWaitsWhenTurnedOff() {
        ConvertOptions off = OPTIONS.withNetwork(OPTIONS.network().withWaitForDependencies(false));
        Project project = project(Map.of(),
                service("db", "postgres").ports(List.of(port(5432, 5432))).build(),
                service("web", "nginx").keys(keys("image", "depends_on")).dependsOn(dependsOn(Dependency.STARTED, "db"))
                        .build());
        ConversionResult result = KubernetesConverter.convert(project, off, InMemoryFiles.none());
        assertThat(pod(result, "web").getSpec().getInitContainers()).isNullOrEmpty();
        assertThat(result.diagnostics()).isEmpty(); // the user chose it: depends_on is not "unconverted"
    }

    @Test
    void aWaitThatNetworkPoliciesWouldBlockIsNotMade() {
        Project project = project(Map.of(),
                service("db", "postgres").expose(List.of(new ExposedPort(5432, "tcp", at(5, 9)))).networks(on("back"))
                        .build(),
                service("cache", "redis").ports(List.of(port(6379, 6379))).networks(on("back")).build(),
                service("web", "nginx").networks(on("front")).dependsOn(dependsOn(Dependency.STARTED, "cache", "db"))
                        .build());
        ConversionResult result = KubernetesConverter.convert(project, POLICIES, InMemoryFiles.none());
        // cache's published port is open to all; db's exposed port only to its network
        assertThat(pod(result, "web").getSpec().getInitContainers()).extracting(Container::getName)
                .containsExactly("wait-for-cache");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("depends_on 'db'").contains("share no network");
            assertThat(d.location()).isEqualTo(at(41, 9));
        });
    }
}
