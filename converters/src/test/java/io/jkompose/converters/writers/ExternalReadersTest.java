package io.jkompose.converters.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jkompose.converters.testing.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our output read by the tools the project is judged with: {@code k8s-validate} (the Kubernetes
 * 1.36 API) and PyYAML, a YAML 1.1 reader like the one behind {@code kubectl}.
 */
class ExternalReadersTest {

    private static final Path SHARED = SharedFolder.root();

    @TempDir
    Path dir;

    private final ManifestWriter writer = new ManifestWriter();

    private static List<HasMetadata> objects() {
        return List.of(Fixtures.namespace(), Fixtures.webDeployment(), Fixtures.webService(),
                Fixtures.dbDataClaim(), Fixtures.envConfigMap(), Fixtures.dbSecret(), trickyConfigMap());
    }

    /** Strings that YAML 1.1 would read as numbers, booleans, dates, merge keys or base-60 integers. */
    private static HasMetadata trickyConfigMap() {
        ConfigMapBuilder builder = new ConfigMapBuilder()
                .withNewMetadata().withName("tricky").endMetadata();
        String[] values = {"0x1F", "0o17", "0b101", "1_000", "22:22", "2001-12-14", ".NaN", "<<", "=", "yes", "Off",
            "~", "", "1e3", "017", "8080:80", "a: b", "# hash", "*star", "line1\nline2\n", "trailing \nspace",
            "  lead", "tab\there", "üñí", "x".repeat(200) + " y"};
        for (int i = 0; i < values.length; i++) {
            builder.addToData("k" + i, values[i]);
        }
        builder.addToData("22:22", "key is base 60 in YAML 1.1").addToData("yes", "key is a boolean");
        return builder.build();
    }

    @Test
    void aMultiObjectStreamPassesK8sValidate() throws Exception {
        Path validator = SharedFolder.require(SHARED.resolve("tools/k8s-validate"));
        assumeTrue(python3Available(), "python3 is not installed");
        Path file = dir.resolve("all.yaml");
        Files.writeString(file, writer.yaml(objects()), StandardCharsets.UTF_8);

        Result result = run("python3", validator.toString(), file.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(objects().size() + " objects, 0 problems");
    }

    @Test
    void filesAndJsonPassK8sValidateToo() throws Exception {
        Path validator = SharedFolder.require(SHARED.resolve("tools/k8s-validate"));
        assumeTrue(python3Available(), "python3 is not installed");
        for (Map.Entry<String, String> file : writer.files(objects(), false).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("list.json"), writer.json(objects()), StandardCharsets.UTF_8);

        Result result = run("python3", validator.toString(), dir.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        // one object per file, and the List counts as one
        assertThat(result.output()).contains((objects().size() + 1) + " objects, 0 problems");
    }

    @Test
    void aYaml11ReaderSeesExactlyWhatTheJsonSays() throws Exception {
        assumeTrue(python3Available(), "python3 is not installed");
        Path yaml = dir.resolve("all.yaml");
        Files.writeString(yaml, writer.yaml(objects()), StandardCharsets.UTF_8);
        String toJson = "import json, sys, yaml\n"
                + "docs = list(yaml.safe_load_all(open(sys.argv[1], encoding='utf-8')))\n"
                + "print(json.dumps({'apiVersion': 'v1', 'items': docs, 'kind': 'List'}))\n";

        Result result = run("python3", "-c", toJson, yaml.toString());
        assumeTrue(!result.output().contains("No module named 'yaml'"), "PyYAML is not installed");

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode seenByPyYaml = json.readTree(result.output());
        assertThat(seenByPyYaml).isEqualTo(json.readTree(writer.json(objects())));
    }

    private static boolean python3Available() {
        try {
            return run("python3", "--version").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
