package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Restart;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed input: each problem an error at the offending node, as many as can be found in one run. */
class ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void unknownServiceKeySuggestsTheClosestKey() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    enviroment:\n      A: 1\n")
                .error();
        assertThat(error.code()).isEqualTo("unknown-key");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 5));
        assertThat(error.message()).isEqualTo(
                "unknown key 'enviroment' in services.web: the Compose Specification has no such key here");
        assertThat(error.hint()).isEqualTo("did you mean 'environment'?");
    }

    @Test
    void unknownKeyWithoutACloseMatchSuggestsAnExtension() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    frobnicate: 1\n").error();
        assertThat(error.hint()).contains("x-");
    }

    @Test
    void extensionsAreIgnoredEverywhere() {
        var project = new Fixture(dir).compose("""
                x-common: &common
                  restart: always
                services:
                  web:
                    <<: *common
                    image: x
                    x-note: hello
                    healthcheck:
                      test: ["CMD", "true"]
                      x-why: because
                volumes:
                  data:
                    x-backup: daily
                """).project();
        assertThat(project.services().get("web").lifecycle().restart()).isEqualTo(Restart.of(Restart.Condition.ALWAYS));
        assertThat(project.services().get("web").keys()).doesNotContainKey("x-note");
    }

    @Test
    void unknownTopLevelKey() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web: {image: x}\nvolume:\n  data:\n").error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 3, 1));
        assertThat(error.hint()).isEqualTo("did you mean 'volumes'?");
    }

    @Test
    void servicesAtTheTopLevelGetAHintAboutFormatV1() {
        Diagnostic error = new Fixture(dir).compose("web:\n  image: nginx\n").error();
        assertThat(error.hint()).contains("format v1", "move 'web' under services:");
    }

    @Test
    void typeErrorsSayWhatWasFoundAndExpected() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    healthcheck: curl localhost
                    environment: FOO=bar
                    privileged: maybe
                    cap_add: NET_ADMIN
                    labels:
                      nested: {a: b}
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-type@4:18: services.web.healthcheck must be a mapping, but it is a string (\"curl localhost\")",
                "invalid-type@5:18: services.web.environment must be a mapping (KEY: value) or a list of KEY=value "
                        + "strings, but it is a string (\"FOO=bar\")",
                "invalid-value@6:17: services.web.privileged must be true or false, but it is a string (\"maybe\")",
                "invalid-type@7:14: services.web.cap_add must be a list, but it is a string (\"NET_ADMIN\")",
                "invalid-type@9:15: services.web.labels.nested must be a string, a number, a boolean or null, but "
                        + "it is a mapping");
    }

    @Test
    void valueErrors() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    restart: sometimes
                    mem_limit: lots
                    cpus: -1
                    stop_grace_period: 10
                    pull_policy: often
                    container_name: "-x"
                """).errors();
        assertThat(errors).hasSize(6);
        assertThat(errors.get(0)).isEqualTo("invalid-value@4:14: services.web.restart: 'sometimes' is not a "
                + "restart policy");
        assertThat(errors.get(1)).startsWith("invalid-value@5:16: services.web.mem_limit: invalid size \"lots\"");
        assertThat(errors.get(2)).startsWith("invalid-value@6:11: services.web.cpus: invalid cpus \"-1\"");
        assertThat(errors.get(3)).startsWith("invalid-value@7:24: services.web.stop_grace_period: invalid duration");
        assertThat(errors.get(4)).isEqualTo("invalid-value@8:18: services.web.pull_policy: 'often' is not a pull policy");
        assertThat(errors.get(5)).startsWith("invalid-value@9:21: services.web.container_name: '-x' is not a valid");
    }

    @Test
    void restartFalseIsAYamlBooleanNotNo() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    restart: false\n").error();
        assertThat(error.hint()).isEqualTo("quote it: restart: \"no\"");
        assertThat(new Fixture(dir).compose("services:\n  web:\n    image: x\n    restart: no\n").service("web")
                .lifecycle().restart()).isEqualTo(Restart.of(Restart.Condition.NO));
    }

    @Test
    void aRetryLimitBelongsToOnFailureAndFitsAnInt() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  a:
                    image: x
                    restart: always:3
                  b:
                    image: x
                    restart: on-failure:99999999999
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@4:14: services.a.restart: 'always:3' is not a restart policy",
                "invalid-value@7:14: services.b.restart: 'on-failure:99999999999' asks for more retries than there "
                        + "can be");
        assertThat(new Fixture(dir).compose("services:\n  web:\n    image: x\n    restart: unless-stopped\n")
                .service("web").lifecycle().restart()).isEqualTo(Restart.of(Restart.Condition.UNLESS_STOPPED));
    }

    @Test
    void aServiceNeedsAnImageOrABuild() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    command: run\n").error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 2, 3));
        assertThat(error.message()).isEqualTo("service 'web' has neither an image nor a build");
    }

    @Test
    void anEmptyServiceNeedsAnImageToo() {
        assertThat(new Fixture(dir).compose("services:\n  web:\n").errors())
                .containsExactly("invalid-value@2:3: service 'web' has neither an image nor a build");
    }

    @Test
    void aNullImageIsNoImage() {
        assertThat(new Fixture(dir).compose("services:\n  web:\n    image:\n    build:\n").errors())
                .containsExactly("invalid-value@2:3: service 'web' has neither an image nor a build");
    }

    @Test
    void invalidServiceName() {
        Diagnostic error = new Fixture(dir).compose("services:\n  \"my web\":\n    image: x\n").error();
        assertThat(error.message()).isEqualTo("'my web' is not a valid service name");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 2, 3));
    }

    @Test
    void aServiceMustBeAMapping() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web: nginx\n").error();
        assertThat(error.message()).isEqualTo("services.web must be a mapping, but it is a string (\"nginx\")");
    }

    @Test
    void undefinedReferences() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    networks: [frontend]
                    secrets: [tls]
                    configs: [conf]
                    depends_on: [dbb]
                  db:
                    image: pg
                    network_mode: "service:nowhere"
                networks:
                  front:
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@4:16: services.web.networks refers to the network 'frontend', which is not defined",
                "invalid-value@5:15: services.web.secrets refers to the secret 'tls', which is not defined",
                "invalid-value@6:15: services.web.configs refers to the config 'conf', which is not defined",
                "invalid-value@7:18: services.web.depends_on refers to the service 'dbb', which is not defined",
                "invalid-value@10:5: services.db.network_mode refers to the service 'nowhere', which is not defined");
    }

    @Test
    void networkModeAndNetworksExcludeEachOther() {
        Diagnostic error = new Fixture(dir).compose(
                "services:\n  web:\n    image: x\n    network_mode: host\n    networks: [default]\n").error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 5));
    }

    @Test
    void dependencyCycles() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  a: {image: x, depends_on: [b]}
                  b: {image: x, depends_on: [c]}
                  c: {image: x, depends_on: [a]}
                  d: {image: x, depends_on: [d]}
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@4:30: the services depend on each other in a cycle: a -> b -> c -> a",
                "invalid-value@5:30: the services depend on each other in a cycle: d -> d");
    }

    @Test
    void invalidYamlIsAnErrorAtItsPlace() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n   bad: [\n").error();
        assertThat(error.code()).isEqualTo("invalid-yaml");
        assertThat(error.location().file()).isEqualTo("compose.yaml");
        assertThat(error.location().line()).isGreaterThan(0);
    }

    @Test
    void duplicateKeysAreInvalidYaml() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    image: x\n    image: y\n").error();
        assertThat(error.code()).isEqualTo("invalid-yaml");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 5));
    }

    @Test
    void theTopLevelMustBeAMapping() {
        Diagnostic error = new Fixture(dir).compose("- web\n- db\n").error();
        assertThat(error.code()).isEqualTo("invalid-type");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 1, 1));
    }

    @Test
    void anEmptyFileIsAnError() {
        Diagnostic error = new Fixture(dir).compose("# nothing\n").error();
        assertThat(error.code()).isEqualTo("empty-file");
        assertThat(error.location().file()).isEqualTo("compose.yaml");
    }

    @Test
    void errorsOfSeveralServicesAndFilesAreAllReported() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  a:
                    image: x
                    ports: ["bad"]
                  b:
                    image: y
                    expose: ["worse"]
                  c:
                    imag: z
                """).write("second.yaml", "services:\n  a:\n    restart: never\n").file("second.yaml").errors();
        assertThat(errors).hasSize(5);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("invalid-value@3:14: services.a.restart"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("unknown-key@9:5:"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("invalid-value@8:3: service 'c'"));
    }

    @Test
    void everyDiagnosticHasAFileLineAndColumn() {
        var result = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    ports: [{target: 0}]
                    volumes: [{type: bind}]
                    deploy: {replicas: many}
                """).load();
        assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.location().file()).isEqualTo("compose.yaml");
            assertThat(d.location().line()).isPositive();
            assertThat(d.location().column()).isPositive();
        });
    }

    /**
     * Enough services to be mapped on several threads: every service's problem is reported once, at
     * its place, and the references between services (links) are all checked.
     */
    @Test
    void everyServiceOfALargeFileReportsItsOwnProblems() {
        int count = 2 * ComposeProjectLoader.PARALLEL_FROM + 1;
        StringBuilder text = new StringBuilder("services:\n");
        for (int i = 0; i < count; i++) {
            // 4 lines a service: its key on line 2 + 4i, the unknown key on line 4 + 4i
            text.append("  s").append(i).append(":\n    image: x\n    frobnicate").append(i).append(": 1\n")
                    .append("    links: [s").append(i + 1).append("]\n");
        }
        LoadResult result = new Fixture(dir).compose(text.toString()).load();

        assertThat(result.project()).isNull();
        List<Diagnostic> errors = result.diagnostics();
        assertThat(errors).hasSize(count + 1).allMatch(Diagnostic::isError);
        for (int i = 0; i < count; i++) {
            Diagnostic unknown = errors.get(i);
            assertThat(unknown.location()).isEqualTo(SourceLocation.of("compose.yaml", 4 + 4 * i, 5));
            assertThat(unknown.message()).startsWith("unknown key 'frobnicate" + i + "' in services.s" + i + ":");
        }
        // only the last service links to one that is not there; that error comes last, at its links line
        assertThat(errors).filteredOn(e -> e.message().contains("is not defined")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("services.s" + (count - 1)
                        + ".links refers to the service 's" + count + "', which is not defined"));
    }
}
