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

    /** {@code k8s-validate FILE...}: exit 0 when every file holds at least one object and all are valid. */
    static ToolResult validate(List<Path> files) {
        List<String> args = new ArrayList<>();
        files.forEach(file -> args.add(file.toString()));
        return run("k8s-validate", args);
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
