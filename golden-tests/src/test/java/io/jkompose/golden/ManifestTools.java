package io.jkompose.golden;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two Python tools of {@code ../shared/tools}: {@code k8s-validate} (is every object one an
 * API server accepts?) and {@code k8s-diff} (do two manifest sets mean the same?). When python3 or
 * a tool is missing the calling test fails and says so: a check that cannot run must not pass.
 */
final class ManifestTools {

    private static final long TIMEOUT_SECONDS = 120;

    /**
     * A tool's exit code and its output lines (stdout and stderr together). A tool that crashed (on
     * input that is not YAML, say) has exit code 2 or more and its traceback as lines.
     */
    record ToolResult(int exitCode, List<String> lines) {

        boolean ok() {
            return exitCode == 0;
        }

        boolean crashed() {
            return exitCode > 1;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private ManifestTools() {
    }

    /**
     * {@code k8s-validate FILE...}: exit 0 when every file holds at least one object and all are valid.
     * k8s-validate knows the Kubernetes API only: the OpenShift objects of a file are taken out and
     * checked by {@link OpenShiftObjects} (a DeploymentConfig's pod template still goes to k8s-validate,
     * as a Deployment), their problems added to the result.
     */
    static ToolResult validate(List<Path> files) {
        List<String> args = new ArrayList<>();
        args.add(Schema.FILE.toString());
        List<String> problems = new ArrayList<>();
        int paths = 0;
        for (Path path : files) {
            for (Path file : withOpenShiftExpanded(path)) {
                Path checked = kubernetesPart(file, problems);
                if (checked != null) {
                    args.add(checked.toString());
                    paths++;
                }
            }
        }
        if (paths == 0) {
            return new ToolResult(problems.isEmpty() ? 0 : 1, problems);
        }
        ToolResult result = run("k8s-validate", args);
        if (problems.isEmpty()) {
            return result;
        }
        List<String> lines = new ArrayList<>(problems);
        lines.addAll(result.lines());
        return new ToolResult(Math.max(1, result.exitCode()), lines);
    }

    /** A folder holding OpenShift objects as its manifest files (as k8s-validate picks them); anything else as it is. */
    private static List<Path> withOpenShiftExpanded(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> manifests;
        try (Stream<Path> walk = Files.walk(path)) {
            manifests = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
                    .filter(file -> !List.of("Chart.yaml", "values.yaml", "kustomization.yaml")
                            .contains(file.getFileName().toString()))
                    .filter(file -> StreamSupport.stream(path.relativize(file).spliterator(), false)
                            .noneMatch(part -> part.toString().equals("templates")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + path, e);
        }
        return manifests.stream().anyMatch(ManifestTools::mentionsOpenShift) ? manifests : List.of(path);
    }

    private static boolean mentionsOpenShift(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains("openshift.io") || OpenShiftObjects.API_VERSIONS.keySet().stream()
                    .anyMatch(kind -> text.contains(kind));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /**
     * The file itself when it holds no OpenShift object; else a file under target/ with its Kubernetes
     * objects and DeploymentConfig stand-ins, or null when nothing is left for k8s-validate.
     */
    private static Path kubernetesPart(Path file, List<String> problems) {
        if (!Files.isRegularFile(file) || !mentionsOpenShift(file)) {
            return file;
        }
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> values = new YAMLMapper()
                .readerFor(JsonNode.class).readValues(file.toFile())) {
            values.forEachRemaining(documents::add);
        } catch (RuntimeException e) {
            return file; // not YAML: k8s-validate says so
        }
        OpenShiftObjects.Split split = OpenShiftObjects.split(documents, file.toString());
        if (split.openShiftObjects() == 0) {
            return file;
        }
        problems.addAll(split.problems());
        if (split.kubernetes().isEmpty()) {
            return null;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "k8s-validate-openshift"));
            Path part = Files.createTempFile(dir, file.getFileName().toString().replaceAll("\\W", "_") + "-", ".yaml");
            YAMLMapper yaml = new YAMLMapper();
            StringBuilder text = new StringBuilder();
            for (JsonNode document : split.kubernetes()) {
                text.append(yaml.writeValueAsString(document));
            }
            Files.writeString(part, text.toString(), StandardCharsets.UTF_8);
            return part;
        } catch (IOException e) {
            throw new AssertionError("cannot write the Kubernetes part of " + file, e);
        }
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
            JsonMapper json = JsonMapper.builder().build();
            ObjectNode digest = (ObjectNode) json.readTree(SharedFolder.resolve("k8s-api/schema-1.36.json").toFile());
            JsonNode additions = json.readTree(Path.of("src/test/resources/k8s-schema-additions.json").toFile());
            ((ObjectNode) digest.get("types")).setAll((ObjectNode) additions.get("types"));
            Path file = Path.of("target", "schema-1.36-with-additions.json"); // the tool takes a schema by its name
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(digest), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new AssertionError("cannot write the schema for k8s-validate", e);
        }
    }

    /** {@code k8s-diff EXPECTED ACTUAL}: one line per difference, then {@code equal} or {@code N differences}. */
    static ToolResult diff(Path expected, Path actual) {
        return run("k8s-diff", List.of(expected.toString(), actual.toString()));
    }

    /** {@code reach CONFIG_JSON MANIFESTS --list}: unresolved references, then {@code R/T references resolve ...}. */
    static ToolResult reach(Path configJson, Path manifests) {
        return run("reach", List.of(configJson.toString(), manifests.toString(), "--list"));
    }

    private static ToolResult run(String tool, List<String> args) {
        Path script = SharedFolder.resolve("tools").resolve(tool);
        if (!Files.isRegularFile(script)) {
            fail("cannot check manifests: " + script + " is missing (is -D" + SharedFolder.PROPERTY + " right?)");
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("cannot check manifests: python3 does not run (" + e.getMessage()
                    + "); install Python 3 with PyYAML to run " + tool, e);
        }
        try (InputStream output = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(tool + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            List<String> lines = text.lines().toList();
            // Python exits 1 on an uncaught exception, like the tools do on a difference.
            boolean crashed = lines.stream().anyMatch(line -> line.startsWith("Traceback"));
            int exitCode = crashed ? Math.max(2, process.exitValue()) : process.exitValue();
            return new ToolResult(exitCode, lines);
        } catch (IOException e) {
            throw new AssertionError("cannot read the output of " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + tool, e);
        }
    }
}
