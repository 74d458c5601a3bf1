package io.jkompose.converters.steps.container;

import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.model.Deploy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** deploy.placement → node affinity, tolerations, topology spread, pod anti-affinity. */
class PlacementStepTest {

    private static ServiceContext run(String mode, List<String> constraints, List<String> preferences, Integer max) {
        Deploy deploy = new Deploy(mode, null, null, null, new Deploy.Placement(constraints, preferences, max, at(8, 7)),
                null, null, null, null, at(6, 5));
        return Contexts.run(Contexts.of(service("web", "nginx").deploy(deploy).build()), new PlacementStep());
    }

    private static NodeSelectorRequirement requirement(String key, String operator, String... values) {
        return new NodeSelectorRequirement(key, operator, List.of(values));
    }

    @Test
    void constraintsBecomeOneRequiredNodeAffinityTerm() {
        ServiceContext context = run(null, List.of("node.labels.disktype == ssd", "node.hostname!=node-3",
                "node.platform.arch == x86_64", "engine.labels.operatingsystem == Linux"), List.of(), null);
        PodSpec pod = context.podSpec().build();
        List<NodeSelectorRequirement> requirements = pod.getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0).getMatchExpressions();
        assertThat(requirements).containsExactly(
                requirement("disktype", "In", "ssd"),
                requirement("kubernetes.io/hostname", "NotIn", "node-3"),
                requirement("kubernetes.io/arch", "In", "amd64"),
                requirement("kubernetes.io/os", "In", "linux"));
        assertThat(pod.getTolerations()).isEmpty();
        assertThat(Contexts.diagnostics(context)).isEmpty();
    }

    @Test
    void nodeRoleSelectsControlPlaneNodesAndToleratesTheirTaint() {
        PodSpec manager = run(null, List.of("node.role == manager"), List.of(), null).podSpec().build();
        assertThat(manager.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchExpressions())
                .containsExactly(new NodeSelectorRequirement("node-role.kubernetes.io/control-plane", "Exists", List.of()));
        assertThat(manager.getTolerations()).singleElement().satisfies(t -> {
            assertThat(t.getKey()).isEqualTo("node-role.kubernetes.io/control-plane");
            assertThat(t.getOperator()).isEqualTo("Exists");
            assertThat(t.getEffect()).isEqualTo("NoSchedule");
        });
        PodSpec worker = run(null, List.of("node.role != manager"), List.of(), null).podSpec().build();
        assertThat(worker.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchExpressions()).extracting(NodeSelectorRequirement::getOperator)
                .containsExactly("DoesNotExist");
        assertThat(worker.getTolerations()).isEmpty();
    }

    @Test
    void constraintsWithoutCounterpartAreReported() {
        ServiceContext context = run(null, List.of("node.id == 2ivku8v2gvtg4", "node.labels.zone", "node.labels.a == b c"),
                List.of(), null);
        assertThat(context.podSpec().build().getAffinity()).isNull();
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value", "unconverted-value",
                "unconverted-value");
        assertThat(Contexts.diagnostics(context)).allSatisfy(d -> assertThat(d.location()).isEqualTo(at(8, 7)));
    }

    @Test
    void preferencesSpreadWithDecreasingSkewAsKomposeDoes() {
        List<TopologySpreadConstraint> spread = run(null, List.of(),
                List.of("node.labels.zone", "node.labels.rack"), null).podSpec().build().getTopologySpreadConstraints();
        assertThat(spread).extracting(TopologySpreadConstraint::getTopologyKey).containsExactly("zone", "rack");
        assertThat(spread).extracting(TopologySpreadConstraint::getMaxSkew).containsExactly(2, 1);
        assertThat(spread).allSatisfy(c -> {
            assertThat(c.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
            assertThat(c.getLabelSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "web"));
        });
        ServiceContext global = run("global", List.of(), List.of("node.labels.zone"), null);
        assertThat(global.podSpec().build().getTopologySpreadConstraints()).isEmpty();
        assertThat(Contexts.codes(global)).containsExactly("unconverted-value");
    }

    @Test
    void oneReplicaPerNodeIsARequiredPodAntiAffinity() {
        PodSpec pod = run(null, List.of(), List.of(), 1).podSpec().build();
        assertThat(pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
                .singleElement().satisfies(term -> {
                    assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(term.getLabelSelector().getMatchLabels()).isEqualTo(Map.of("io.kompose.service", "web"));
                });
        ServiceContext three = run(null, List.of(), List.of(), 3);
        assertThat(three.podSpec().build().getAffinity()).isNull();
        assertThat(Contexts.codes(three)).containsExactly("unconverted-value");
    }
}
