package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Deploy;
import io.jkompose.model.Service;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** deploy.resources, mem_limit, mem_reservation, cpus and kompose's ephemeral-storage labels → resources. */
class ResourcesStepTest {

    private static final long MI = 1024L * 1024;

    private static Deploy deploy(Deploy.ResourceSpec limits, Deploy.ResourceSpec reservations,
            SortedMap<String, String> labels) {
        return new Deploy(null, null, labels, new Deploy.Resources(limits, reservations), null, null, null, null, null,
                at(6, 5));
    }

    private static ServiceContext run(Service service) {
        return Contexts.run(Contexts.of(service), new ResourcesStep());
    }

    private static Map<String, String> amounts(Map<String, Quantity> quantities) {
        Map<String, String> amounts = new TreeMap<>();
        quantities.forEach((name, quantity) -> amounts.put(name, quantity.toString()));
        return amounts;
    }

    @Test
    void deployLimitsAndReservationsBecomeLimitsAndRequests() {
        Service service = service("a", "x").deploy(deploy(new Deploy.ResourceSpec(0.5, 512 * MI, null, at(8, 9)),
                new Deploy.ResourceSpec(0.25, 128 * MI, null, at(11, 9)), null)).build();
        ResourceRequirements resources = run(service).container().build().getResources();
        assertThat(amounts(resources.getLimits())).containsExactly(Map.entry("cpu", "500m"), Map.entry("memory", "512Mi"));
        assertThat(amounts(resources.getRequests())).containsExactly(Map.entry("cpu", "250m"),
                Map.entry("memory", "128Mi"));
    }

    @Test
    void serviceLevelKeysApplyWhenDeployHasNone() {
        // kompose's v2 case: mem_limit 10000 (bytes) and 10000Mb (10000 MiB)
        assertThat(amounts(run(service("foo", "foobar").memLimit(10000L).build()).container().build().getResources()
                .getLimits())).containsExactly(Map.entry("memory", "10000"));
        ResourceRequirements redis = run(service("redis", "redis").memLimit(10000 * MI).cpus(2.0)
                .memReservation(1024 * MI).build()).container().build().getResources();
        assertThat(amounts(redis.getLimits())).containsExactly(Map.entry("cpu", "2"), Map.entry("memory", "10000Mi"));
        assertThat(amounts(redis.getRequests())).containsExactly(Map.entry("memory", "1Gi"));
    }

    @Test
    void noLimitsMeanNoResources() {
        assertThat(run(service("a", "x").memLimit(-1L).build()).container().build().getResources()).isNull();
        assertThat(run(service("a", "x").build()).container().build().getResources()).isNull();
    }

    @Test
    void ephemeralStorageComesFromKomposeDeployLabels() {
        // kompose's deploy-labels case
        Service service = service("app", "node:18-alpine").deploy(new Deploy(null, null,
                map("kompose.ephemeral-storage.request", "1Gi", "kompose.ephemeral-storage.limit", "1Gi"), null, null,
                null, null, null, null, at(6, 5))).build();
        ResourceRequirements resources = run(service).container().build().getResources();
        assertThat(amounts(resources.getLimits())).containsExactly(Map.entry("ephemeral-storage", "1Gi"));
        assertThat(amounts(resources.getRequests())).containsExactly(Map.entry("ephemeral-storage", "1Gi"));
    }

    @Test
    void conflictsAndImpossibleValuesAreReported() {
        Service service = service("a", "x").memLimit(256 * MI)
                .deploy(deploy(new Deploy.ResourceSpec(null, 512 * MI, 100L, at(8, 9)),
                        new Deploy.ResourceSpec(null, 1024 * MI, null, at(11, 9)),
                        map("kompose.ephemeral-storage.limit", "lots"))).build();
        ServiceContext context = run(service);
        ResourceRequirements resources = context.container().build().getResources();
        assertThat(amounts(resources.getLimits())).containsExactly(Map.entry("memory", "512Mi"));
        assertThat(amounts(resources.getRequests())).containsExactly(Map.entry("memory", "512Mi"));
        assertThat(Contexts.codes(context)).containsExactlyInAnyOrder("conflicting-values", "invalid-value",
                "invalid-value", "unconverted-value");
    }

    @Test
    void quantitiesAreExact() {
        assertThat(Quantities.bytes(10000)).isEqualTo("10000");
        assertThat(Quantities.bytes(10485760000L)).isEqualTo("10000Mi");
        assertThat(Quantities.bytes(1536 * MI)).isEqualTo("1536Mi");
        assertThat(Quantities.bytes(2048)).isEqualTo("2Ki");
        assertThat(Quantities.bytes(1L << 40)).isEqualTo("1Ti");
        assertThat(Quantities.cpus(1.5)).isEqualTo("1500m");
        assertThat(Quantities.cpus(0.0001)).isEqualTo("1m");
        assertThat(Quantities.cpus(4)).isEqualTo("4");
    }
}
