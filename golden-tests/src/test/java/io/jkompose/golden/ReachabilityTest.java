package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measure of a conversion is whether the application runs: every name a service could reach
 * under {@code docker compose up} must resolve in the cluster, on the same port. For each
 * real-shaped application under {@code src/test/resources/reachability/}, converts it and lets
 * {@code ../shared/tools/reach} count the references between its services that resolve to a
 * Kubernetes Service serving that port; every one must. The numbers with
 * {@code --no-implicit-services} (kompose's Services) are printed beside, for comparison.
 */
class ReachabilityTest {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+)/(\\d+) references resolve.*");

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyReferenceResolves() throws IOException {
        Path apps = ModuleFolder.testResources().resolve("reachability");
        List<Path> cases;
        try (Stream<Path> folders = Files.list(apps)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("applications in %s", apps).isNotEmpty();
        return cases.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> check(app)));
    }

    private void check(Path app) {
        String name = app.getFileName().toString();
        CliResult config = InProcessCli.run(app, Map.of(), List.of("config", "--format", "json"));
        assertThat(config.exitCode()).as("jkompose config: %s", config.stderr()).isZero();
        Path json = write(name + ".json", config.stdout());

        CliResult converted = InProcessCli.run(app, Map.of(), List.of("convert", "--stdout"));
        assertThat(converted.exitCode()).as("jkompose convert: %s", converted.stderr()).isZero();
        Path manifests = write(name + ".yaml", converted.stdout());
        ManifestTools.ToolResult valid = ManifestTools.validate(List.of(manifests));
        assertThat(valid.ok()).as("k8s-validate:\n%s", String.join("\n", valid.lines())).isTrue();

        int[] resolved = resolved(json, manifests);
        CliResult kompose = InProcessCli.run(app, Map.of(), List.of("convert", "--stdout", "--no-implicit-services"));
        int[] komposeLike = resolved(json, write(name + "-kompose.yaml", kompose.stdout()));
        System.err.printf("reachability %s: %d/%d references resolve (with --no-implicit-services: %d/%d)%n", name,
                resolved[0], resolved[1], komposeLike[0], komposeLike[1]);
        assertThat(resolved[1]).as("references found in %s", name).isPositive();
        assertThat(resolved[0]).as("references that resolve in %s:\n%s", name, converted.stderr())
                .isEqualTo(resolved[1]);
    }

    /** {resolved, total} as reach counts them; fails with reach's list of what does not resolve. */
    private static int[] resolved(Path json, Path manifests) {
        ManifestTools.ToolResult reach = ManifestTools.reach(json, manifests);
        String last = reach.lines().isEmpty() ? "" : reach.lines().get(reach.lines().size() - 1);
        Matcher summary = SUMMARY.matcher(last);
        assertThat(summary.matches()).as("reach printed:\n%s", String.join("\n", reach.lines())).isTrue();
        int total = Integer.parseInt(summary.group(2));
        int ok = Integer.parseInt(summary.group(1));
        if (ok != total) {
            System.err.println(String.join("\n", reach.lines()));
        }
        return new int[] {ok, total};
    }

    private Path write(String file, String text) {
        try {
            return Files.writeString(scratch.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
