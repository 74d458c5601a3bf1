package io.jkompose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code convert} does before its first byte of output, in a fresh JVM as a user runs it: work
 * that start-up time was cut by leaving out must stay left out. Each check reads the JVM's own log.
 */
class ConvertStartupTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n    volumes: [data:/data]\n"
                        + "volumes:\n  data:\n");
    }

    /**
     * Only the named command is given to picocli: {@code convert} loads no class of the apply module,
     * of the fabric8 client (both are on this test's class path) or of the cluster commands, while
     * {@code diff --help} does load its command.
     */
    @Test
    void convertLoadsNothingOfTheClusterCommands() throws Exception {
        List<String> convert = logged("class+load", "convert", "--stdout");
        assertThat(convert).as("the log names the classes loaded").contains("io.jkompose.cli.ConvertCommand");
        assertThat(convert).filteredOn(name -> name.startsWith("io.jkompose.apply.")
                || name.startsWith("io.fabric8.kubernetes.client.")
                || name.matches("io\\.jkompose\\.cli\\.(Apply|Diff|Down)Command.*")).isEmpty();

        assertThat(logged("class+load", "diff", "--help")).contains("io.jkompose.cli.DiffCommand");
    }

    /**
     * No record's generated equals, hashCode or toString runs: each builds method handles on its first call
     * (on Java 17, some thirty classes for a port record), which every run paid for again. Records compared
     * or hashed on the convert path write theirs out (PlannedPort, NetworkPlan.OpenPort).
     */
    @Test
    void convertCallsNoGeneratedRecordMethod() throws Exception {
        assertThat(logged("class+load", "convert", "--stdout")).contains("io.jkompose.converters.plan.PlannedPort")
                .doesNotContain("java.lang.runtime.ObjectMethods");
    }

    /**
     * picocli's converters for java.sql and java.time types are left out: registering them loaded and
     * initialised 82 classes, java.time's formatters among them, at every start.
     */
    @Test
    void picocliRegistersNoConverterForJavaSqlOrJavaTime() throws Exception {
        assertThat(logged("class+init", "convert", "--stdout"))
                .contains("picocli.CommandLine$Interpreter")
                .doesNotContain("java.time.format.DateTimeFormatter", "java.sql.Timestamp", "java.sql.DriverManager");
    }

    /**
     * The manifests are written from plain Java trees: Jackson's tree nodes are not initialised, and with
     * them BigDecimal, whose initialiser on Java 25 computes 5^65536 (about 30 ms of a 200 ms run). The
     * JSON writer still uses the nodes, which shows that the check sees them.
     */
    @Test
    void yamlIsWrittenWithoutJacksonsTreeNodes() throws Exception {
        assertThat(logged("class+init", "convert", "--stdout"))
                .contains("io.jkompose.converters.writers.ManifestWriter")
                .doesNotContain("tools.jackson.databind.node.ValueNode", "java.math.BigDecimal");

        assertThat(logged("class+init", "convert", "--stdout", "--json"))
                .contains("tools.jackson.databind.node.ValueNode");
    }

    /**
     * The classes a JVM running jkompose with these arguments in {@link #dir} loaded ({@code class+load}) or
     * initialised ({@code class+init}), by name.
     */
    private List<String> logged(String what, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:" + what + "=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (what.equals("class+load")) {
                // [0.123s][info][class,load] io.jkompose.cli.Main source: file:/...
                int start = line.indexOf("] ", line.indexOf("class,load"));
                int end = line.indexOf(" source:");
                if (start >= 0 && end > start) {
                    names.add(line.substring(start + 2, end));
                }
            } else {
                // [0.123s][info][class,init] 42 Initializing 'java/lang/String' (0x...)
                int start = line.indexOf("Initializing '");
                int end = line.indexOf('\'', start + 14);
                if (start >= 0 && end > start) {
                    names.add(line.substring(start + 14, end).replace('/', '.'));
                }
            }
        }
        return names;
    }
}
