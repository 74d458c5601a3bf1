package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code convert --kustomize} against the real {@code kubectl kustomize}: the base builds into
 * exactly the plain output (same objects, same order, same lists, same value types), and each
 * overlay into exactly the conversion of the Compose files plus its override file, for override
 * files that change image tags and replicas and drop a service (prod), add a service (cache),
 * remove a port and an environment variable (slim) and add a volume (uploads). Every object
 * must also pass k8s-validate, and k8s-diff must call the trees equal.
 *
 * <p>An overlay cannot place its own objects between those of its base, so its added objects
 * come last; the objects it shares with the base keep their relative order (checked here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KustomizeRoundTripTest {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final List<String> OVERLAYS = List.of("prod", "cache", "slim", "uploads");
    private static final List<String> FLAGS = List.of("--with-kompose-annotation=false", "-n", "shop");

    private Path temp;
    private Path project;

    @BeforeAll
    void copyProject() throws IOException {
        temp = Files.createTempDirectory("jkompose-kustomize-");
        project = temp.resolve("shop");
        FileTree.copy(Path.of("src/test/resources/kustomize/shop"), project, name -> false);
    }

    @AfterAll
    void deleteProject() {
        FileTree.delete(temp);
    }

    /** {@code convert --kustomize -o OUT --overlay NAME=compose.NAME.yaml ...} with the common flags. */
    private Path kustomizeTree(String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("convert", "-f", "compose.yaml", "--kustomize", "-o", out));
        for (String overlay : OVERLAYS) {
            args.addAll(List.of("--overlay", overlay + "=compose." + overlay + ".yaml"));
        }
        args.addAll(FLAGS);
        args.addAll(List.of(extra));
        CliResult result = InProcessCli.run(project, Map.of(), args);
        assertThat(result.exitCode()).as("convert --kustomize: %s", result.stderr()).isZero();
        return project.resolve(out);
    }

    /** The plain conversion of compose.yaml plus {@code overrides}, as one stream. */
    private String plain(String... overrides) {
        List<String> args = new ArrayList<>(List.of("convert", "-f", "compose.yaml"));
        for (String file : overrides) {
            args.addAll(List.of("-f", file));
        }
        args.add("--stdout");
        args.addAll(FLAGS);
        CliResult result = InProcessCli.run(project, Map.of(), args);
        assertThat(result.exitCode()).as("plain convert: %s", result.stderr()).isZero();
        return result.stdout();
    }

    @Test
    void theBaseBuildsIntoThePlainOutput() throws IOException {
        Path tree = kustomizeTree("yaml-tree");
        String built = kustomize(tree.resolve("base"));
        String plain = plain();
        assertThat(documents(built)).as("objects, in order").isEqualTo(documents(plain));
        assertSemanticallyEqual(plain, built);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "cache", "slim", "uploads"})
    void eachOverlayBuildsIntoTheConversionWithItsOverrideFile(String overlay) throws IOException {
        Path tree = kustomizeTree("yaml-tree");
        assertOverlayEqualsConversion(tree, overlay);
    }

    @Test
    void aJsonTreeBuildsIntoTheSameObjects() throws IOException {
        Path tree = kustomizeTree("json-tree", "-j");
        try (Stream<Path> files = Files.walk(tree)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("kustomization.yaml")))
                    .isNotEmpty().allMatch(name -> name.endsWith(".json"));
        }
        assertThat(documents(kustomize(tree.resolve("base")))).isEqualTo(documents(plain()));
        assertOverlayEqualsConversion(tree, "prod");
        assertOverlayEqualsConversion(tree, "slim");
    }

    @Test
    void theOverlaysUseTheIntendedKindsOfPatch() throws IOException {
        Path tree = kustomizeTree("yaml-tree");
        Path prod = tree.resolve("overlays/prod");
        assertThat(prod.resolve("adminer-deployment-delete.yaml")).isRegularFile();
        assertThat(prod.resolve("adminer-service-delete.yaml")).isRegularFile();
        assertThat(Files.readString(prod.resolve("web-deployment-patch.yaml")))
                .contains("path: /spec/replicas\n  value: 3\n")
                .contains("path: /spec/template/spec/containers/0/image\n  value: nginx:1.27.3-alpine\n");
        Path cache = tree.resolve("overlays/cache");
        assertThat(cache.resolve("cache-deployment.yaml")).isRegularFile();
        assertThat(cache.resolve("cache-service.yaml")).isRegularFile();
        // FEATURE_FLAGS is removed by its index, nothing else of the list is touched
        assertThat(Files.readString(tree.resolve("overlays/slim/api-deployment-patch.yaml")))
                .isEqualTo("- op: remove\n  path: /spec/template/spec/containers/0/env/1\n");
    }

    private void assertOverlayEqualsConversion(Path tree, String overlay) throws IOException {
        String built = kustomize(tree.resolve("overlays").resolve(overlay));
        String expected = plain("compose." + overlay + ".yaml");
        List<JsonNode> actual = documents(built);
        List<JsonNode> wanted = documents(expected);
        assertThat(actual).as("the objects of overlay %s", overlay).containsExactlyInAnyOrderElementsOf(wanted);

        // The order: the base's objects as in the conversion, then the overlay's own ones.
        List<String> baseIds = documents(plain()).stream().map(KustomizeRoundTripTest::id).toList();
        List<String> shared = wanted.stream().map(KustomizeRoundTripTest::id).filter(baseIds::contains).toList();
        List<String> added = wanted.stream().map(KustomizeRoundTripTest::id).filter(id -> !baseIds.contains(id))
                .toList();
        List<String> order = new ArrayList<>(shared);
        order.addAll(added);
        assertThat(actual.stream().map(KustomizeRoundTripTest::id).toList()).as("order in overlay %s", overlay)
                .isEqualTo(order);

        assertSemanticallyEqual(expected, built);
        Path file = temp.resolve(tree.getFileName() + "-" + overlay + ".yaml");
        Files.writeString(file, built, StandardCharsets.UTF_8);
        ManifestTools.ToolResult validation = ManifestTools.validate(List.of(file));
        assertThat(validation.ok()).as("k8s-validate of overlay %s:%n%s", overlay, validation.text()).isTrue();
    }

    private void assertSemanticallyEqual(String expected, String actual) throws IOException {
        Path expectedFile = Files.createTempFile(temp, "expected-", ".yaml");
        Path actualFile = Files.createTempFile(temp, "actual-", ".yaml");
        Files.writeString(expectedFile, expected, StandardCharsets.UTF_8);
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        ManifestTools.ToolResult diff = ManifestTools.diff(expectedFile, actualFile);
        assertThat(diff.ok()).as("k8s-diff:%n%s", diff.text()).isTrue();
    }

    private static String id(JsonNode object) {
        return object.path("kind").asString() + "/" + object.path("metadata").path("name").asString();
    }

    /** The documents of a YAML stream, as trees: list order and value types count, key order does not. */
    private static List<JsonNode> documents(String stream) {
        List<JsonNode> documents = new ArrayList<>();
        for (String document : stream.split("(?m)^---$")) {
            if (!document.isBlank()) {
                documents.add(YAML.readTree(document));
            }
        }
        assertThat(documents).as("documents in%n%s", stream).isNotEmpty();
        return documents;
    }

    /** {@code kubectl kustomize DIR}; fails (never skips) when kubectl cannot run. */
    private static String kustomize(Path folder) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl does not run (" + e.getMessage() + "); these tests need kubectl", e);
        }
        try (InputStream output = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize did not finish");
            }
            assertThat(process.exitValue()).as("kubectl kustomize %s:%n%s", folder, text).isZero();
            return text;
        } catch (IOException e) {
            throw new AssertionError("cannot read kubectl's output", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
