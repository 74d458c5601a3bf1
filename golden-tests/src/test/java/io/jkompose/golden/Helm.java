package io.jkompose.golden;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Helm (v4), for the chart tests: found on PATH or in {@code ~/go/bin} (where .ci/run's
 * {@code go install helm.sh/helm/v4/cmd/helm@v4.3.2} puts it). Without it a test is skipped, but under
 * CI ({@code CI=true}) it fails: CI must not go green by skipping. Helm runs with its cache, config and
 * data folders under a temporary folder, so it neither reads nor writes the user's.
 */
final class Helm {

    private static final long TIMEOUT_SECONDS = 120;

    /** Helm's exit code and its stdout and stderr. */
    record Result(int exitCode, String out, String err) {

        String text() {
            return out + err;
        }
    }

    private final Path binary;
    private final Path home;

    private Helm(Path binary, Path home) {
        this.binary = binary;
        this.home = home;
    }

    /** Helm, with its folders under {@code home}; skips (or fails under CI) when there is none. */
    static Helm find(Path home) {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isEmpty()) {
                    candidates.add(Path.of(folder, "helm"));
                }
            }
        }
        String gopath = System.getenv("GOPATH");
        if (gopath != null && !gopath.isEmpty()) {
            candidates.add(Path.of(gopath, "bin", "helm"));
        }
        candidates.add(Path.of(System.getProperty("user.home"), "go", "bin", "helm"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new Helm(candidate, home);
            }
        }
        String missing = "helm is neither on PATH nor in ~/go/bin (.ci/run installs it with "
                + "go install helm.sh/helm/v4/cmd/helm@v4.3.2)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + "; with CI=true the Helm chart tests fail instead of skipping");
        }
        assumeTrue(false, missing);
        throw new IllegalStateException("unreachable");
    }

    Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
        try {
            Path errFile = Files.createTempFile(home, "helm-", ".err");
            builder.redirectError(errFile.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            String out;
            try (InputStream stream = process.getInputStream()) {
                out = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("helm " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            Files.delete(errFile);
            return new Result(process.exitValue(), out, err);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running helm", e);
        }
    }
}
