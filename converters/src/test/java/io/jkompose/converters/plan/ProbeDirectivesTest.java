package io.jkompose.converters.plan;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.plan.ProbeDirectives.Exec;
import io.jkompose.converters.plan.ProbeDirectives.HttpGet;
import io.jkompose.converters.plan.ProbeDirectives.ProbePort;
import io.jkompose.converters.plan.ProbeDirectives.TcpSocket;
import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.Service;
import io.jkompose.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kompose's probe labels, read and checked once by the plan. */
class ProbeDirectivesTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private ProbeDirectives read(Service service) {
        return ProbeDirectives.read(service, true, diagnostics);
    }

    private ProbeDirectives labels(String... keyValues) {
        return read(service("web", "nginx").labels(map(keyValues)).build());
    }

    private List<Diagnostic> problems() {
        return diagnostics.toList();
    }

    @Test
    void checksAreTyped() {
        ProbeDirectives probes = labels("kompose.service.healthcheck.liveness.http_get_path", "/health",
                "kompose.service.healthcheck.liveness.http_get_port", "8080",
                "kompose.service.healthcheck.readiness.tcp_port", "http");
        assertThat(probes.liveness().check()).isEqualTo(new HttpGet("/health", new ProbePort(8080, null)));
        assertThat(probes.readiness().check()).isEqualTo(new TcpSocket(new ProbePort(null, "http")));
        assertThat(probes.readiness().kind()).isEqualTo("readiness");
        assertThat(problems()).isEmpty();
    }

    @Test
    void timingIsInSecondsAndDisableIsRead() {
        ProbeDirectives probes = labels("kompose.service.healthcheck.readiness.test", "CMD-SHELL curl -f http://x",
                "kompose.service.healthcheck.readiness.interval", "1m30s",
                "kompose.service.healthcheck.readiness.retries", "4",
                "kompose.service.healthcheck.liveness.disable", "true");
        assertThat(probes.readiness().check()).isEqualTo(new Exec(List.of("sh", "-c", "curl -f http://x")));
        assertThat(probes.readiness().periodSeconds()).isEqualTo(90);
        assertThat(probes.readiness().failureThreshold()).isEqualTo(4);
        assertThat(probes.readiness().hasTiming()).isTrue();
        assertThat(probes.liveness().disabled()).isTrue();
        assertThat(labels("kompose.service.healthcheck.readiness.test", "NONE").readiness().disabled()).isTrue();
    }

    @Test
    void aTestLabelIsSplitAsAShellWouldAndAnOpenQuoteRunsToTheEnd() {
        assertThat(ProbeDirectives.testCommand("CMD-SHELL curl -f http://x || exit 1"))
                .containsExactly("sh", "-c", "curl -f http://x || exit 1");
        assertThat(ProbeDirectives.testCommand("redis-cli ping")).containsExactly("redis-cli", "ping");
        assertThat(ProbeDirectives.testCommand("CMD curl -f \"http://a b\" 'c d' e\\ f"))
                .containsExactly("curl", "-f", "http://a b", "c d", "e f");
        assertThat(ProbeDirectives.testCommand("curl \\\n  -f")).containsExactly("curl", "-f");
        assertThat(ProbeDirectives.testCommand("curl 'http://x/a b")).containsExactly("curl", "http://x/a b");
    }

    @Test
    void theLabelsOfAProbeThatIsNotMadeAreNotReported() {
        ProbeDirectives probes = labels("kompose.service.healthcheck.readiness.disable", "true",
                "kompose.service.healthcheck.readiness.tcp_port", "not a port",
                "kompose.service.healthcheck.liveness.interval", "often");
        assertThat(probes.readiness().check()).isNull();
        assertThat(probes.liveness().periodSeconds()).isNull();
        // no readiness probe, and no liveness check for the interval to time
        assertThat(problems()).isEmpty();
    }

    @Test
    void eachProblemIsReportedAtItsLabelsOwnLine() {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        keys.put("labels", at(5, 5));
        keys.put("labels.kompose.service.healthcheck.readiness.tcp_port", at(6, 7));
        keys.put("labels.kompose.service.healthcheck.readiness.retries", at(7, 7));
        ProbeDirectives probes = read(service("web", "nginx").keys(keys).labels(map(
                "kompose.service.healthcheck.readiness.tcp_port", "99999",
                "kompose.service.healthcheck.readiness.test", "true",
                "kompose.service.healthcheck.readiness.retries", "0")).build());
        assertThat(probes.readiness().check()).isEqualTo(new Exec(List.of("true")));
        assertThat(problems()).extracting(Diagnostic::location).containsExactly(at(6, 7), at(7, 7));
        assertThat(problems()).extracting(Diagnostic::message).containsExactly(
                "label kompose.service.healthcheck.readiness.tcp_port of service 'web' is not converted: "
                        + "'99999' is neither a port number nor a port name",
                "label kompose.service.healthcheck.readiness.retries of service 'web' is not converted: "
                        + "'0' is not a positive whole number");
    }
}
