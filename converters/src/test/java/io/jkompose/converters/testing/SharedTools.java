package io.jkompose.converters.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the shared reference tools ({@code k8s-validate}, {@code k8s-diff}) on converter output.
 * Tests that need them are skipped where ../shared is not present, and fail there under CI
 * (see {@link SharedFolder}).
 */
public final class SharedTools {

    public static final Path SHARED = SharedFolder.root();
    public static final Path CORPUS = SHARED.resolve("corpus/kompose");

    private SharedTools() {
    }

    /** Writes the objects as YAML under target/ and returns the file. */
    public static Path write(String name, List<HasMetadata> objects) throws IOException {
        Path dir = Path.of("target", "converter-output");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, Yaml.of(objects), StandardCharsets.UTF_8);
        return file;
    }

    public static void assertValid(Path manifests) throws IOException, InterruptedException {
        Result result = run(List.of(SHARED.resolve("tools/k8s-validate").toString(), Schema.FILE.toString(),
                manifests.toString()));
        assertThat(result.exit()).as("k8s-validate %s:%n%s", manifests, result.output()).isZero();
    }

    /**
     * Compares with kompose's expected output: the differences k8s-diff reports, outside the
     * objects ignored (regular expressions on kind/name), must be exactly those listed.
     */
    public static void assertDifferences(Path expected, Path actual, List<String> differences, String... ignored)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SHARED.resolve("tools/k8s-diff").toString(),
                expected.toString(), actual.toString()));
        for (String pattern : ignored) {
            command.add("--ignore");
            command.add(pattern);
        }
        Result result = run(command);
        List<String> lines = new ArrayList<>(result.output().lines().toList());
        lines.remove(lines.size() - 1); // "equal" or "N differences"
        assertThat(lines).as("k8s-diff %s %s", expected, actual).containsExactlyInAnyOrderElementsOf(differences);
    }

    /**
     * The shared API digest with the types it refers to but lacks ({@code RbacV1Subject}, the
     * subjects of a RoleBinding), from {@code k8s-schema-additions.json}, written under target/.
     */
    /** Written once, before the first check (class initialisation is thread-safe). */
    private static final class Schema {

        static final Path FILE = schema();
    }

    private static Path schema() {
        try {
            return writeSchema();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the schema for k8s-validate", e);
        }
    }

    private static Path writeSchema() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode digest = (ObjectNode) json.readTree(SHARED.resolve("k8s-api/schema-1.36.json").toFile());
        JsonNode additions = json.readTree(Path.of("src/test/resources/k8s-schema-additions.json").toFile());
        ((ObjectNode) digest.get("types")).setAll((ObjectNode) additions.get("types"));
        Path file = Path.of("target", "schema-1.36-with-additions.json"); // the tool takes a schema by its name
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writeValueAsString(digest), StandardCharsets.UTF_8);
        return file;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        SharedFolder.require(Path.of(command.get(0)));
        List<String> withPython = new ArrayList<>(List.of("python3"));
        withPython.addAll(command);
        Process process = new ProcessBuilder(withPython).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int exit, String output) {
    }
}
