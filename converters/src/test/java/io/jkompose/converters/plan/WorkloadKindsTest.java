package io.jkompose.converters.plan;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.keys;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.Restart.Condition.ALWAYS;
import static io.jkompose.model.Restart.Condition.NO;
import static io.jkompose.model.Restart.Condition.ON_FAILURE;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.testing.SharedTools;
import io.jkompose.model.Deploy;
import io.jkompose.model.Dependency;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Project;
import io.jkompose.model.Restart;
import io.jkompose.model.Severity;
import io.jkompose.model.Volume;
import io.jkompose.converters.testing.InMemoryFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which workload a service becomes, and what each kind is made of. */
class WorkloadKindsTest {

    private static final ConvertOptions OPTIONS = Fixtures.options().withKomposeAnnotation(false, "", "");

    @Test
    void restartNoAndOnFailureMakeABarePodAsKomposeDoes() {
        ConversionResult result = convert(project("p",
                service("once", "app").restart(Restart.of(NO)).ports(List.of(port(80, 8080))).build(),
                service("until", "app").restart(Restart.of(ON_FAILURE)).build()), OPTIONS);
        Pod once = object(result, "Pod", "once");
        assertThat(once.getApiVersion()).isEqualTo("v1");
        assertThat(once.getMetadata().getLabels()).isEqualTo(Map.of("io.kompose.service", "once"));
        assertThat(once.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(once.getSpec().getContainers()).singleElement().satisfies(c -> assertThat(c.getName()).isEqualTo("once"));
        assertThat(this.<Service>object(result, "Service", "once").getSpec().getSelector())
                .isEqualTo(Map.of("io.kompose.service", "once"));
        assertThat(this.<Pod>object(result, "Pod", "until").getSpec().getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aDeployRestartPolicyWinsOverRestartAndARetryLimitIsReportedForAPod() {
        Deploy deploy = new Deploy(null, null, null, null, null,
                new Deploy.RestartPolicy(Deploy.RestartPolicy.Condition.NONE, Duration.ofSeconds(5), null, null, at(8, 7)), null, null, null, at(6, 5));
        ConversionResult result = convert(project("p", service("a", "x").restart(Restart.of(ALWAYS)).deploy(deploy).build(),
                service("b", "x").keys(keys("image", "restart")).restart(Restart.onFailure(3)).build()), OPTIONS);
        assertThat(this.<Pod>object(result, "Pod", "a").getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(this.<Pod>object(result, "Pod", "b").getSpec().getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(result.diagnostics()).extracting(d -> d.code() + "@" + d.location()).containsExactly(
                "unconverted-value@compose.yaml:4:5",   // retry limit 3 of b
                "unconverted-value@compose.yaml:8:7");  // the delay of a's restart_policy
    }

    @Test
    void theControllerFlagChoosesTheKindOfEveryServiceAndSaysWhatItCannotFollow() {
        Project project = project("p", service("web", "nginx").build(),
                service("job", "x").keys(keys("image", "restart")).restart(Restart.of(NO)).build());
        ConversionResult result = convert(project, OPTIONS.withWorkloads(OPTIONS.workloads()
                .withController(Controller.DAEMON_SET)));
        assertThat(result.objects()).extracting(HasMetadata::getKind).containsOnly("DaemonSet");
        DaemonSet job = object(result, "DaemonSet", "job");
        assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Always");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(at(4, 5));
            assertThat(d.message()).contains("restart 'no'", "DaemonSet always restart");
        });
    }

    @Test
    void theControllerLabelWinsOverTheFlagAndAnInvalidOneIsAnErrorAtTheLabels() {
        Project project = project("p",
                service("db", "pg").keys(keys("image", "labels"))
                        .labels(map("kompose.controller.type", "StatefulSet")).build(),
                service("bad", "x").keys(keys("image", "labels"))
                        .labels(map("kompose.controller.type", "replicaset")).build());
        ConversionResult result = convert(project, OPTIONS.withWorkloads(OPTIONS.workloads()
                .withController(Controller.DEPLOYMENT)));
        assertThat(this.<StatefulSet>object(result, "StatefulSet", "db")).isNotNull();
        assertThat(this.<Deployment>object(result, "Deployment", "bad")).isNotNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::location)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("invalid-label-value", Severity.ERROR, at(4, 5)),
                        org.assertj.core.groups.Tuple.tuple("controller-label-wins", Severity.WARNING, at(4, 5)));
    }

    @Test
    void deployModeGlobalMakesADaemonSetWithoutReplicas() {
        Deploy global = new Deploy("global", 3, null, null, null, null, null, null, null, at(6, 5));
        ConversionResult result = convert(project("p", service("agent", "dd").deploy(global).build()), OPTIONS);
        DaemonSet agent = object(result, "DaemonSet", "agent");
        assertThat(agent.getApiVersion()).isEqualTo("apps/v1");
        assertThat(agent.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "agent"));
        assertThat(agent.getSpec().getTemplate().getMetadata().getLabels())
                .isEqualTo(Map.of("io.kompose.service", "agent"));
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("replica count 3", "DaemonSet has no replicas"));
    }

    @Test
    void aServiceOthersWaitForToCompleteIsAJobWhateverItsRestartOrTheControllerFlag() throws Exception {
        Project project = project("p",
                service("api", "api").dependsOn(completed("migrate", "retry", "seed")).build(),
                service("migrate", "migrate").keys(keys("image", "restart")).restart(Restart.of(ALWAYS)).build(),
                service("seed", "seed").restart(Restart.of(NO)).build(),
                service("retry", "retry").restart(Restart.onFailure(2)).build());
        ConversionResult result = convert(project, OPTIONS.withWorkloads(OPTIONS.workloads()
                .withController(Controller.DEPLOYMENT)));
        Job migrate = object(result, "Job", "migrate");
        assertThat(migrate.getApiVersion()).isEqualTo("batch/v1");
        assertThat(migrate.getMetadata().getLabels()).isEqualTo(Map.of("io.kompose.service", "migrate"));
        assertThat(migrate.getSpec().getSelector()).isNull();
        assertThat(migrate.getSpec().getManualSelector()).isNull();
        assertThat(migrate.getSpec().getBackoffLimit()).isNull(); // Kubernetes' default
        assertThat(migrate.getSpec().getTemplate().getMetadata().getLabels())
                .isEqualTo(Map.of("io.kompose.service", "migrate"));
        assertThat(migrate.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(this.<Job>object(result, "Job", "seed").getSpec().getTemplate().getSpec().getRestartPolicy())
                .isEqualTo("Never");
        Job retry = object(result, "Job", "retry");
        assertThat(retry.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(retry.getSpec().getBackoffLimit()).isEqualTo(2);
        assertThat(this.<Deployment>object(result, "Deployment", "api")).isNotNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::severity, Diagnostic::location, Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, at(4, 5), "restart 'always' of service "
                                + "'migrate' is not followed: the task runs to completion once, as a Job"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, at(40, 9), "service 'migrate' becomes a Job: "
                                + "'api' waits for it to complete (depends_on condition: service_completed_successfully)"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, at(41, 9), "service 'retry' becomes a Job: "
                                + "'api' waits for it to complete (depends_on condition: service_completed_successfully)"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, at(42, 9), "service 'seed' becomes a Job: "
                                + "'api' waits for it to complete (depends_on condition: service_completed_successfully)"));
        SharedTools.assertValid(SharedTools.write("completion-jobs", result.objects()));
    }

    @Test
    void aControllerOrScheduleLabelKeepsItsKindAndTheWaitIsReported() {
        Project project = project("p",
                service("api", "api").dependsOn(completed("migrate", "nightly")).build(),
                service("migrate", "migrate").labels(map("kompose.controller.type", "deployment")).build(),
                service("nightly", "x").restart(Restart.of(NO)).labels(map("kompose.cronjob.schedule", "@daily")).build());
        ConversionResult result = convert(project, OPTIONS);
        assertThat(this.<Deployment>object(result, "Deployment", "migrate")).isNotNull();
        assertThat(this.<CronJob>object(result, "CronJob", "nightly")).isNotNull();
        assertThat(result.objects()).extracting(HasMetadata::getKind).doesNotContain("Job", "Role");
        assertThat(result.diagnostics()).extracting(Diagnostic::severity, Diagnostic::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, at(40, 9)),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, at(41, 9)));
        assertThat(result.diagnostics().get(0).message()).contains("'migrate' runs in the Deployment 'migrate'",
                "nothing completes");
        assertThat(result.diagnostics().get(1).message()).contains("'nightly' runs in the CronJob 'nightly'");
    }

    @Test
    void aTaskInAServiceGroupRunsInTheGroupsPodWhichNeverCompletes() {
        Project project = project("p",
                service("api", "api").dependsOn(completed("migrate")).build(),
                service("migrate", "migrate").labels(map("kompose.service.group", "tools")).build(),
                service("shell", "x").labels(map("kompose.service.group", "tools")).build());
        ConversionResult result = convert(project, OPTIONS.withWorkloads(OPTIONS.workloads()
                .withGroups(io.jkompose.converters.options.WorkloadOptions.GroupMode.LABEL, null)));
        assertThat(result.objects()).extracting(HasMetadata::getKind).doesNotContain("Job");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(at(40, 9));
            assertThat(d.message()).contains("'migrate' runs in the Deployment 'tools', not in a Job of its own");
        });
    }

    @Test
    void aScheduleLabelMakesACronJobWithItsPolicyAndLimit() throws Exception {
        Project project = project("p", service("backup", "busybox").restart(Restart.onFailure(4))
                .labels(map("kompose.cronjob.schedule", "*/5 * * * *", "kompose.cronjob.concurrency_policy", "forbid"))
                .build());
        ConversionResult result = convert(project, OPTIONS);
        CronJob cronJob = object(result, "CronJob", "backup");
        assertThat(cronJob.getApiVersion()).isEqualTo("batch/v1");
        assertThat(cronJob.getSpec().getSchedule()).isEqualTo("*/5 * * * *");
        assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(cronJob.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isEqualTo(4); // from on-failure:4
        PodTemplateSpec template = cronJob.getSpec().getJobTemplate().getSpec().getTemplate();
        assertThat(template.getSpec().getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(template.getMetadata().getLabels()).isEqualTo(Map.of("io.kompose.service", "backup"));
        assertThat(result.diagnostics()).isEmpty();
        SharedTools.assertValid(SharedTools.write("cronjob", result.objects()));
    }

    @Test
    void cronJobLabelsThatAreNotValidAreErrorsAndTheyNeedASchedule() {
        ConversionResult result = convert(project("p",
                service("a", "x").labels(map("kompose.cronjob.schedule", "every day")).build(),
                service("b", "x").labels(map("kompose.cronjob.schedule", "@daily",
                        "kompose.cronjob.concurrency_policy", "sometimes", "kompose.cronjob.backoff_limit", "-1")).build(),
                service("c", "x").labels(map("kompose.cronjob.backoff_limit", "2")).build()), OPTIONS);
        assertThat(this.<Deployment>object(result, "Deployment", "a")).isNotNull();
        CronJob b = object(result, "CronJob", "b");
        assertThat(b.getSpec().getConcurrencyPolicy()).isNull();
        assertThat(result.diagnostics()).extracting(d -> d.severity() + " " + d.code()).containsExactly(
                "ERROR invalid-label-value",      // a's schedule
                "ERROR invalid-label-value",      // b's policy
                "ERROR invalid-label-value",      // b's limit
                "WARNING unconverted-label");     // c's limit without a schedule
    }

    @Test
    void anEveryScheduleIsOneSpaceAndAGoDuration() {
        ConversionResult result = convert(project("p",
                service("a", "x").labels(map("kompose.cronjob.schedule", "@every 1h30m")).build(),
                service("b", "x").labels(map("kompose.cronjob.schedule", "@every .5s")).build(),
                service("c", "x").labels(map("kompose.cronjob.schedule", "@every  1h")).build(),
                service("d", "x").labels(map("kompose.cronjob.schedule", "@every -1h")).build(),
                service("e", "x").labels(map("kompose.cronjob.schedule", "@every 1d")).build()), OPTIONS);
        assertThat(this.<CronJob>object(result, "CronJob", "a").getSpec().getSchedule()).isEqualTo("@every 1h30m");
        assertThat(this.<CronJob>object(result, "CronJob", "b").getSpec().getSchedule()).isEqualTo("@every .5s");
        assertThat(result.diagnostics()).extracting(d -> d.severity() + " " + d.code()).containsExactly(
                "ERROR invalid-label-value",      // c: two spaces
                "ERROR invalid-label-value",      // d: negative
                "ERROR invalid-label-value");     // e: Go has no days
    }

    @Test
    void updateConfigSetsTheRollingUpdateAsKomposeMapsIt() {
        Deployment stopFirst = deployment(updateConfig(2, "stop-first"));
        assertThat(stopFirst.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(stopFirst.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isZero();
        assertThat(stopFirst.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isEqualTo(2);
        Deployment startFirst = deployment(updateConfig(3, "start-first"));
        assertThat(startFirst.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isEqualTo(3);
        assertThat(startFirst.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        // Compose's default order is stop-first (kompose ignores a parallelism without an order); 0 is all at once.
        Deployment allAtOnce = deployment(updateConfig(0, null));
        assertThat(allAtOnce.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getStrVal()).isEqualTo("100%");
        assertThat(allAtOnce.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isZero();
    }

    @Test
    void updateConfigWinsOverRecreateAndItsOtherSettingsAreReported() {
        Deploy deploy = new Deploy(null, null, null, null, null, null,
                new Deploy.UpdateConfig(1, Duration.ofSeconds(10), "rollback", null, null, "start-first", at(9, 7)),
                null, null, at(6, 5));
        ConversionResult result = convert(project("p", service("db", "pg").deploy(deploy)
                .volumes(List.of(volume(VOLUME, "data", "/data", false))).build()), OPTIONS);
        Deployment db = object(result, "Deployment", "db");
        assertThat(db.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unconverted-value", at(9, 7)),    // delay, failure_action
                org.assertj.core.groups.Tuple.tuple("rollout-with-claim", at(9, 7)));  // start-first with a RWO claim
        assertThat(result.diagnostics().get(0).message()).contains("delay, failure_action");
    }

    @Test
    void aStatefulSetMakesItsClaimsPerReplicaAndItsServiceHeadless() throws Exception {
        Project project = project("p", Map.of("data", new Volume("data", null, null, null, false, null, at(20, 3)),
                        "shared", new Volume("shared", "prod_shared", null, null, true, null, at(22, 3))), Map.of(),
                service("db", "pg").ports(List.of(port(5432, 5432))).volumes(List.of(
                        volume(VOLUME, "data", "/var/lib/data", false), volume(VOLUME, "shared", "/shared", false)))
                        .tmpfs(List.of("/tmp")).build(),
                service("worker", "w").labels(map("kompose.controller.type", "statefulset")).build(),
                service("front", "f").ports(List.of(port(80, 80))).labels(map("kompose.service.type", "nodeport"))
                        .build());
        ConversionResult result = convert(project, OPTIONS.withWorkloads(OPTIONS.workloads()
                .withController(Controller.STATEFUL_SET)).withReplicas(3));
        StatefulSet db = object(result, "StatefulSet", "db");
        assertThat(db.getSpec().getReplicas()).isEqualTo(3);
        assertThat(db.getSpec().getServiceName()).isEqualTo("db");
        PersistentVolumeClaim template = db.getSpec().getVolumeClaimTemplates().get(0);
        assertThat(db.getSpec().getVolumeClaimTemplates()).hasSize(1);
        assertThat(template.getMetadata().getName()).isEqualTo("data");
        assertThat(template.getApiVersion()).isNull();
        assertThat(template.getKind()).isNull();
        // The external claim stays a pod volume shared by the replicas; the claim of 'data' is no object of its own.
        assertThat(db.getSpec().getTemplate().getSpec().getVolumes()).extracting(v -> v.getName())
                .containsExactly("prod-shared", "db-tmpfs0");
        assertThat(result.objects()).noneMatch(o -> o instanceof PersistentVolumeClaim);
        Service service = object(result, "Service", "db");
        assertThat(service.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        // worker has no ports: a headless Service governs it all the same
        Service worker = object(result, "Service", "worker");
        assertThat(worker.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(this.<StatefulSet>object(result, "StatefulSet", "worker").getSpec().getServiceName())
                .isEqualTo("worker");
        // a NodePort Service cannot be headless: one more Service, headless, governs the pods
        assertThat(this.<Service>object(result, "Service", "front").getSpec().getType()).isEqualTo("NodePort");
        Service governing = object(result, "Service", "front-headless");
        assertThat(governing.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(governing.getSpec().getSelector()).isEqualTo(Map.of("io.kompose.service", "front"));
        assertThat(this.<StatefulSet>object(result, "StatefulSet", "front").getSpec().getServiceName())
                .isEqualTo("front-headless");
        SharedTools.assertValid(SharedTools.write("statefulset", result.objects()));
    }

    @Test
    void hpaLabelsMakeAnAutoscalerForTheWorkload() throws Exception {
        ConversionResult result = convert(project("p",
                service("web", "nginx").labels(map("kompose.hpa.cpu", "80", "kompose.hpa.replicas.max", "10")).build(),
                service("api", "x").labels(map("kompose.hpa.replicas.min", "2", "kompose.controller.type", "statefulset"))
                        .build()), OPTIONS);
        HorizontalPodAutoscaler web = object(result, "HorizontalPodAutoscaler", "web");
        assertThat(web.getApiVersion()).isEqualTo("autoscaling/v2");
        HorizontalPodAutoscalerSpec spec = web.getSpec();
        assertThat(spec.getMinReplicas()).isEqualTo(1);
        assertThat(spec.getMaxReplicas()).isEqualTo(10);
        assertThat(spec.getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(spec.getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(spec.getScaleTargetRef().getName()).isEqualTo("web");
        assertThat(spec.getMetrics()).singleElement().satisfies(metric -> {
            assertThat(metric.getType()).isEqualTo("Resource");
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isEqualTo(80);
        });
        HorizontalPodAutoscalerSpec api = this.<HorizontalPodAutoscaler>object(result, "HorizontalPodAutoscaler", "api")
                .getSpec();
        assertThat(api.getScaleTargetRef().getKind()).isEqualTo("StatefulSet");
        assertThat(api.getMetrics()).hasSize(2); // neither given: kompose's cpu 50 and memory 70
        assertThat(api.getMinReplicas()).isEqualTo(2);
        assertThat(api.getMaxReplicas()).isEqualTo(3);
        // no requests: the utilization cannot be computed, which each autoscaler says per metric
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("hpa-without-request").hasSize(3);
        SharedTools.assertValid(SharedTools.write("hpa", result.objects()));
    }

    @Test
    void hpaLabelsThatAreNotValidAreErrorsAndOtherKindsAreNotScaled() {
        ConversionResult result = convert(project("p",
                service("a", "x").labels(map("kompose.hpa.replicas.min", "5", "kompose.hpa.replicas.max", "2",
                        "kompose.hpa.memory", "lots")).build(),
                service("b", "x").restart(Restart.of(NO)).labels(map("kompose.hpa.cpu", "50")).build()), OPTIONS);
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(Diagnostic::message).satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).contains("kompose.hpa.replicas.max", "'2'"),
                        m -> assertThat(m).contains("kompose.hpa.memory", "'lots'"));
        assertThat(this.<HorizontalPodAutoscaler>object(result, "HorizontalPodAutoscaler", "a").getSpec()
                .getMaxReplicas()).isEqualTo(5);
        assertThat(result.objects()).noneMatch(o -> o.getKind().equals("HorizontalPodAutoscaler")
                && o.getMetadata().getName().equals("b"));
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("a Pod cannot be scaled"));
    }

    /** depends_on each name with condition service_completed_successfully, at lines 40, 41, ... */
    private static java.util.SortedMap<String, Dependency> completed(String... names) {
        java.util.SortedMap<String, Dependency> dependsOn = new java.util.TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            dependsOn.put(names[i], new Dependency(Dependency.COMPLETED, false, true, at(40 + i, 9)));
        }
        return dependsOn;
    }

    private static Deploy updateConfig(Integer parallelism, String order) {
        return new Deploy(null, 2, null, null, null, null,
                new Deploy.UpdateConfig(parallelism, null, null, null, null, order, at(9, 7)), null, null, at(6, 5));
    }

    private Deployment deployment(Deploy deploy) {
        return object(convert(project("p", service("web", "nginx").deploy(deploy).build()), OPTIONS), "Deployment",
                "web");
    }

    private static ConversionResult convert(Project project, ConvertOptions options) {
        return KubernetesConverter.convert(project, options, InMemoryFiles.none());
    }

    @SuppressWarnings("unchecked")
    private <T extends HasMetadata> T object(ConversionResult result, String kind, String name) {
        return (T) result.objects().stream()
                .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in "
                        + result.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
