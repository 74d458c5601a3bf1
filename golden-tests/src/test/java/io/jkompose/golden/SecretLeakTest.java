package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values of {@code secrets:} (from a file and from the environment) appear only in Secret
 * objects, base64-encoded under {@code data}: never in plain text anywhere, never in another object
 * (ConfigMaps, annotations such as {@code kompose.cmd}, labels), never on stderr ({@code -v},
 * diagnostics in every format). One run per output format and per option that changes what is
 * written; a new output format (Helm, Kustomize) is one more row in {@link #RUNS}.
 */
class SecretLeakTest {

    private static final String FILE_SECRET = "file-s3cr3t-7f1c9a";
    private static final String ENV_SECRET = "env-s3cr3t-b24e60";
    private static final String COMPOSE = """
            services:
              web:
                image: nginx
                ports: ["8080:80"]
                secrets: [token, api_key]
                labels:
                  app.example/tier: front
              worker:
                image: busybox
                command: ["sh", "-c", "cat /run/secrets/token"]
                secrets:
                  - source: token
                    target: /etc/app/token
            secrets:
              token:
                file: ./token.txt
              api_key:
                environment: API_KEY
            """;

    /** Each run's arguments after {@code convert}; output goes to stdout or under {@code out}. */
    private static final List<List<String>> RUNS = List.of(
            List.of("--stdout"),
            List.of("--stdout", "-j"),
            List.of("-o", "out/"),
            List.of("-o", "out/", "-j"),
            List.of("-o", "all.yaml"),
            List.of("-o", "all.json", "-j"),
            List.of("--stdout", "-v", "--with-kompose-annotation=true"),
            List.of("--stdout", "--secrets-as-files"),
            List.of("--stdout", "--controller", "statefulset"),
            List.of("--stdout", "--diagnostics", "json", "-v"),
            List.of("--stdout", "--diagnostics", "sarif"),
            List.of("-o", "out/", "--generate-network-policies", "-n", "team"),
            List.of("--chart", "-o", "chart"),
            List.of("--kustomize", "-o", "kustomize"),
            List.of("--kustomize", "-o", "kustomize", "-j"));

    @TestFactory
    Stream<DynamicTest> secretValuesStayInSecrets() {
        return RUNS.stream().map(args -> dynamicTest(String.join(" ", args), () -> check(args)));
    }

    private static void check(List<String> args) throws IOException {
        Path temp = Files.createTempDirectory("jkompose-secrets-");
        try {
            Path work = Files.createDirectories(temp.resolve("project"));
            Files.writeString(work.resolve("compose.yaml"), COMPOSE);
            Files.writeString(work.resolve("token.txt"), FILE_SECRET);
            List<String> command = new ArrayList<>(List.of("convert"));
            command.addAll(args);
            CliResult result = InProcessCli.run(work, Map.of("API_KEY", ENV_SECRET), command);
            assertThat(result.exitCode()).as(result.stderr()).isZero();

            List<String> outputs = new ArrayList<>();
            if (!result.stdout().isEmpty()) {
                outputs.add(result.stdout());
            }
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && !name.equals("compose.yaml") && !name.equals("token.txt")) {
                        outputs.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            assertThat(outputs).as("what the run wrote").isNotEmpty();

            for (String secret : List.of(FILE_SECRET, ENV_SECRET)) {
                assertThat(result.stderr()).as("stderr").doesNotContain(secret).doesNotContain(base64(secret));
                int inSecrets = 0;
                for (String output : outputs) {
                    assertThat(output).as("plain text anywhere").doesNotContain(secret);
                    for (String object : objects(output)) {
                        if (!object.contains(base64(secret))) {
                            continue;
                        }
                        assertThat(isSecret(object)).as("the value of a secret in another object:%n%s", object).isTrue();
                        inSecrets++;
                    }
                }
                assertThat(inSecrets).as("Secret objects holding %s, base64", secret).isPositive();
            }
        } finally {
            FileTree.delete(temp);
        }
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The objects of one output: YAML documents, the items of a JSON List, or one JSON object. */
    private static List<String> objects(String output) {
        String trimmed = output.strip();
        List<String> objects = new ArrayList<>();
        if (trimmed.startsWith("{") && !trimmed.startsWith("{{")) { // "{{": a Helm template, YAML text
            JsonNode root = JsonMapper.builder().build().readTree(trimmed);
            JsonNode items = root.get("items");
            if (items != null && items.isArray()) {
                items.forEach(item -> objects.add(item.toString()));
            } else {
                objects.add(root.toString());
            }
            return objects;
        }
        for (String document : trimmed.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                objects.add(document);
            }
        }
        return objects;
    }

    private static boolean isSecret(String object) {
        return object.contains("\"kind\":\"Secret\"") || object.matches("(?s).*(?m)^kind: Secret\\s*$.*");
    }
}
