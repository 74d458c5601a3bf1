package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.converters.options.ConvertOptions;
import io.jkompose.converters.options.StorageOptions.VolumeType;
import io.jkompose.converters.options.WorkloadOptions.Controller;
import io.jkompose.converters.options.WorkloadOptions.GroupMode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kompose's workload and storage flags: what each becomes, and what is a usage error. */
class WorkloadAndStorageFlagsTest {

    @TempDir
    Path dir;

    private ConvertOptions options(String... args) {
        Invocation invocation = Runs.invocation(dir, Map.of(), new StringWriter(), new StringWriter());
        CommandLine commandLine = JKompose.commandLine(invocation, args);
        commandLine.parseArgs(args);
        ConvertCommand convert = commandLine.getSubcommands().get("convert").getCommand();
        return convert.convertOptions();
    }

    @Test
    void defaultsAreKomposes() {
        ConvertOptions options = options("convert");
        assertThat(options.workloads().controller()).isNull();
        assertThat(options.workloads().groupMode()).isNull();
        assertThat(options.workloads().groupName()).isNull();
        assertThat(options.storage().volumes()).isEqualTo(VolumeType.PERSISTENT_VOLUME_CLAIM);
    }

    @Test
    void theControllerIsReadInAnyCase() {
        assertThat(options("convert", "--controller", "daemonSet").workloads().controller())
                .isEqualTo(Controller.DAEMON_SET);
        assertThat(options("convert", "--controller=StatefulSet").workloads().controller())
                .isEqualTo(Controller.STATEFUL_SET);
        assertThat(options("convert", "--controller", "DEPLOYMENT").workloads().controller())
                .isEqualTo(Controller.DEPLOYMENT);
    }

    @Test
    void groupsAndVolumesMapOneToOne() {
        ConvertOptions options = options("convert", "--service-group-mode=volume", "--service-group-name", "pair",
                "--volumes", "hostPath");
        assertThat(options.workloads().groupMode()).isEqualTo(GroupMode.VOLUME);
        assertThat(options.workloads().groupName()).isEqualTo("pair");
        assertThat(options.storage().volumes()).isEqualTo(VolumeType.HOST_PATH);
        assertThat(options("convert", "--service-group-mode", "label").workloads().groupMode())
                .isEqualTo(GroupMode.LABEL);
        assertThat(options("convert", "--volumes=configMap").storage().volumes()).isEqualTo(VolumeType.CONFIG_MAP);
    }

    @Test
    void emptyvolsIsEmptyDirAndSecretsAsFilesIsAccepted() {
        assertThat(options("convert", "--emptyvols").storage().volumes()).isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(options("convert", "--emptyvols", "--volumes", "emptyDir").storage().volumes())
                .isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(options("convert", "--secrets-as-files").storage()).isEqualTo(options("convert").storage());
    }

    @Test
    void unknownValuesAndContradictionsAreUsageErrors() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        assertUsageError("--controller must be deployment, daemonSet or statefulset, not 'replicationController'",
                "convert", "--stdout", "--controller", "replicationController");
        assertUsageError("--service-group-mode must be label or volume, not 'network'",
                "convert", "--stdout", "--service-group-mode", "network");
        assertUsageError("--service-group-name needs --service-group-mode volume",
                "convert", "--stdout", "--service-group-name", "g");
        assertUsageError("--service-group-name must be a valid workload name",
                "convert", "--stdout", "--service-group-mode", "volume", "--service-group-name", "My_Group");
        assertUsageError("--volumes must be persistentVolumeClaim, emptyDir, hostPath or configMap, not 'nfs'",
                "convert", "--stdout", "--volumes", "nfs");
        assertUsageError("--emptyvols contradicts --volumes hostPath",
                "convert", "--stdout", "--emptyvols", "--volumes", "hostPath");
    }

    @Test
    void theFlagsReachTheOutput() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  db:
                    image: postgres
                    volumes:
                      - data:/var/lib/postgresql/data
                volumes:
                  data: {}
                """);
        Runs.Result result = Runs.run(dir, "convert", "--stdout", "--with-kompose-annotation=false",
                "--controller", "statefulset", "--pvc-request-size", "2Gi");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("kind: StatefulSet", "volumeClaimTemplates:", "storage: 2Gi",
                "clusterIP: None").doesNotContain("kind: PersistentVolumeClaim");
    }

    private void assertUsageError(String message, String... args) {
        Runs.Result result = Runs.run(dir, args);
        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }
}
