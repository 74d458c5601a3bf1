package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.openshift.api.model.BuildConfigBuilder;
import io.fabric8.openshift.api.model.DeploymentConfigBuilder;
import io.fabric8.openshift.api.model.ImageStreamBuilder;
import io.fabric8.openshift.api.model.RouteBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ManifestTree} against Jackson itself: for objects of every kind the converters make, with
 * the property types that have their own serializers, additional properties and generic resources,
 * the written form (after {@link ManifestNormalizer}) is the one of {@code valueToTree}.
 */
class ManifestTreeTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    static Stream<HasMetadata> objects() {
        Container app = new ContainerBuilder()
                .withName("app").withImage("ghcr.io/example/app:1.2").withArgs("serve", "")
                .addNewPort().withContainerPort(8080).withName("http").withProtocol("TCP").endPort()
                .addNewEnv().withName("MODE").withValue("prod").endEnv()
                .addNewEnv().withName("KEY").withNewValueFrom().withNewSecretKeyRef("key", "app", false)
                .endValueFrom().endEnv()
                .withNewResources().addToLimits("cpu", new Quantity("500", "m"))
                .addToLimits("memory", new Quantity("256Mi")).addToRequests("memory", new Quantity("0.5Gi"))
                .endResources()
                .withNewLivenessProbe().withNewHttpGet().withPath("/health").withPort(new IntOrString("http"))
                .endHttpGet().withPeriodSeconds(10).withTimeoutSeconds(3).endLivenessProbe()
                .withNewReadinessProbe().withNewTcpSocket().withPort(new IntOrString(8080)).endTcpSocket()
                .endReadinessProbe()
                .withNewStartupProbe().withNewExec().withCommand("sh", "-c", "test -f /ready").endExec()
                .endStartupProbe()
                .withNewSecurityContext().withRunAsUser(1000L).withReadOnlyRootFilesystem(true)
                .withPrivileged(false).withNewCapabilities().withAdd("NET_ADMIN").withDrop().endCapabilities()
                .endSecurityContext()
                .addNewVolumeMount().withName("data").withMountPath("/data").withReadOnly(false).endVolumeMount()
                .build();
        app.setAdditionalProperty("x-extra", Map.of("nested", List.of(1, "two", true)));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", 3);
        spec.put("big", 5_000_000_000L);
        spec.put("ratio", 0.25);
        spec.put("flags", Arrays.asList(true, null, "x"));
        spec.put("empty", Map.of());
        spec.put("absent", null);
        GenericKubernetesResource generic = new GenericKubernetesResourceBuilder()
                .withApiVersion("example.com/v1").withKind("Widget")
                .withNewMetadata().withName("w").withNamespace("shop").endMetadata()
                .addToAdditionalProperties("spec", spec).build();

        return Stream.of(
                Fixtures.webDeployment(), Fixtures.webService(), Fixtures.dbDataClaim(), Fixtures.envConfigMap(),
                Fixtures.dbSecret(), Fixtures.namespace(), generic,
                new PodBuilder().withNewMetadata().withName("one-off").withCreationTimestamp("2024-01-01T00:00:00Z")
                        .addToAnnotations("kompose.cmd", "kompose convert").endMetadata()
                        .withNewSpec().withContainers(app).withRestartPolicy("OnFailure")
                        .withTerminationGracePeriodSeconds(30L).withHostNetwork(false)
                        .addNewToleration().withKey("dedicated").withOperator("Equal").withValue("web")
                        .withEffect("NoSchedule").withTolerationSeconds(60L).endToleration()
                        .addToNodeSelector("disk", "ssd")
                        .addNewVolume().withName("data").withNewEmptyDir().endEmptyDir().endVolume()
                        .addNewVolume().withName("tmp").withNewEmptyDir().withMedium("Memory")
                        .withSizeLimit(new Quantity("64Mi")).endEmptyDir().endVolume()
                        .addNewVolume().withName("conf").withNewConfigMap().withName("conf").withDefaultMode(0444)
                        .addNewItem().withKey("a.conf").withPath("a.conf").endItem().endConfigMap().endVolume()
                        .endSpec()
                        .withNewStatus().withPhase("Running").endStatus().build(),
                new StatefulSetBuilder().withNewMetadata().withName("db").endMetadata().withNewSpec()
                        .withServiceName("db").withReplicas(1).withNewSelector().addToMatchLabels("app", "db")
                        .endSelector().withNewTemplate().withNewSpec().withContainers(app).endSpec().endTemplate()
                        .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata().withNewSpec()
                        .withAccessModes("ReadWriteOnce").withNewResources()
                        .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().withNewStatus()
                        .endStatus().endVolumeClaimTemplate().endSpec().build(),
                new CronJobBuilder().withNewMetadata().withName("backup").endMetadata().withNewSpec()
                        .withSchedule("0 3 * * *").withConcurrencyPolicy("Forbid").withNewJobTemplate().withNewSpec()
                        .withBackoffLimit(2).withActiveDeadlineSeconds(600L).withNewTemplate().withNewSpec()
                        .withContainers(app).withRestartPolicy("Never").endSpec().endTemplate().endSpec()
                        .endJobTemplate().endSpec().build(),
                new IngressBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                        .withIngressClassName("nginx").addNewRule().withHost("shop.example.com").withNewHttp()
                        .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService()
                        .withName("web").withNewPort().withNumber(80).endPort().endService().endBackend().endPath()
                        .endHttp().endRule().endSpec().build(),
                new NetworkPolicyBuilder().withNewMetadata().withName("default").endMetadata().withNewSpec()
                        .withNewPodSelector().endPodSelector().addNewIngress().endIngress()
                        .addNewEgress().addNewTo().withNewNamespaceSelector().endNamespaceSelector()
                        .withNewPodSelector().addToMatchLabels("app", "db").endPodSelector().endTo()
                        .addNewPort().withPort(new IntOrString(5432)).withProtocol("TCP").endPort().endEgress()
                        .withPolicyTypes("Ingress", "Egress").endSpec().build(),
                new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                        .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                        .endScaleTargetRef().withMinReplicas(1).withMaxReplicas(5).addNewMetric().withType("Resource")
                        .withNewResource().withName("memory").withNewTarget().withType("AverageValue")
                        .withAverageValue(new Quantity("200Mi")).endTarget().endResource().endMetric().endSpec()
                        .build(),
                new RuntimeClassBuilder().withNewMetadata().withName("gvisor").endMetadata().withHandler("runsc")
                        .withNewOverhead().addToPodFixed("memory", new Quantity("120Mi")).endOverhead()
                        .withNewScheduling().addToNodeSelector("sandbox", "gvisor").endScheduling().build(),
                new ServiceAccountBuilder().withNewMetadata().withName("waiter").endMetadata()
                        .withAutomountServiceAccountToken(true).build(),
                new RoleBuilder().withNewMetadata().withName("waiter").endMetadata().addNewRule()
                        .withApiGroups("batch").withResources("jobs").withVerbs("get", "list", "watch").endRule()
                        .build(),
                new RoleBindingBuilder().withNewMetadata().withName("waiter").endMetadata().withNewRoleRef()
                        .withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName("waiter").endRoleRef()
                        .addNewSubject().withKind("ServiceAccount").withName("waiter").endSubject().build(),
                new DeploymentConfigBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                        .withReplicas(1).addToSelector("app", "web").withNewStrategy().withType("Rolling")
                        .endStrategy().addNewTrigger().withType("ConfigChange").endTrigger().addNewTrigger()
                        .withType("ImageChange").withNewImageChangeParams().withAutomatic(true)
                        .withContainerNames("app").withNewFrom().withKind("ImageStreamTag").withName("web:latest")
                        .endFrom().endImageChangeParams().endTrigger().withNewTemplate().withNewSpec()
                        .withContainers(app).endSpec().endTemplate().endSpec().build(),
                new ImageStreamBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec().addNewTag()
                        .withName("latest").withNewFrom().withKind("DockerImage").withName("nginx:1.27").endFrom()
                        .withNewReferencePolicy().withType("Source").endReferencePolicy().endTag().endSpec().build(),
                new RouteBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                        .withHost("web.apps.example.com").withNewTo().withKind("Service").withName("web")
                        .withWeight(100).endTo().withNewPort().withTargetPort(new IntOrString(8080)).endPort()
                        .endSpec().build(),
                new BuildConfigBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec()
                        .withNewSource().withType("Git").withNewGit().withUri("https://example.com/web.git")
                        .withRef("main").endGit().withContextDir("app").endSource().withNewStrategy()
                        .withType("Docker").withNewDockerStrategy().withDockerfilePath("Dockerfile")
                        .endDockerStrategy().endStrategy().withNewOutput().withNewTo().withKind("ImageStreamTag")
                        .withName("web:latest").endTo().endOutput().addNewTrigger().withType("ConfigChange")
                        .endTrigger().endSpec().build());
    }

    @ParameterizedTest
    @MethodSource("objects")
    void theWrittenFormIsJacksons(HasMetadata object) {
        JsonNode ours = ManifestTree.toJson(ManifestNormalizer.normalize(ManifestTree.of(object)));
        JsonNode jacksons = ManifestNormalizer.normalize(JACKSON.valueToTree(object));

        assertThat(ours).isEqualTo(jacksons);
        // equal nodes can still differ in number type (IntNode 1 vs LongNode 1); their text does not
        assertThat(ours.toString()).isEqualTo(jacksons.toString());
    }

    /** Falling back to Jackson would be right but slow: the model classes of these objects are read field by field. */
    @Test
    void everyModelClassOfTheseObjectsIsWrittenFieldByField() {
        List<Class<?>> jacksonWritten = new ArrayList<>();
        objects().forEach(object -> collectClasses(object, jacksonWritten));

        assertThat(jacksonWritten).isEmpty();
    }

    private static void collectClasses(Object value, List<Class<?>> jacksonWritten) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(entry -> collectClasses(entry, jacksonWritten));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> collectClasses(element, jacksonWritten));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")
                && !(value instanceof Quantity) && !(value instanceof AnyType)) {
            if (!ManifestTree.writesFields(value.getClass())) {
                jacksonWritten.add(value.getClass());
                return;
            }
            assertThat(ManifestTree.of(value)).isInstanceOf(Map.class);
            for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (var field : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.trySetAccessible()) {
                        try {
                            collectClasses(field.get(value), jacksonWritten);
                        } catch (IllegalAccessException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }
    }

    /** ManifestTree names the classes with a serializer of their own instead of reading every class's annotations. */
    @Test
    void everyModelClassWithItsOwnSerializerIsKnown() throws Exception {
        List<String> own = new ArrayList<>();
        // the tests run on the module path (module-info), where the model jars are automatic modules
        String path = System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator
                + System.getProperty("java.class.path", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.matches(".*(kubernetes|openshift)-model.*\\.jar")) {
                continue;
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
                for (String name : jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.startsWith("io/fabric8/") && name.endsWith(".class")
                                && !name.contains("$") && !name.endsWith("Builder.class")
                                && !name.endsWith("Fluent.class"))
                        .toList()) {
                    Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                            getClass().getClassLoader());
                    if (type.isAnnotationPresent(tools.jackson.databind.annotation.JsonSerialize.class)) {
                        own.add(type.getName());
                    }
                }
            }
        }

        assertThat(own).as("the model jars were found").contains(Quantity.class.getName())
                .allSatisfy(name -> assertThat(ManifestTree.OWN_SERIALIZER.contains(name)
                        || name.equals(Quantity.class.getName()) || name.equals(AnyType.class.getName())
                        || name.equals(io.fabric8.kubernetes.api.model.Duration.class.getName()))
                        .as(name + " has a serializer of its own: handle it in ManifestTree.of or list it in "
                                + "OWN_SERIALIZER").isTrue());
    }

    @Test
    void valuesOfOtherKindsGoToJackson() {
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("short", (short) 7);
        odd.put("float", 1.5f);
        odd.put("decimal", new java.math.BigDecimal("1.10"));
        odd.put("char", 'c');
        odd.put("enum", java.time.DayOfWeek.MONDAY);
        odd.put("bytes", new byte[] {1, 2, 3});

        assertThat(ManifestTree.toJson(ManifestTree.of(odd)).toString()).isEqualTo(JACKSON.valueToTree(odd).toString());
    }
}
