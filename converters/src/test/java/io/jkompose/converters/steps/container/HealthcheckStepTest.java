package io.jkompose.converters.steps.container;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.jkompose.converters.options.ContainerOptions;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Healthcheck;
import io.jkompose.model.Service;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** A Compose healthcheck and kompose's probe labels → liveness, readiness and startup probes. */
class HealthcheckStepTest {

    private static Healthcheck check(List<String> test, Duration interval, Duration timeout, Integer retries) {
        return new Healthcheck(test, interval, timeout, null, null, retries, false, at(5, 5));
    }

    private static ServiceContext run(Service service) {
        return Contexts.run(Contexts.of(service), new HealthcheckStep());
    }

    private static Container container(Service service) {
        return run(service).container().build();
    }

    @Test
    void aShellTestRunsInShAndTheTimingIsCarried() {
        // kompose's v3.0 case: test "echo \"hello world\"", interval 10s, timeout 1s, retries 5
        Container container = container(service("redis", "redis").healthcheck(check(
                List.of("CMD-SHELL", "echo \"hello world\""), Duration.ofSeconds(10), Duration.ofSeconds(1), 5)).build());
        Probe liveness = container.getLivenessProbe();
        assertThat(liveness.getExec().getCommand()).containsExactly("sh", "-c", "echo \"hello world\"");
        assertThat(liveness.getPeriodSeconds()).isEqualTo(10);
        assertThat(liveness.getTimeoutSeconds()).isEqualTo(1);
        assertThat(liveness.getFailureThreshold()).isEqualTo(5);
        assertThat(liveness.getInitialDelaySeconds()).isNull();
        assertThat(container.getReadinessProbe()).isEqualTo(liveness);
        assertThat(container.getStartupProbe()).isNull();
    }

    @Test
    void aCmdTestRunsItsWordsAndUnsetTimingTakesDockersDefaults() {
        Probe liveness = container(service("a", "x").healthcheck(check(
                List.of("CMD", "curl", "-f", "http://localhost/"), null, null, null)).build()).getLivenessProbe();
        assertThat(liveness.getExec().getCommand()).containsExactly("curl", "-f", "http://localhost/");
        assertThat(liveness.getPeriodSeconds()).isEqualTo(30);
        assertThat(liveness.getTimeoutSeconds()).isEqualTo(30);
        assertThat(liveness.getFailureThreshold()).isNull(); // Kubernetes' 3 is Docker's 3
    }

    @Test
    void noneAndDisableMakeNoProbe() {
        Container none = container(service("a", "x").healthcheck(check(List.of("NONE"), null, null, null)).build());
        Container disabled = container(service("a", "x").healthcheck(new Healthcheck(List.of("CMD", "true"), null,
                null, null, null, null, true, at(5, 5))).build());
        for (Container container : List.of(none, disabled)) {
            assertThat(container.getLivenessProbe()).isNull();
            assertThat(container.getReadinessProbe()).isNull();
            assertThat(container.getStartupProbe()).isNull();
        }
    }

    @Test
    void aHealthcheckWithoutTestIsReported() {
        ServiceContext context = run(service("a", "x").healthcheck(check(List.of(), Duration.ofSeconds(5), null, 2))
                .build());
        assertThat(context.container().build().getLivenessProbe()).isNull();
        assertThat(Contexts.diagnostics(context)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unconverted-value");
            assertThat(d.location()).isEqualTo(at(5, 5));
        });
    }

    @Test
    void subSecondDurationsStayPositive() {
        Probe liveness = container(service("a", "x").healthcheck(check(List.of("CMD", "true"), Duration.ofMillis(500),
                Duration.ofMillis(200), null)).build()).getLivenessProbe();
        assertThat(liveness.getPeriodSeconds()).isEqualTo(1);
        assertThat(liveness.getTimeoutSeconds()).isEqualTo(1);
    }

    @Test
    void theReadinessProbeCanBeSwitchedOff() {
        Service service = service("a", "x").healthcheck(check(List.of("CMD", "true"), null, null, null)).build();
        ConvertOptions options = Fixtures.options()
                .withContainers(ContainerOptions.defaults().withReadinessFromHealthcheck(false));
        Container container = Contexts.run(Contexts.of(service, options), new HealthcheckStep()).container().build();
        assertThat(container.getLivenessProbe()).isNotNull();
        assertThat(container.getReadinessProbe()).isNull();
    }

    @Test
    void startPeriodGivesAStartupProbeThatAllowsTheStartPeriodAndTheUsualRetries() {
        // start_period 60s, start_interval 5s (default), interval 10s, retries 3:
        // 60s + 3 x 10s = 90s at one check every 5s → 18 failures allowed
        Healthcheck check = new Healthcheck(List.of("CMD", "pg_isready"), Duration.ofSeconds(10),
                Duration.ofSeconds(3), Duration.ofSeconds(60), null, 3, false, at(5, 5));
        Container container = container(service("db", "postgres").healthcheck(check).build());
        Probe startup = container.getStartupProbe();
        assertThat(startup.getExec().getCommand()).containsExactly("pg_isready");
        assertThat(startup.getPeriodSeconds()).isEqualTo(5);
        assertThat(startup.getFailureThreshold()).isEqualTo(18);
        assertThat(startup.getTimeoutSeconds()).isEqualTo(3);
        assertThat(container.getLivenessProbe().getInitialDelaySeconds()).isNull();

        // start_interval 2s, interval and retries unset (30s, 3): 15s + 90s = 105s → 53 checks (rounded up)
        Healthcheck withInterval = new Healthcheck(List.of("CMD", "true"), null, null, Duration.ofSeconds(15),
                Duration.ofSeconds(2), null, false, at(5, 5));
        Probe second = container(service("a", "x").healthcheck(withInterval).build()).getStartupProbe();
        assertThat(second.getPeriodSeconds()).isEqualTo(2);
        assertThat(second.getFailureThreshold()).isEqualTo(53);
    }

    @Test
    void livenessLabelsGiveAnHttpOrTcpCheck() {
        SortedMap<String, String> http = map("kompose.service.healthcheck.liveness.http_get_path", "/health",
                "kompose.service.healthcheck.liveness.http_get_port", "8080");
        Container fromHttp = container(service("a", "x").labels(http)
                .healthcheck(check(List.of(), Duration.ofSeconds(10), Duration.ofSeconds(2), 4)).build());
        assertThat(fromHttp.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health");
        assertThat(fromHttp.getLivenessProbe().getHttpGet().getPort()).isEqualTo(new IntOrString(8080));
        assertThat(fromHttp.getLivenessProbe().getExec()).isNull();
        assertThat(fromHttp.getLivenessProbe().getPeriodSeconds()).isEqualTo(10);
        assertThat(fromHttp.getLivenessProbe().getFailureThreshold()).isEqualTo(4);
        assertThat(fromHttp.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health");

        Container fromTcp = container(service("a", "x")
                .labels(map("kompose.service.healthcheck.liveness.tcp_port", "5432")).build());
        assertThat(fromTcp.getLivenessProbe().getTcpSocket().getPort()).isEqualTo(new IntOrString(5432));
        assertThat(fromTcp.getLivenessProbe().getPeriodSeconds()).isNull(); // no healthcheck: Kubernetes' timing
    }

    @Test
    void readinessLabelsDefineTheReadinessProbeAsKomposeDoes() {
        SortedMap<String, String> labels = map(
                "kompose.service.healthcheck.readiness.test", "CMD curl -f 'http://localhost/ready'",
                "kompose.service.healthcheck.readiness.interval", "10s",
                "kompose.service.healthcheck.readiness.timeout", "1m30s",
                "kompose.service.healthcheck.readiness.retries", "5",
                "kompose.service.healthcheck.readiness.start_period", "20s");
        Container container = container(service("a", "x").labels(labels)
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        Probe readiness = container.getReadinessProbe();
        assertThat(readiness.getExec().getCommand()).containsExactly("curl", "-f", "http://localhost/ready");
        assertThat(readiness.getPeriodSeconds()).isEqualTo(10);
        assertThat(readiness.getTimeoutSeconds()).isEqualTo(90);
        assertThat(readiness.getFailureThreshold()).isEqualTo(5);
        assertThat(readiness.getInitialDelaySeconds()).isEqualTo(20);
        assertThat(container.getLivenessProbe().getExec().getCommand()).containsExactly("true");
    }

    @Test
    void aReadinessShellTestRunsInShAndDisableRemovesTheProbe() {
        Container disabled = container(service("a", "x")
                .labels(map("kompose.service.healthcheck.readiness.disable", "true"))
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        assertThat(disabled.getLivenessProbe()).isNotNull();
        assertThat(disabled.getReadinessProbe()).isNull();
        Container none = container(service("a", "x")
                .labels(map("kompose.service.healthcheck.readiness.test", "NONE"))
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        assertThat(none.getReadinessProbe()).isNull();
    }

    @Test
    void badLabelValuesAreReportedAndLeftOut() {
        ServiceContext context = run(service("a", "x").labels(map(
                "kompose.service.healthcheck.readiness.tcp_port", "not a port",
                "kompose.service.healthcheck.liveness.http_get_path", "/only-a-path")).build());
        assertThat(context.container().build().getLivenessProbe()).isNull();
        assertThat(context.container().build().getReadinessProbe()).isNull();
        assertThat(Contexts.codes(context)).containsExactly("invalid-label", "invalid-label");
    }

    @Test
    void readinessTimingLabelsApplyToTheProbeFromTheHealthcheck() {
        Container container = container(service("a", "x")
                .labels(map("kompose.service.healthcheck.readiness.interval", "3s"))
                .healthcheck(check(List.of("CMD", "true"), Duration.ofSeconds(20), null, null)).build());
        assertThat(container.getLivenessProbe().getPeriodSeconds()).isEqualTo(20);
        assertThat(container.getReadinessProbe().getPeriodSeconds()).isEqualTo(3);
    }

    @Test
    void livenessLabelsTakeTheSameSettingsAsReadinessLabels() {
        Container tuned = container(service("a", "x").labels(map(
                "kompose.service.healthcheck.liveness.test", "CMD-SHELL pgrep nginx",
                "kompose.service.healthcheck.liveness.interval", "1m",
                "kompose.service.healthcheck.liveness.retries", "10"))
                .healthcheck(check(List.of("CMD", "true"), Duration.ofSeconds(20), null, null)).build());
        assertThat(tuned.getLivenessProbe().getExec().getCommand()).containsExactly("sh", "-c", "pgrep nginx");
        assertThat(tuned.getLivenessProbe().getPeriodSeconds()).isEqualTo(60);
        assertThat(tuned.getLivenessProbe().getFailureThreshold()).isEqualTo(10);
        // the readiness probe shares the check, not the liveness probe's own timing
        assertThat(tuned.getReadinessProbe().getExec().getCommand()).containsExactly("sh", "-c", "pgrep nginx");
        assertThat(tuned.getReadinessProbe().getPeriodSeconds()).isEqualTo(20);

        Container noLiveness = container(service("a", "x")
                .labels(map("kompose.service.healthcheck.liveness.disable", "true"))
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        assertThat(noLiveness.getLivenessProbe()).isNull();
        assertThat(noLiveness.getReadinessProbe().getExec().getCommand()).containsExactly("true");
    }

    @Test
    void timingLabelsWithoutAnyCheckAreReported() {
        ServiceContext context = run(service("a", "x").labels(map(
                "kompose.service.healthcheck.liveness.interval", "5s",
                "kompose.service.healthcheck.readiness.timeout", "2s")).build());
        assertThat(context.container().build().getLivenessProbe()).isNull();
        assertThat(context.container().build().getReadinessProbe()).isNull();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-label", "unconverted-label");
    }

    @Test
    void timingLabelsAreGoDurationsAsKomposeReadsThem() {
        Container container = container(service("a", "x").labels(map(
                "kompose.service.healthcheck.liveness.interval", " 1m30s ",
                "kompose.service.healthcheck.liveness.timeout", "+1.5s",
                "kompose.service.healthcheck.liveness.start_period", "0",
                "kompose.service.healthcheck.readiness.interval", "1.5h",
                "kompose.service.healthcheck.readiness.timeout", ".5s"))
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        assertThat(container.getLivenessProbe().getPeriodSeconds()).isEqualTo(90);
        assertThat(container.getLivenessProbe().getTimeoutSeconds()).isEqualTo(1);
        assertThat(container.getLivenessProbe().getInitialDelaySeconds()).isZero();
        assertThat(container.getReadinessProbe().getPeriodSeconds()).isEqualTo(5400);
        assertThat(container.getReadinessProbe().getTimeoutSeconds()).isEqualTo(1);
    }

    @Test
    void timingLabelsThatAreNoGoDurationsAreReported() {
        ServiceContext context = run(service("a", "x").labels(map(
                "kompose.service.healthcheck.liveness.interval", "10",
                "kompose.service.healthcheck.liveness.timeout", "ten seconds",
                "kompose.service.healthcheck.readiness.interval", "-5s",
                "kompose.service.healthcheck.readiness.timeout", "2d"))
                .healthcheck(check(List.of("CMD", "true"), null, null, null)).build());
        assertThat(Contexts.codes(context)).containsExactly("invalid-label", "invalid-label", "invalid-label",
                "invalid-label");
    }
}
