package io.jkompose.parser.compose;

import io.jkompose.parser.ParserCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.EnvVar;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}, as 05-services.md describes it; the examples are the specification's own. */
class ExtendsTest {

    @TempDir
    Path dir;

    private Service service(String compose, String name) {
        return new Fixture(dir).compose(compose).service(name);
    }

    @Test
    void mappingsMergeAndTheExtendingServiceWins() {
        Service cli = service("""
                services:
                  common:
                    image: busybox
                    environment:
                      TZ: utc
                      PORT: 80
                  cli:
                    extends:
                      service: common
                    environment:
                      PORT: 8080
                """, "cli");
        assertThat(cli.image()).isEqualTo("busybox");
        assertThat(cli.process().environment()).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().value())
                .containsExactly("PORT=8080", "TZ=utc");
    }

    @Test
    void theListFormOfEnvironmentMergesTheSameWay() {
        Service cli = service("""
                services:
                  common:
                    image: busybox
                    environment: [TZ=utc, PORT=80]
                  cli:
                    extends: common
                    environment: [PORT=8080]
                """, "cli");
        assertThat(cli.process().environment().values()).extracting(EnvVar::value).containsExactly("8080", "utc");
    }

    @Test
    void volumesAreKeyedByTarget() {
        Service cli = service("""
                services:
                  common:
                    image: busybox
                    volumes:
                      - common-volume:/var/lib/backup/data:rw
                  cli:
                    extends:
                      service: common
                    volumes:
                      - cli-volume:/var/lib/backup/data:ro
                volumes:
                  common-volume:
                  cli-volume:
                """, "cli");
        assertThat(cli.storage().volumes())
                .extracting(ServiceVolume::source, ServiceVolume::target, ServiceVolume::readOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cli-volume", "/var/lib/backup/data", true));
    }

    @Test
    void sequencesAppendWithTheBaseFirst() {
        Service cli = service("""
                services:
                  common:
                    image: busybox
                    security_opt:
                      - label:role:ROLE
                    ports: ["8080:80"]
                  cli:
                    extends:
                      service: common
                    security_opt:
                      - label:user:USER
                    ports: ["8080:80", "9090:90"]
                """, "cli");
        assertThat(cli.security().securityOpt()).containsExactly("label:role:ROLE", "label:user:USER");
        assertThat(cli.networking().ports()).extracting(PortMapping::target).containsExactly(80, 90);
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() {
        Service cli = service("""
                services:
                  common:
                    image: busybox
                    command: [sleep, "10"]
                    entrypoint: [/bin/sh, -c]
                    healthcheck:
                      test: [CMD, true]
                      interval: 5s
                  cli:
                    extends: common
                    command: [echo, hi]
                    entrypoint: [/entry]
                    healthcheck:
                      test: curl -f localhost
                """, "cli");
        assertThat(cli.process().command()).containsExactly("echo", "hi");
        assertThat(cli.process().entrypoint()).containsExactly("/entry");
        assertThat(cli.lifecycle().healthcheck().test()).containsExactly("CMD-SHELL", "curl -f localhost");
        assertThat(cli.lifecycle().healthcheck().interval()).hasSeconds(5);
    }

    @Test
    void extendsAppliesRecursively() {
        Service cli = service("""
                services:
                  base:
                    image: busybox
                    user: root
                  common:
                    image: busybox
                    extends:
                      service: base
                  cli:
                    extends:
                      service: common
                """, "cli");
        assertThat(cli.image()).isEqualTo("busybox");
        assertThat(cli.security().user()).isEqualTo("root");
        assertThat(cli.keys()).doesNotContainKey("extends");
    }

    @Test
    void aServiceOfAnotherFileKeepsItsFolderForRelativePathsAndItsLocations() {
        Fixture fixture = new Fixture(dir)
                .write("sub/vars.env", "LEVEL=debug\n")
                .write("sub/base.yaml", """
                        services:
                          web:
                            build: .
                            env_file: ./vars.env
                            volumes:
                              - ./data:/data
                        """)
                .compose("""
                        services:
                          front:
                            extends:
                              file: sub/base.yaml
                              service: web
                            image: front:1
                        """);
        Service front = fixture.service("front");
        Path sub = dir.resolve("sub");
        assertThat(front.build().context()).isEqualTo(sub.toString());
        assertThat(front.process().envFiles().get(0).path()).isEqualTo(sub.resolve("vars.env"));
        assertThat(front.process().envFiles().get(0).entries()).containsEntry("LEVEL", "debug");
        assertThat(front.storage().volumes().get(0).source()).isEqualTo(sub.resolve("data").toString());
        assertThat(front.locationOf("build")).isEqualTo(SourceLocation.of("sub/base.yaml", 3, 5));
        assertThat(front.locationOf("image")).isEqualTo(SourceLocation.of("compose.yaml", 6, 5));
        assertThat(front.location()).isEqualTo(SourceLocation.of("compose.yaml", 2, 3));
    }

    @Test
    void aFileOfAnExtendedFileIsTakenAgainstThatFilesFolder() {
        Fixture fixture = new Fixture(dir)
                .write("dir/base.yaml", "services:\n  test:\n    image: hello-world\n")
                .write("dir/compose.yaml", "services:\n  test:\n    extends:\n      file: base.yaml\n"
                        + "      service: test\n")
                .compose("services:\n  test:\n    extends:\n      file: dir/compose.yaml\n      service: test\n");
        assertThat(fixture.service("test").image()).isEqualTo("hello-world");
    }

    @Test
    void anExtendedFileIsInterpolatedWithTheProjectsEnvironment() {
        Fixture fixture = new Fixture(dir)
                .write("base.yaml", "services:\n  foo:\n    image: ${IMAGE:-bash}\n    user: ${WHO}\n")
                .compose("services:\n  test:\n    extends: {file: base.yaml, service: foo}\n")
                .env("WHO", "nobody");
        Service test = fixture.service("test");
        assertThat(test.image()).isEqualTo("bash");
        assertThat(test.security().user()).isEqualTo("nobody");
    }

    @Test
    void resetInTheExtendingServiceRemovesTheBasesValue() {
        Service base = service("""
                services:
                  init:
                    image: alpine:latest
                    command: "sleep infinity"
                  base:
                    extends: { service: init }
                    command: !reset
                """, "base");
        assertThat(base.process().command()).isNull();
        assertThat(base.keys()).doesNotContainKey("command");
    }

    @Test
    void overrideInTheExtendingServiceReplacesWithoutMerging() {
        Service b = service("""
                services:
                  service_a:
                    image: a
                    depends_on:
                      - service_c
                  service_b:
                    extends: service_a
                    depends_on: !override
                      - service_a
                  service_c:
                    image: c
                """, "service_b");
        assertThat(b.lifecycle().dependsOn()).containsOnlyKeys("service_a");
    }

    @Test
    void aResetInAnExtendingServiceAlsoClearsTheEarlierFiles() {
        Fixture fixture = new Fixture(dir)
                .write("base.yaml", "services:\n  web:\n    image: nginx\n    command: [run]\n")
                .write("override.yaml", """
                        services:
                          tool:
                            image: tool
                            command: [tool]
                          web:
                            extends: tool
                            command: !reset null
                        """)
                .file("base.yaml").file("override.yaml");
        Service web = fixture.service("web");
        assertThat(web.image()).isEqualTo("tool");
        assertThat(web.process().command()).isNull();
    }

    @Test
    void theBaseMayLackAnImageWhenTheExtendingServiceHasOne() {
        Fixture fixture = new Fixture(dir)
                .write("base.yaml", "services:\n  with-port:\n    ports:\n      - 8000:8000\n")
                .compose("services:\n  test:\n    image: test\n    extends:\n      file: base.yaml\n"
                        + "      service: with-port\n");
        assertThat(fixture.service("test").networking().ports()).extracting(PortMapping::target).containsExactly(8000);
    }

    @Test
    void aServiceOfAnIncludedFileCanBeExtended() {
        Fixture fixture = new Fixture(dir)
                .write("lib/compose.yaml", "services:\n  base:\n    image: lib\n    user: app\n")
                .compose("include:\n  - lib/compose.yaml\nservices:\n  web:\n    extends: base\n    image: web\n");
        Service web = fixture.service("web");
        assertThat(web.image()).isEqualTo("web");
        assertThat(web.security().user()).isEqualTo("app");
    }

    @Test
    void aCycleIsAnErrorNamingTheChainOnce() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  a:
                    extends: b
                  b:
                    extends: c
                  c:
                    image: x
                    extends: a
                """).errors();
        assertThat(errors).containsExactly("extends@8:5: services.c.extends: the services extend each other in a "
                + "cycle: a -> b -> c -> a");
    }

    @Test
    void aServiceExtendingItselfIsACycle() {
        Diagnostic error = new Fixture(dir).compose("services:\n  a:\n    image: x\n    extends: a\n").error();
        assertThat(error.format()).isEqualTo("compose.yaml:4:5: error: services.a.extends: the services extend each "
                + "other in a cycle: a -> a (remove one of these extends)");
    }

    @Test
    void aCycleAcrossFilesNamesTheFiles() {
        Diagnostic error = new Fixture(dir)
                .write("other.yaml", "services:\n  b:\n    extends: {file: compose.yaml, service: a}\n")
                .compose("services:\n  a:\n    image: x\n    extends: {file: other.yaml, service: b}\n").error();
        assertThat(error.code()).isEqualTo(ParserCode.EXTENDS.id());
        assertThat(error.location()).isEqualTo(SourceLocation.of("other.yaml", 3, 5));
        assertThat(error.message()).isEqualTo("services.b.extends: the services extend each other in a cycle: "
                + "a (compose.yaml) -> b (other.yaml) -> a (compose.yaml)");
    }

    @Test
    void anUnknownServiceIsAnErrorWithASuggestion() {
        Diagnostic error = new Fixture(dir)
                .compose("services:\n  base:\n    image: x\n  web:\n    extends:\n      service: bsae\n").error();
        assertThat(error.format()).isEqualTo("compose.yaml:6:16: error: services.web.extends: there is no service "
                + "'bsae' in compose.yaml to extend (did you mean 'base'?)");
    }

    @Test
    void aMissingFileIsAnErrorAtItsName() {
        Diagnostic error = new Fixture(dir)
                .compose("services:\n  web:\n    extends:\n      file: nope.yaml\n      service: web\n").error();
        assertThat(error.code()).isEqualTo(ParserCode.FILE_NOT_FOUND.id());
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 4, 13));
        assertThat(error.message()).startsWith("services.web.extends.file: the file 'nope.yaml' does not exist (");
    }

    @Test
    void theServiceIsRequired() {
        Diagnostic error = new Fixture(dir).write("base.yaml", "services:\n  web:\n    image: x\n")
                .compose("services:\n  web:\n    extends:\n      file: base.yaml\n").error();
        assertThat(error.format()).isEqualTo("compose.yaml:4:7: error: services.web.extends has no 'service' "
                + "(name the service to extend: service: <name>)");
    }

    @Test
    void anUnknownKeyInExtendsIsAnError() {
        List<String> errors = new Fixture(dir)
                .compose("services:\n  base:\n    image: x\n  web:\n    extends:\n      service: base\n"
                        + "      files: x.yaml\n").errors();
        assertThat(errors).containsExactly("unknown-key@7:7: unknown key 'files' in services.web.extends: the Compose "
                + "Specification has no such key here");
    }

    @Test
    void extendsMustBeANameOrAMapping() {
        Diagnostic error = new Fixture(dir).compose("services:\n  web:\n    extends: [a]\n").error();
        assertThat(error.format()).startsWith("compose.yaml:3:14: error: services.web.extends must be the name of a "
                + "service or a mapping with 'service' (and 'file'), but it is a list");
    }

    @Test
    void aChainLongerThanTheLimitIsAnError() {
        StringBuilder compose = new StringBuilder("services:\n");
        int services = LoadSession.MAX_EXTENDS_DEPTH + 5;
        for (int i = 0; i < services; i++) {
            compose.append("  s").append(i).append(":\n");
            compose.append(i + 1 < services ? "    extends: s" + (i + 1) + "\n" : "    image: x\n");
        }
        List<String> errors = new Fixture(dir).compose(compose.toString()).errors();
        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error)
                .startsWith("limit@").contains("the chain of extends is longer than 64 services"));
    }

    @Test
    void manyServicesSharingADeepBaseLoadQuickly() {
        StringBuilder compose = new StringBuilder("services:\n");
        for (int i = 0; i < 60; i++) {
            compose.append("  base").append(i).append(":\n    extends: base").append(i + 1)
                    .append("\n    labels: [level").append(i).append("=x]\n");
        }
        compose.append("  base60:\n    image: x\n");
        for (int i = 0; i < 2000; i++) {
            compose.append("  svc").append(i).append(":\n    extends: base0\n");
        }
        long start = System.nanoTime();
        Fixture fixture = new Fixture(dir).compose(compose.toString());
        Service last = fixture.project().services().get("svc1999");
        assertThat(last.image()).isEqualTo("x");
        assertThat(last.labels()).hasSize(60);
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(20_000_000_000L);
    }

    @Test
    void servicesNamedByVolumesFromIpcAndLinksOfAnExtendedServiceMustExist() {
        Fixture fixture = new Fixture(dir).write("base.yaml", """
                services:
                  with_volumes_from:
                    image: foo
                    volumes_from:
                      - zot
                  with_ipc:
                    image: foo
                    ipc: "service:zot"
                  zot:
                    image: hidden
                """);
        List<String> errors = fixture.compose("""
                services:
                  bar:
                    extends: {file: base.yaml, service: with_volumes_from}
                  baz:
                    extends: {file: base.yaml, service: with_ipc}
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@5:9: services.bar.volumes_from refers to the service 'zot', which is not defined",
                "invalid-value@8:10: services.baz.ipc refers to the service 'zot', which is not defined");
        new Fixture(dir).compose("""
                services:
                  bar:
                    extends: {file: base.yaml, service: with_volumes_from}
                  zot:
                    image: zot
                """).projectWithWarnings();
    }
}
