package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code convert --chart} against the real Helm: for the examples and golden cases with ports,
 * volumes, Ingresses, runtime classes, namespaces and placement, the chart is lint-clean and
 * {@code helm template} with the default values renders exactly the objects of the plain output
 * (same names, same content, same types: checked with {@code k8s-diff}, with {@code k8s-validate}
 * and by comparing the parsed objects strictly). A values file changes exactly the fields it names;
 * the schema refuses a wrong type and a misspelt name.
 */
class HelmChartTest {

    /** Golden cases whose input is converted to a chart and compared with the plain conversion. */
    private static final List<String> GOLDEN_CASES = List.of(
            "helm/chart-values",
            "network/expose-ingress",
            "network/service-types",
            "network/network-policies",
            "convert/volumes-to-pvcs",
            "convert/ports-long-syntax",
            "convert/namespace",
            "runtime/runtime-classes",
            "containers/resources",
            "containers/placement",
            "containers/pull-policy-and-credentials",
            "containers/image-registry",
            "storage/configs",
            "storage/secrets",
            "workloads/controller-statefulset",
            "workloads/cronjob",
            "workloads/daemonset",
            "workloads/service-group-label");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private static Path temp;
    private static Helm helm;

    @BeforeAll
    static void findHelm() throws IOException {
        temp = Files.createTempDirectory("jkompose-helm-");
        helm = Helm.find(temp);
    }

    @AfterAll
    static void cleanUp() {
        if (temp != null) {
            FileTree.delete(temp);
        }
    }

    @TestFactory
    Stream<DynamicTest> theChartRendersThePlainOutput() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : ExamplesTest.examples()) {
            String name = example.getFileName().toString();
            tests.add(dynamicTest("examples/" + name, example.toUri(), () -> roundTrip("examples-" + name, example,
                    Map.of(), List.of("convert", "--with-kompose-annotation=false"))));
        }
        Map<String, GoldenCase> cases = new TreeMap<>();
        GoldenCase.findAll(GoldenTest.corpusRoot()).forEach(goldenCase -> cases.put(goldenCase.name(), goldenCase));
        for (String name : GOLDEN_CASES) {
            GoldenCase goldenCase = cases.get(name);
            assertThat(goldenCase).as("golden case %s", name).isNotNull();
            tests.add(dynamicTest(name, goldenCase.folder().toUri(), () -> roundTrip(name.replace('/', '-'),
                    goldenCase.folder(), goldenCase.environment(), withoutOutputFlags(goldenCase.args()))));
        }
        return tests.stream();
    }

    @Test
    void aValuesFileChangesExactlyTheFieldsItNames() throws IOException {
        Path chart = chartOf("values-change", "helm/chart-values");
        Path overrides = temp.resolve("values-change-overrides.yaml");
        Files.writeString(overrides, """
                services:
                  web:
                    image:
                      tag: "3.3"
                    replicas: 5
                    ingress:
                      host: shop.example.org
                persistence:
                  data:
                    storageClass: fast-ssd
                """, StandardCharsets.UTF_8);

        Map<String, JsonNode> defaults = objects(template(chart).out());
        Map<String, JsonNode> changed = objects(template(chart, "-f", overrides.toString()).out());

        assertThat(differences(defaults, changed)).containsExactly(
                "Deployment/web: spec.replicas: 2 -> 5",
                "Deployment/web: spec.template.spec.containers[0].image: \"ghcr.io/example/shop:3.2\" -> "
                        + "\"ghcr.io/example/shop:3.3\"",
                "Ingress/web: spec.rules[0].host: \"shop.example.com\" -> \"shop.example.org\"",
                "PersistentVolumeClaim/data: spec.storageClassName: (none) -> \"fast-ssd\"");
        Path rendered = temp.resolve("values-change-rendered.yaml");
        Files.writeString(rendered, template(chart, "-f", overrides.toString()).out(), StandardCharsets.UTF_8);
        ManifestTools.ToolResult validation = ManifestTools.validate(List.of(rendered));
        assertThat(validation.ok()).as("k8s-validate:%n%s", validation.text()).isTrue();
    }

    @Test
    void globalValuesReachEveryObjectAndAnIngressCanBeSwitchedOff() throws IOException {
        Path chart = chartOf("global", "helm/chart-values");
        Map<String, JsonNode> objects = objects(template(chart, "--set", "global.namespace=shop",
                "--set", "global.commonLabels.team=payments", "--set", "services.web.ingress.enabled=false").out());

        assertThat(objects).doesNotContainKey("Ingress/web").containsKeys("Deployment/web", "Service/db");
        objects.forEach((key, object) -> {
            assertThat(object.at("/metadata/namespace").asString("")).as(key).isEqualTo("shop");
            assertThat(object.at("/metadata/labels/team").asString("")).as(key).isEqualTo("payments");
            assertThat(object.at("/metadata/labels/io.kompose.service").asString("")).as(key).isNotEmpty();
        });
    }

    @Test
    void theSchemaRefusesAWrongTypeAndAMisspeltName() throws IOException {
        Path chart = chartOf("schema", "helm/chart-values");
        Path bad = temp.resolve("schema-bad.yaml");
        Files.writeString(bad, "services:\n  web:\n    replicas: three\n", StandardCharsets.UTF_8);

        Helm.Result lint = helm.run("lint", chart.toString(), "-f", bad.toString());
        Helm.Result wrongType = template(chart, "-f", bad.toString());
        Helm.Result misspelt = template(chart, "--set", "services.web.replica=3");
        Helm.Result badAccessMode = template(chart, "--set", "persistence.data.accessMode=ReadWriteSometimes");

        assertThat(lint.exitCode()).as(lint.text()).isNotZero();
        assertThat(lint.text()).contains("replicas");
        assertThat(wrongType.exitCode()).isNotZero();
        assertThat(wrongType.err()).contains("schema").contains("replicas");
        assertThat(misspelt.exitCode()).isNotZero();
        assertThat(misspelt.err()).contains("replica");
        assertThat(badAccessMode.exitCode()).isNotZero();
        assertThat(badAccessMode.err()).contains("accessMode");
        // The same chart with good values passes: the refusals are the values' fault.
        assertThat(template(chart, "--set", "services.web.replicas=3").exitCode()).isZero();
    }

    // ---- the round trip -----------------------------------------------------------------------

    private static void roundTrip(String id, Path input, Map<String, String> environment, List<String> args)
            throws IOException {
        Path work = copy(id, input);
        CliResult plain = InProcessCli.run(work, environment, append(args, "--stdout"));
        assertThat(plain.exitCode()).as("plain conversion: %s", plain.stderr()).isZero();
        Path chart = temp.resolve(id + "-chart");
        CliResult charted = InProcessCli.run(work, environment, append(args, "--chart", "-o", chart.toString()));
        assertThat(charted.exitCode()).as("--chart: %s", charted.stderr()).isZero();
        assertThat(charted.stdout()).isEmpty();

        Helm.Result lint = helm.run("lint", "--strict", chart.toString());
        assertThat(lint.exitCode()).as("helm lint:%n%s", lint.text()).isZero();
        assertThat(lint.text()).as("helm lint").contains("1 chart(s) linted, 0 chart(s) failed")
                .doesNotContain("[WARNING]").doesNotContain("[ERROR]");

        Helm.Result rendered = template(chart);
        assertThat(rendered.exitCode()).as("helm template:%n%s", rendered.err()).isZero();
        Path plainFile = temp.resolve(id + "-plain.yaml");
        Path renderedFile = temp.resolve(id + "-rendered.yaml");
        Files.writeString(plainFile, plain.stdout(), StandardCharsets.UTF_8);
        Files.writeString(renderedFile, rendered.out(), StandardCharsets.UTF_8);

        ManifestTools.ToolResult diff = ManifestTools.diff(plainFile, renderedFile);
        assertThat(diff.ok()).as("k8s-diff plain rendered:%n%s", diff.text()).isTrue();
        ManifestTools.ToolResult validation = ManifestTools.validate(List.of(renderedFile));
        assertThat(validation.ok()).as("k8s-validate of the rendering:%n%s", validation.text()).isTrue();
        // Stricter than k8s-diff: the same list order and the same types (a quoted "8080" is no 8080).
        Map<String, JsonNode> expected = objects(plain.stdout());
        assertThat(differences(expected, objects(rendered.out()))).as("strict comparison").isEmpty();
        assertThat(expected).isNotEmpty();

        // Deterministic: a second run writes the same files.
        Path again = temp.resolve(id + "-chart-again");
        assertThat(InProcessCli.run(work, environment, append(args, "--chart", "-o", again.toString())).exitCode())
                .isZero();
        assertThat(texts(again)).isEqualTo(texts(chart));
    }

    private static Path chartOf(String id, String caseName) {
        GoldenCase goldenCase = GoldenCase.findAll(GoldenTest.corpusRoot()).stream()
                .filter(c -> c.name().equals(caseName)).findFirst().orElseThrow();
        Path work = copy(id, goldenCase.folder());
        Path chart = temp.resolve(id + "-chart");
        CliResult result = InProcessCli.run(work, goldenCase.environment(), append(
                withoutOutputFlags(goldenCase.args()), "--chart", "-o", chart.toString()));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return chart;
    }

    private static Helm.Result template(Path chart, String... more) {
        List<String> args = new ArrayList<>(List.of("template", "release", chart.toString()));
        args.addAll(List.of(more));
        return helm.run(args.toArray(String[]::new));
    }

    /** A copy of the inputs in a folder of the input's own name (Compose takes the project name from it). */
    private static Path copy(String id, Path input) {
        Path work = temp.resolve(id).resolve(input.getFileName().toString());
        FileTree.copy(input, work, GoldenCase::harnessFile);
        return work;
    }

    /** A golden case's args without its output flags (--stdout, -o PATH), the chart getting its own. */
    static List<String> withoutOutputFlags(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (Iterator<String> words = args.iterator(); words.hasNext(); ) {
            String word = words.next();
            if (word.equals("-o") || word.equals("--out")) {
                words.next();
            } else if (!word.equals("--stdout") && !word.equals("--chart") && !word.startsWith("--out=")) {
                kept.add(word);
            }
        }
        if (!kept.contains("--with-kompose-annotation=false")) {
            kept.add("--with-kompose-annotation=false"); // the annotation holds the command line, which differs
        }
        return kept;
    }

    private static List<String> append(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static SortedMap<String, String> texts(Path root) {
        SortedMap<String, String> texts = new TreeMap<>();
        FileTree.of(root).files().forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    // ---- comparing objects --------------------------------------------------------------------

    /** The objects of a YAML stream by {@code Kind/name}. */
    static Map<String, JsonNode> objects(String stream) throws IOException {
        Map<String, JsonNode> objects = new TreeMap<>();
        for (JsonNode document : YAML.readerFor(JsonNode.class).<JsonNode>readValues(stream).readAll()) {
            if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                continue;
            }
            String key = document.path("kind").asString("") + "/" + document.at("/metadata/name").asString("");
            assertThat(objects.put(key, document)).as("a second %s", key).isNull();
        }
        return objects;
    }

    /** Every leaf that differs, as {@code Kind/name: path: before -> after}; order of map keys ignored. */
    static List<String> differences(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            JsonNode a = before.get(key);
            JsonNode b = after.get(key);
            if (a == null || b == null) {
                differences.add(key + ": " + (a == null ? "added" : "removed"));
            } else {
                compare(key + ": ", "", a, b, differences);
            }
        }
        return differences;
    }

    private static TreeSet<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void compare(String prefix, String path, JsonNode a, JsonNode b, List<String> differences) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                compare(prefix, path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), differences);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                compare(prefix, path + "[" + i + "]", a.get(i), b.get(i), differences);
            }
        } else if (a == null || !a.equals(b)) {
            differences.add(prefix + path + ": " + (a == null ? "(none)" : a.toString()) + " -> "
                    + (b == null ? "(none)" : b.toString()));
        }
    }
}
