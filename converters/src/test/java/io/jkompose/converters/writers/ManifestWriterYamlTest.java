package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ManifestWriterYamlTest {

    private final ManifestWriter writer = new ManifestWriter();

    @Test
    void deploymentAndServiceLookLikeKomposeOutput() {
        // Written by hand in the style of ../shared/corpus/kompose/*/output-k8s.yaml.
        String expected = """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  labels:
                    io.kompose.service: web
                  name: web
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      io.kompose.service: web
                  strategy:
                    type: Recreate
                  template:
                    metadata:
                      labels:
                        io.kompose.service: web
                    spec:
                      containers:
                        - env:
                            - name: PORT
                              value: "5000"
                          image: nginx:1.27
                          name: web
                          ports:
                            - containerPort: 80
                              protocol: TCP
                          resources:
                            limits:
                              memory: 100Mi
                          volumeMounts:
                            - mountPath: /tmp/scratch
                              name: scratch
                      restartPolicy: Always
                      volumes:
                        - emptyDir: {}
                          name: scratch

                ---
                apiVersion: v1
                kind: Service
                metadata:
                  labels:
                    io.kompose.service: web
                  name: web
                spec:
                  ports:
                    - name: "5000"
                      port: 5000
                      targetPort: 8080
                  selector:
                    io.kompose.service: web

                """;
        assertThat(writer.yaml(List.of(Fixtures.webDeployment(), Fixtures.webService()))).isEqualTo(expected);
    }

    @Test
    void stringsThatLookLikeNumbersOrBooleansAreQuotedAndDataKeysSorted() {
        String yaml = writer.yaml(List.of(Fixtures.envConfigMap()));

        assertThat(yaml).isEqualTo("""
                ---
                apiVersion: v1
                data:
                  ALLOW_EMPTY_PASSWORD: "yes"
                  DEBUG: "true"
                  REPLICAS: "3"
                kind: ConfigMap
                metadata:
                  labels:
                    io.kompose.service: web-env
                  name: env

                """);
    }

    @Test
    void emptyDirIsKeptWhileOtherEmptyListsAndMapsAreDropped() {
        Deployment deployment = new DeploymentBuilder(Fixtures.webDeployment())
                .editMetadata().withAnnotations(Map.of()).withFinalizers(List.of()).endMetadata()
                .editSpec().editTemplate()
                .editSpec()
                .editFirstContainer()
                .withArgs(List.of())
                .withCommand(List.of())
                .withNewSecurityContext().endSecurityContext()
                .withNewResources().withLimits(Map.of()).withRequests(Map.of()).endResources()
                .endContainer()
                .withNodeSelector(Map.of())
                .withNewSecurityContext().withSupplementalGroups(List.of()).endSecurityContext()
                .endSpec()
                .endTemplate().endSpec()
                .build();

        String yaml = writer.yaml(List.of(deployment));

        assertThat(yaml).contains("        - emptyDir: {}\n          name: scratch\n");
        assertThat(yaml.replace("emptyDir: {}", "")).doesNotContain("{}", "[]", "null");
        assertThat(yaml).doesNotContain("annotations", "finalizers", "args", "command",
                "securityContext", "resources", "nodeSelector", "supplementalGroups");
    }

    @Test
    void statusAndCreationTimestampAreNeverWritten() {
        Deployment deployment = new DeploymentBuilder(Fixtures.webDeployment())
                .editMetadata().withCreationTimestamp("2024-01-01T00:00:00Z").endMetadata()
                .editSpec().editTemplate().editMetadata().withCreationTimestamp("2024-01-01T00:00:00Z")
                .endMetadata().endTemplate().endSpec()
                .withNewStatus().withReplicas(1).withReadyReplicas(1).endStatus()
                .build();
        PersistentVolumeClaim claim = new PersistentVolumeClaimBuilder(Fixtures.dbDataClaim())
                .withNewStatus().withPhase("Bound").endStatus()
                .build();

        String yaml = writer.yaml(List.of(deployment, claim));

        assertThat(yaml).doesNotContain("status", "creationTimestamp", "readyReplicas", "Bound");
    }

    @Test
    void intOrStringIsWrittenAsTheApiExpectsAndQuantitiesAsStrings() {
        Service service = new ServiceBuilder(Fixtures.webService())
                .editSpec()
                .addNewPort().withName("admin").withPort(9000).withTargetPort(new IntOrString("admin")).endPort()
                .endSpec()
                .build();
        Deployment deployment = new DeploymentBuilder(Fixtures.webDeployment())
                .editSpec().editTemplate().editSpec().editFirstContainer()
                .editResources()
                .addToLimits("cpu", new Quantity("500m"))
                .addToRequests("cpu", new Quantity("1"))
                .addToRequests("memory", new Quantity("64", "Mi"))
                .endResources()
                .endContainer().endSpec().endTemplate().endSpec()
                .build();

        List<Object> docs = loadAll(writer.yaml(List.of(service, deployment, Fixtures.dbDataClaim())));

        List<Map<String, Object>> ports = list(at(docs.get(0), "spec", "ports"));
        assertThat(ports.get(0).get("targetPort")).isEqualTo(8080);
        assertThat(ports.get(1).get("targetPort")).isEqualTo("admin");
        Map<String, Object> resources = map(at(first(list(at(docs.get(1), "spec", "template", "spec", "containers"))), "resources"));
        assertThat(map(resources.get("limits"))).containsExactlyEntriesOf(orderedMap("cpu", "500m", "memory", "100Mi"));
        assertThat(map(resources.get("requests"))).containsExactlyEntriesOf(orderedMap("cpu", "1", "memory", "64Mi"));
        assertThat(at(docs.get(2), "spec", "resources", "requests", "storage")).isEqualTo("100Mi");
    }

    @Test
    void multiLineStringsAreLiteralBlocksAndReadBackUnchanged() {
        String script = "#!/bin/sh\nset -e\necho ready\n";
        String noFinalNewline = "first\nsecond";
        String trailingSpaces = "line with trailing space \nnext";
        String indentedFirstLine = "  indented\nplain";
        ConfigMap map = new ConfigMapBuilder()
                .withNewMetadata().withName("scripts").endMetadata()
                .addToData("entrypoint.sh", script)
                .addToData("no-final-newline", noFinalNewline)
                .addToData("trailing-spaces", trailingSpaces)
                .addToData("indented", indentedFirstLine)
                .build();

        String yaml = writer.yaml(List.of(map));

        assertThat(yaml).contains("  entrypoint.sh: |\n    #!/bin/sh\n    set -e\n    echo ready\n");
        assertThat(yaml).contains("  no-final-newline: |-\n    first\n    second\n");
        Map<String, Object> data = map(at(loadAll(yaml).get(0), "data"));
        assertThat(data).containsEntry("entrypoint.sh", script)
                .containsEntry("no-final-newline", noFinalNewline)
                .containsEntry("trailing-spaces", trailingSpaces)
                .containsEntry("indented", indentedFirstLine);
    }

    @Test
    void longStringsStayOnOneLine() {
        String words = "word ".repeat(60).trim();
        String needsQuotes = "key: value, " + "more ".repeat(40) + "# not a comment";
        ConfigMap map = new ConfigMapBuilder()
                .withNewMetadata().withName("long").endMetadata()
                .addToData("plain", words)
                .addToData("quoted", needsQuotes)
                .build();

        String yaml = writer.yaml(List.of(map));

        assertThat(yaml).contains("  plain: " + words + "\n");
        assertThat(yaml.lines().filter(line -> line.contains("quoted:"))).singleElement()
                .satisfies(line -> assertThat(line).contains("# not a comment"));
        assertThat(map(at(loadAll(yaml).get(0), "data"))).containsEntry("quoted", needsQuotes);
    }

    @Test
    void streamHasOneDocumentPerObjectInTheGivenOrder() {
        List<HasMetadata> objects = List.of(Fixtures.webService(), Fixtures.namespace(),
                Fixtures.dbDataClaim(), Fixtures.envConfigMap(), Fixtures.dbSecret(), Fixtures.webDeployment());

        String yaml = writer.yaml(objects);

        assertThat(yaml).startsWith("---\napiVersion: v1\nkind: Service\n").endsWith("\n\n");
        assertThat(yaml.lines().filter("---"::equals)).hasSize(objects.size());
        List<String> kinds = loadAll(yaml).stream().map(doc -> (String) map(doc).get("kind")).toList();
        assertThat(kinds).containsExactly("Service", "Namespace", "PersistentVolumeClaim", "ConfigMap", "Secret", "Deployment");
        assertThat(loadAll(yaml)).allSatisfy(doc -> assertThat(map(doc)).containsKeys("apiVersion", "kind", "metadata"));
        assertThat(writer.yaml(List.of())).isEmpty();
    }

    @Test
    void everyObjectReadsBackEqualToTheOriginal() {
        List<HasMetadata> objects = List.of(Fixtures.webDeployment(), Fixtures.webService(), Fixtures.dbDataClaim(),
                Fixtures.envConfigMap(), Fixtures.dbSecret(), Fixtures.namespace());
        // fabric8's own (Jackson 3) reading of our text: typed objects with equals().
        YAMLMapper reader = YAMLMapper.builder().build();

        List<HasMetadata> readBack = new ArrayList<>();
        for (HasMetadata object : objects) {
            String document = writer.yaml(List.of(object));
            readBack.add(reader.readValue(document, object.getClass()));
        }

        assertThat(readBack).containsExactlyElementsOf(objects);
    }

    @Test
    void sameObjectsGiveTheSameBytes() {
        List<HasMetadata> first = List.of(Fixtures.webDeployment(), Fixtures.webService(), Fixtures.envConfigMap());
        List<HasMetadata> second = List.of(Fixtures.webDeployment(), Fixtures.webService(), Fixtures.envConfigMap());

        String once = writer.yaml(first);

        assertThat(writer.yaml(second)).isEqualTo(once);
        assertThat(new ManifestWriter().yaml(second)).isEqualTo(once);
    }

    @Test
    void keysAreSortedAtEveryLevel() {
        ConfigMap unordered = new ConfigMapBuilder()
                .withNewMetadata().withName("order").withNamespace("shop")
                .addToLabels("zeta", "1").addToLabels("alpha", "2").addToLabels("Mid", "3")
                .addToAnnotations("b", "x").addToAnnotations("a", "y").endMetadata() // "y" is a YAML 1.1 boolean
                .addToData("z", "1").addToData("a", "2")
                .build();

        assertThat(writer.yaml(List.of(unordered))).isEqualTo("""
                ---
                apiVersion: v1
                data:
                  a: "2"
                  z: "1"
                kind: ConfigMap
                metadata:
                  annotations:
                    a: "y"
                    b: x
                  labels:
                    Mid: "3"
                    alpha: "2"
                    zeta: "1"
                  name: order
                  namespace: shop

                """);
    }

    // A YAML 1.2 reader independent of Jackson.
    static List<Object> loadAll(String yaml) {
        List<Object> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(docs::add);
        return docs;
    }

    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node;
    }

    static Map<String, Object> first(List<Map<String, Object>> list) {
        return list.get(0);
    }

    static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** Enough objects to be rendered on several threads, each different from the others. */
    private static List<HasMetadata> manyObjects() {
        List<HasMetadata> objects = new ArrayList<>();
        for (int i = 0; objects.size() < 3 * ManifestWriter.PARALLEL_FROM; i++) {
            objects.add(new ServiceBuilder(Fixtures.webService()).editMetadata().withName("web-" + i).endMetadata().build());
            objects.add(new DeploymentBuilder(Fixtures.webDeployment()).editMetadata().withName("web-" + i).endMetadata()
                    .editSpec().withReplicas(i).endSpec().build());
            objects.add(new ConfigMapBuilder(Fixtures.envConfigMap()).addToData("INDEX", Integer.toString(i)).build());
        }
        return objects;
    }

    @Test
    void manyObjectsAreWrittenInTheirOrderAsEachAlone() {
        List<HasMetadata> objects = manyObjects();
        StringBuilder oneByOne = new StringBuilder();
        objects.forEach(object -> oneByOne.append(writer.yaml(List.of(object))));

        assertThat(writer.yaml(objects)).isEqualTo(oneByOne.toString());
    }

    @Test
    void manyObjectsGiveTheFilesEachGivesAlone() {
        List<HasMetadata> objects = manyObjects().stream().filter(o -> !(o instanceof ConfigMap)).toList();
        Map<String, String> oneByOne = new java.util.TreeMap<>();
        objects.forEach(object -> oneByOne.putAll(writer.files(List.of(object), false)));

        assertThat(writer.files(objects, false)).isEqualTo(oneByOne);
    }

    @Test
    void filesAreHandedOutInTheObjectsOrderABatchAtATimeAndStopAtAFailingSink() throws java.io.IOException {
        List<HasMetadata> objects = manyObjects();
        List<String> order = new ArrayList<>();
        Map<String, String> handed = new java.util.TreeMap<>();
        writer.writeFiles(objects, false, (name, content) -> {
            order.add(name);
            handed.put(name, content);
        });
        assertThat(order).isEqualTo(ManifestFileNames.of(objects, ".yaml"));
        assertThat(handed).isEqualTo(writer.files(objects, false));

        int[] taken = {0};
        assertThatThrownBy(() -> writer.writeFiles(objects, false, (name, content) -> {
            if (++taken[0] == 200) {
                throw new java.io.IOException("disk full (simulated)");
            }
        })).hasMessageContaining("simulated");
        assertThat(taken[0]).isEqualTo(200);
    }
}
