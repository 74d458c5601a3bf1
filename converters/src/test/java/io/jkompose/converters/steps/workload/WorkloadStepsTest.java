package io.jkompose.converters.steps.workload;

import io.jkompose.converters.testing.Fixtures;
import static io.jkompose.converters.testing.Fixtures.at;
import static io.jkompose.converters.testing.Fixtures.deployReplicas;
import static io.jkompose.converters.testing.Fixtures.map;
import static io.jkompose.converters.testing.Fixtures.port;
import static io.jkompose.converters.testing.Fixtures.project;
import static io.jkompose.converters.testing.Fixtures.service;
import static io.jkompose.converters.testing.Fixtures.volume;
import static io.jkompose.model.Restart.Condition.NO;
import static io.jkompose.model.Restart.Condition.UNLESS_STOPPED;
import static io.jkompose.model.ServiceVolume.Type.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jkompose.converters.ConversionResult;
import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.KubernetesConverter;
import io.jkompose.converters.pipeline.ServiceContext;
import io.jkompose.converters.steps.container.ContainerImageStep;
import io.jkompose.converters.steps.container.ContainerNameStep;
import io.jkompose.converters.steps.metadata.DeployLabelsStep;
import io.jkompose.converters.steps.metadata.KomposeAnnotationStep;
import io.jkompose.converters.steps.metadata.LabelAnnotationsStep;
import io.jkompose.converters.steps.network.ContainerPortsStep;
import io.jkompose.converters.steps.network.KubernetesServiceStep;
import io.jkompose.converters.steps.storage.VolumesStep;
import io.jkompose.converters.testing.Contexts;
import io.jkompose.converters.testing.InMemoryFiles;
import io.jkompose.model.Deploy;
import io.jkompose.model.Restart;
import io.jkompose.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annotations, labels, replicas, the Deployment, the namespace. */
class WorkloadStepsTest {

    private static final ConvertOptions NO_KOMPOSE_ANNOTATIONS =
            Fixtures.options().withKomposeAnnotation(false, "", "");

    @Test
    void deploymentSelectsItsPodsByTheKomposeLabelAndRestartsAlways() {
        Deployment deployment = deployment(service("web", "nginx").build(), NO_KOMPOSE_ANNOTATIONS);
        Map<String, String> selector = Map.of("io.kompose.service", "web");
        assertThat(deployment.getApiVersion()).isEqualTo("apps/v1");
        assertThat(deployment.getMetadata().getName()).isEqualTo("web");
        assertThat(deployment.getMetadata().getLabels()).isEqualTo(selector);
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(selector);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy()).isNull();
        assertThat(deployment.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Always");
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("web"))
                .satisfies(c -> assertThat(c.getImage()).isEqualTo("nginx"));
        assertThat(deployment.getMetadata().getAnnotations()).isNullOrEmpty();
    }

    @Test
    void aServiceWithVolumesIsRecreatedRatherThanRolled() {
        Deployment deployment = deployment(service("db", "pg")
                .volumes(List.of(volume(VOLUME, "data", "/data", false))).build(), NO_KOMPOSE_ANNOTATIONS);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    }

    @Test
    void replicasComeFromDeployUnlessTheOptionOverridesThemAndZeroStaysZero() {
        Service three = service("foo", "foo").deploy(deployReplicas(3)).build();
        assertThat(deployment(three, NO_KOMPOSE_ANNOTATIONS).getSpec().getReplicas()).isEqualTo(3);
        assertThat(deployment(three, NO_KOMPOSE_ANNOTATIONS.withReplicas(5)).getSpec().getReplicas()).isEqualTo(5);
        assertThat(deployment(service("z", "z").deploy(deployReplicas(0)).build(), NO_KOMPOSE_ANNOTATIONS)
                .getSpec().getReplicas()).isZero();
    }

    @Test
    void composeLabelsBecomeAnnotationsOfTheWorkloadItsPodsAndItsService() {
        Service app = service("app", "node:18-alpine").ports(List.of(port(3000, 3000)))
                .labels(map("com.example.label", "foo", "kompose.service.type", "nodeport")).build();
        ServiceContext context = pipeline(app, NO_KOMPOSE_ANNOTATIONS);
        Deployment deployment = (Deployment) context.workload();
        Map<String, String> expected = Map.of("com.example.label", "foo");
        assertThat(deployment.getMetadata().getAnnotations()).isEqualTo(expected);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations()).isEqualTo(expected);
        assertThat(context.kubernetesServices().get(0).getMetadata().getAnnotations()).isEqualTo(expected);
    }

    @Test
    void komposeAnnotationsAreAddedWhenAskedFor() {
        ConvertOptions options = Fixtures.options().withKomposeAnnotation(true, "kompose convert -f x.yaml",
                "1.38.0 (abc)");
        Deployment deployment = deployment(service("app", "x").labels(map("kompose.service.type", "nodeport"))
                .build(), options);
        assertThat(deployment.getMetadata().getAnnotations()).containsExactly(
                Map.entry("kompose.cmd", "kompose convert -f x.yaml"),
                Map.entry("kompose.service.type", "nodeport"),
                Map.entry("kompose.version", "1.38.0 (abc)"));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .isEqualTo(deployment.getMetadata().getAnnotations());
    }

    @Test
    void deployLabelsLabelTheWorkloadOnlyAndInvalidOnesAreReported() {
        Deploy deploy = new Deploy(null, null, map("tier", "backend", "io.kompose.service", "other", "bad key", "x"),
                null, null, null, null, null, null, at(6, 5));
        ServiceContext context = pipeline(service("app", "x").deploy(deploy).build(), NO_KOMPOSE_ANNOTATIONS);
        Deployment deployment = (Deployment) context.workload();
        assertThat(deployment.getMetadata().getLabels())
                .containsExactly(Map.entry("io.kompose.service", "app"), Map.entry("tier", "backend"));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsExactly(Map.entry("io.kompose.service", "app"));
        assertThat(Contexts.codes(context)).containsExactly("invalid-label", "invalid-label");
    }

    @Test
    void aRestartPolicyThatIsNotAlwaysMakesAPodAndOneTheWorkloadCannotFollowIsReported() {
        ConversionResult once = KubernetesConverter.convert(project("p", service("job", "x").restart(Restart.of(NO))
                .build()), NO_KOMPOSE_ANNOTATIONS, InMemoryFiles.none());
        assertThat(once.objects()).extracting(HasMetadata::getKind).containsExactly("Pod");
        assertThat(once.diagnostics()).isEmpty();
        ServiceContext context = Contexts.run(Contexts.of(service("job", "x").restart(Restart.of(NO)).build(),
                NO_KOMPOSE_ANNOTATIONS.withWorkloads(NO_KOMPOSE_ANNOTATIONS.workloads()
                        .withController(io.jkompose.converters.options.WorkloadOptions.Controller.DEPLOYMENT))),
                new DeploymentStep());
        assertThat(context.workload().getKind()).isEqualTo("Deployment");
        assertThat(Contexts.codes(context)).containsExactly("unconverted-value");
        assertThat(pipeline(service("a", "x").restart(Restart.of(UNLESS_STOPPED)).build(), NO_KOMPOSE_ANNOTATIONS)
                .diagnostics().all()).isEmpty();
    }

    @Test
    void theNamespaceIsSetOnEveryNamespacedObjectAndWrittenAsANamespace() {
        Service web = service("web", "nginx").ports(List.of(port(80, 80)))
                .volumes(List.of(volume(VOLUME, "data", "/data", false))).build();
        ConversionResult result = KubernetesConverter.convert(project("p", web), NO_KOMPOSE_ANNOTATIONS.withNamespace("shop"),
                InMemoryFiles.none());
        assertThat(result.objects()).extracting(HasMetadata::getKind)
                .containsExactly("Service", "Namespace", "Deployment", "PersistentVolumeClaim");
        assertThat(result.objects()).filteredOn(o -> !o.getKind().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("shop"));
        HasMetadata namespace = result.objects().get(1);
        assertThat(namespace.getMetadata().getName()).isEqualTo("shop");
        assertThat(namespace.getMetadata().getNamespace()).isNull();
    }

    @Test
    void anInvalidNamespaceIsAnErrorAndIsNormalized() {
        ConversionResult result = KubernetesConverter.convert(project("p", service("web", "nginx").build()),
                NO_KOMPOSE_ANNOTATIONS.withNamespace("My_NS"), InMemoryFiles.none());
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.objects()).extracting(o -> o.getMetadata().getName()).contains("my-ns");
    }

    /** The steps up to the Deployment, as the pipeline runs them. */
    private static ServiceContext pipeline(Service service, ConvertOptions options) {
        return Contexts.run(Contexts.of(service, options), new ContainerNameStep(), new ContainerImageStep(),
                new ContainerPortsStep(), new VolumesStep(), new LabelAnnotationsStep(), new KomposeAnnotationStep(),
                new DeployLabelsStep(), new KubernetesServiceStep(), new DeploymentStep());
    }

    private static Deployment deployment(Service service, ConvertOptions options) {
        return (Deployment) pipeline(service, options).workload();
    }
}
