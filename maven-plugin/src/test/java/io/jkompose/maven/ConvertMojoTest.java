package io.jkompose.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convert and check goals run in-process on a project in a temporary folder. */
class ConvertMojoTest {

    @TempDir
    Path project;

    private static final String SKIPPED = "is up to date (inputs and parameters unchanged); skipping the conversion";

    @BeforeEach
    void compose() throws IOException {
        Files.writeString(project.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.27
                    env_file: web.env
                    ports:
                      - "8080:80"
                    configs:
                      - source: site
                        target: /etc/nginx/conf.d/site.conf
                  worker:
                    image: busybox:1.37
                configs:
                  site:
                    file: ./site.conf
                """);
        Files.writeString(project.resolve("web.env"), "MODE=production\n");
        Files.writeString(project.resolve("site.conf"), "server { listen 80; }\n");
    }

    private RecordingLog log;

    private ConvertMojo convert() {
        ConvertMojo mojo = new ConvertMojo();
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.outputDirectory = project.resolve("target/jkompose").toFile();
        log = new RecordingLog();
        mojo.setLog(log);
        return mojo;
    }

    private Path output(String name) {
        return project.resolve("target/jkompose").resolve(name);
    }

    private List<String> outputs() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/jkompose"))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneFilePerObjectAsTheCliNamesThem() throws Exception {
        convert().execute();

        assertThat(outputs()).contains("web-deployment.yaml", "web-service.yaml", "worker-deployment.yaml")
                .allMatch(name -> name.endsWith(".yaml"));
        assertThat(Files.readString(output("web-deployment.yaml"))).contains("image: nginx:1.27")
                .contains("kompose.cmd: jkompose convert -o target/jkompose");
        assertThat(Files.readString(output("web-env-configmap.yaml"))).contains("MODE: production");
        assertThat(log.text()).contains("manifests in target/jkompose (" + outputs().size() + " written)");
    }

    @Test
    void aSecondRunWithNothingChangedDoesNothing() throws Exception {
        convert().execute();
        Files.writeString(project.resolve("build.log"), "a file beside the project that is no input");
        convert().execute();

        assertThat(log.text()).contains("target/jkompose " + SKIPPED).doesNotContain("written");
    }

    @Test
    void eachKindOfInputAndAParameterMakeItConvertAgain() throws Exception {
        convert().execute();

        Files.writeString(project.resolve("web.env"), "MODE=debug\n"); // an env file
        convert().execute();
        assertThat(log.text()).doesNotContain(SKIPPED);
        assertThat(Files.readString(output("web-env-configmap.yaml"))).contains("MODE: debug");

        Files.writeString(project.resolve("site.conf"), "server { listen 8080; }\n"); // a file the converters read
        convert().execute();
        assertThat(log.text()).doesNotContain(SKIPPED);

        Files.writeString(project.resolve("compose.override.yaml"), "services:\n  worker:\n    image: busybox:1.36\n");
        convert().execute(); // a new override file beside compose.yaml: the lookup takes it in
        assertThat(log.text()).doesNotContain(SKIPPED);
        assertThat(Files.readString(output("worker-deployment.yaml"))).contains("busybox:1.36");

        ConvertMojo replicas = convert();
        replicas.replicas = 2;
        replicas.execute();
        assertThat(log.text()).doesNotContain(SKIPPED);
        assertThat(Files.readString(output("worker-deployment.yaml"))).contains("replicas: 2");

        ConvertMojo same = convert();
        same.replicas = 2;
        same.execute();
        assertThat(log.text()).contains(SKIPPED);
    }

    @Test
    void anEditedOrDeletedOutputIsWrittenAgain() throws Exception {
        convert().execute();
        String original = Files.readString(output("web-service.yaml"));
        Files.delete(output("worker-deployment.yaml"));
        Files.writeString(output("web-service.yaml"), "edited by hand");

        convert().execute();

        assertThat(log.text()).contains("(2 written)");
        assertThat(output("worker-deployment.yaml")).exists();
        assertThat(output("web-service.yaml")).hasContent(original);
    }

    @Test
    void forceConvertsEvenWhenNothingChanged() throws Exception {
        convert().execute();
        ConvertMojo forced = convert();
        forced.force = true;
        forced.execute();

        assertThat(log.text()).doesNotContain(SKIPPED).contains("(0 written)");
    }

    @Test
    void theManifestsOfARemovedServiceAreRemovedButOtherFilesStay() throws Exception {
        convert().execute();
        Files.writeString(output("README.txt"), "not the plugin's");
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");

        convert().execute();

        assertThat(outputs()).contains("README.txt", "web-deployment.yaml").doesNotContain("worker-deployment.yaml");
        assertThat(log.text()).contains("[INFO] jkompose: removed worker-deployment.yaml (no longer made)");
    }

    @Test
    void anInvalidFileFailsWithItsLocationAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: [\"80:http\"]\n");

        assertThatThrownBy(() -> convert().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: the Compose project has an error (see above)");

        assertThat(log.lines).anySatisfy(line -> assertThat(line)
                .startsWith("[ERROR] " + project.resolve("compose.yaml") + ":4:").contains(": error: "));
        assertThat(project.resolve("target/jkompose")).doesNotExist();
    }

    @Test
    void warningsFailTheBuildOnlyUnderErrorOnWarning() throws Exception {
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    mac_address: "
                + "02:42:ac:11:65:43\n");
        convert().execute();
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[WARNING] " + project.resolve("compose.yaml")));

        ConvertMojo strict = convert();
        strict.errorOnWarning = true;
        strict.force = true;
        assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith("treated as errors (errorOnWarning)");

        ConvertMojo quiet = convert();
        quiet.suppressWarnings = true;
        quiet.force = true;
        quiet.execute();
        assertThat(log.text()).doesNotContain("[WARNING]");
    }

    @Test
    void aBadParameterIsInvalidInputAndAnUnwritableFolderIsAnIoFailure() throws Exception {
        ConvertMojo badController = convert();
        badController.controller = "replicaset";
        assertThatThrownBy(badController::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: parameter controller must be deployment, daemonSet or statefulset, not 'replicaset'");

        Files.writeString(project.resolve("occupied"), "a file where the folder should go");
        ConvertMojo blocked = convert();
        blocked.outputDirectory = project.resolve("occupied/k8s").toFile();
        assertThatThrownBy(blocked::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("jkompose: cannot write occupied/k8s: ");
    }

    @Test
    void skipDoesNothing() throws Exception {
        ConvertMojo mojo = convert();
        mojo.skip = true;
        mojo.execute();

        assertThat(project.resolve("target")).doesNotExist();
        assertThat(log.lines).containsExactly("[INFO] jkompose: skipped (jkompose.skip)");
    }

    private CheckMojo check(String folder) {
        CheckMojo mojo = new CheckMojo();
        mojo.basedir = project.toFile();
        mojo.outputDirectory = project.resolve(folder).toFile();
        log = new RecordingLog();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void checkPassesOnWhatConvertWroteAndNamesEachDifference() throws Exception {
        ConvertMojo write = convert();
        write.outputDirectory = project.resolve("k8s").toFile();
        write.execute();
        check("k8s").execute();
        assertThat(log.text()).contains("[INFO] jkompose: the manifests in k8s match the Compose project");

        Files.delete(project.resolve("k8s/worker-deployment.yaml"));
        Files.writeString(project.resolve("k8s/web-service.yaml"), "changed");
        Files.writeString(project.resolve("k8s/old-deployment.yaml"), "kind: Deployment");
        Files.writeString(project.resolve("k8s/notes.md"), "not a manifest");

        assertThatThrownBy(() -> check("k8s").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("jkompose: the manifests in k8s differ from the Compose project: 1 missing "
                        + "(worker-deployment.yaml), 1 extra (old-deployment.yaml), 1 changed (web-service.yaml); run "
                        + "the convert goal (or jkompose convert -o k8s) and commit the result");
        assertThat(log.lines).contains(
                "[ERROR] " + project.resolve("k8s/worker-deployment.yaml") + ": missing: the conversion makes it",
                "[ERROR] " + project.resolve("k8s/old-deployment.yaml") + ": extra: the conversion no longer makes it",
                "[ERROR] " + project.resolve("k8s/web-service.yaml") + ": changed: differs from the conversion");
        assertThat(project.resolve("k8s/web-service.yaml")).hasContent("changed"); // check writes nothing
    }

    @Test
    void checkOfAFolderThatIsNotThereFindsEveryFileMissing() throws Exception {
        assertThatThrownBy(() -> check("nowhere").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("6 missing (site-configmap.yaml, web-deployment.yaml, web-env-configmap.yaml, "
                        + "web-service.yaml, worker-deployment.yaml, worker-service.yaml)")
                .hasMessageNotContaining("extra");
    }
}
