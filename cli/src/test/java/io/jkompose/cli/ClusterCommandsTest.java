package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cluster commands do without a usable cluster; no server needed. */
class ClusterCommandsTest {

    @TempDir
    Path dir;

    private Path kubeconfig(String server) throws IOException {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: c
                    cluster: {server: "%s"}
                users:
                  - name: u
                    user: {token: "t0ken-never-printed"}
                contexts:
                  - name: ctx
                    context: {cluster: c, user: u}
                current-context: ctx
                """.formatted(server));
        return file;
    }

    @Test
    void anUnreachableClusterIsOneLineAndExit3ForEachCommand() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = kubeconfig("http://127.0.0.1:" + port);
        for (String command : new String[] {"apply", "diff", "down"}) {
            Runs.Result result = Runs.run(dir, Map.of(), command, "--kubeconfig", config.toString(), "--wait=false");
            if (!command.equals("apply")) {
                result = Runs.run(dir, Map.of(), command, "--kubeconfig", config.toString());
            }
            assertThat(result.code()).as(command + ": " + result.err()).isEqualTo(ExitCode.CLUSTER);
            assertThat(result.err()).endsWith("jkompose: error: cannot connect to the cluster: connection refused (is it "
                    + "running, and is the kubeconfig's server right?)\n").doesNotContain("\tat ", "t0ken");
        }
    }

    @Test
    void aMissingKubeconfigOrContextIsAClearError() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        Runs.Result missing = Runs.run(dir, Map.of(), "apply", "--kubeconfig", "nope.yaml");
        assertThat(missing.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(missing.err()).contains("jkompose: error: --kubeconfig ").contains("nope.yaml: no such file");

        Path config = kubeconfig("http://127.0.0.1:1");
        Runs.Result context = Runs.run(dir, Map.of("KUBECONFIG", config.toString()), "diff", "--context", "other");
        assertThat(context.code()).isEqualTo(ExitCode.CLUSTER);
        assertThat(context.err()).contains("the kubeconfig has no context 'other'");
    }

    @Test
    void applyChecksItsOwnFlags() {
        Runs.Result dryRun = Runs.run(dir, Map.of(), "apply", "--dry-run=maybe");
        assertThat(dryRun.code()).isEqualTo(ExitCode.USAGE);
        assertThat(dryRun.err()).contains("--dry-run must be none, client or server, not 'maybe'");
        Runs.Result timeout = Runs.run(dir, Map.of(), "down", "--timeout", "soon");
        assertThat(timeout.code()).isEqualTo(ExitCode.USAGE);
        assertThat(timeout.err()).contains("--timeout must be a positive duration");
    }
}
