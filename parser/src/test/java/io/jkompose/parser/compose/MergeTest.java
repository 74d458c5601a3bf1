package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.EnvFile;
import io.jkompose.model.ExtraHost;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files, merged by the rules of the Compose Specification (13-merge.md). */
class MergeTest {

    @TempDir
    Path dir;

    private Fixture twoFiles(String base, String override) {
        return new Fixture(dir).write("base.yaml", base).write("override.yaml", override).file("base.yaml")
                .file("override.yaml");
    }

    @Test
    void mappingsMergeKeyByKeyAndTheLaterFileWins() {
        Service web = twoFiles("""
                services:
                  web:
                    image: nginx
                    user: www
                """, """
                services:
                  web:
                    image: nginx:2
                    hostname: front
                  db:
                    image: postgres
                """).project().services().get("web");
        assertThat(web.image()).isEqualTo("nginx:2");
        assertThat(web.security().user()).isEqualTo("www");
        assertThat(web.networking().hostname()).isEqualTo("front");
    }

    @Test
    void keysKeepFileOrderAndPointAtTheFileThatSetTheValue() {
        Service web = twoFiles("services:\n  web:\n    image: nginx\n    user: www\n",
                "services:\n  web:\n    hostname: h\n    image: nginx:2\n").project().services().get("web");
        assertThat(web.keys()).containsExactly(
                java.util.Map.entry("image", SourceLocation.of("override.yaml", 4, 5)),
                java.util.Map.entry("user", SourceLocation.of("base.yaml", 4, 5)),
                java.util.Map.entry("hostname", SourceLocation.of("override.yaml", 3, 5)));
        assertThat(web.location()).isEqualTo(SourceLocation.of("override.yaml", 2, 3));
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    command: ["echo", "foo"]
                    entrypoint: /bin/a
                    healthcheck:
                      test: ["CMD", "a"]
                      interval: 5s
                """, """
                services:
                  web:
                    command: ["echo", "bar"]
                    entrypoint: ["/bin/b", "-x"]
                    healthcheck:
                      test: curl -f localhost
                """).project().services().get("web");
        assertThat(web.process().command()).containsExactly("echo", "bar");
        assertThat(web.process().entrypoint()).containsExactly("/bin/b", "-x");
        assertThat(web.lifecycle().healthcheck().test()).containsExactly("CMD-SHELL", "curl -f localhost");
        assertThat(web.lifecycle().healthcheck().interval()).hasSeconds(5);
    }

    @Test
    void environmentLabelsAndSysctlsMergeAsMapsWhateverTheirForm() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    environment:
                      - A=1
                      - B=2
                    labels:
                      one: "1"
                    sysctls:
                      - net.core.somaxconn=1024
                """, """
                services:
                  web:
                    environment:
                      B: three
                      C: "4"
                    labels:
                      - two=2
                      - one=uno
                    sysctls:
                      net.ipv4.tcp_syncookies: 0
                """).project().services().get("web");
        assertThat(web.process().environment()).containsOnlyKeys("A", "B", "C");
        assertThat(web.process().environment().get("B").value()).isEqualTo("three");
        assertThat(web.process().environment().get("B").location()).isEqualTo(SourceLocation.of("override.yaml", 4, 7));
        assertThat(web.process().environment().get("A").location()).isEqualTo(SourceLocation.of("base.yaml", 5, 9));
        assertThat(web.labels()).containsEntry("one", "uno").containsEntry("two", "2").hasSize(2);
        assertThat(web.security().sysctls()).containsEntry("net.core.somaxconn", "1024")
                .containsEntry("net.ipv4.tcp_syncookies", "0");
    }

    @Test
    void portsAppendWithoutDuplicates() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    ports: ["8080:80", "443:443"]
                """, """
                services:
                  web:
                    ports:
                      - "8080:80"
                      - target: 443
                        published: "443"
                      - 9000:9000/udp
                """).project().services().get("web");
        assertThat(web.networking().ports())
                .extracting(PortMapping::target, PortMapping::published, PortMapping::protocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, "8080", "tcp"),
                        org.assertj.core.groups.Tuple.tuple(443, "443", "tcp"),
                        org.assertj.core.groups.Tuple.tuple(9000, "9000", "udp"));
        // the entry that survives a duplicate is the later one
        assertThat(web.networking().ports().get(0).location().file()).isEqualTo("override.yaml");
    }

    @Test
    void volumesMergeByTarget() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    volumes:
                      - foo:/work
                      - ./logs:/logs
                volumes:
                  foo:
                """, """
                services:
                  web:
                    volumes:
                      - bar:/work
                volumes:
                  bar:
                """).project().services().get("web");
        assertThat(web.storage().volumes()).extracting(ServiceVolume::source, ServiceVolume::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bar", "/work"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("logs").toString(), "/logs"));
    }

    @Test
    void secretsAndConfigsMergeByTarget() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    secrets: [token]
                    configs: [conf]
                secrets:
                  token: {file: ./t}
                  token2: {file: ./t}
                configs:
                  conf: {content: a}
                """, """
                services:
                  web:
                    secrets:
                      - source: token2
                        target: /run/secrets/token
                    configs:
                      - conf
                """).projectWithWarnings().services().get("web");
        assertThat(web.storage().secrets()).singleElement().satisfies(s -> assertThat(s.source()).isEqualTo("token2"));
        assertThat(web.storage().configs()).hasSize(1);
    }

    @Test
    void dnsAndTmpfsAppendWithoutDuplicatesAndAcceptAString() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    dns: 1.1.1.1
                    tmpfs: [/tmp]
                    cap_add: [NET_ADMIN]
                """, """
                services:
                  web:
                    dns: [8.8.8.8, 1.1.1.1]
                    tmpfs: /run
                    cap_add: [NET_ADMIN, SYS_TIME]
                """).project().services().get("web");
        assertThat(web.networking().dns()).containsExactly("1.1.1.1", "8.8.8.8");
        assertThat(web.storage().tmpfs()).containsExactly("/tmp", "/run");
        assertThat(web.security().capAdd()).containsExactly("NET_ADMIN", "SYS_TIME");
    }

    @Test
    void extraHostsMergeListsAndMapsWithoutDuplicates() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    extra_hosts:
                      - "db:10.0.0.2"
                """, """
                services:
                  web:
                    extra_hosts:
                      db: 10.0.0.2
                      cache: ["10.0.0.3", "::1"]
                """).project().services().get("web");
        assertThat(web.networking().extraHosts()).extracting(ExtraHost::hostname, ExtraHost::ip).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db", "10.0.0.2"),
                org.assertj.core.groups.Tuple.tuple("cache", "10.0.0.3"),
                org.assertj.core.groups.Tuple.tuple("cache", "::1"));
    }

    @Test
    void buildStringMergesWithTheLongForm() {
        Service web = twoFiles("services:\n  web:\n    build: ./app\n",
                "services:\n  web:\n    build:\n      dockerfile: Dockerfile.dev\n      args: [MODE=dev]\n")
                .project().services().get("web");
        assertThat(web.build().context()).isEqualTo(dir.resolve("app").toString());
        assertThat(web.build().dockerfile()).isEqualTo("Dockerfile.dev");
        assertThat(web.build().args()).containsEntry("MODE", "dev");
    }

    @Test
    void dependsOnAndNetworksMergeListsWithMaps() {
        Service web = twoFiles("""
                services:
                  web:
                    image: x
                    depends_on: [db]
                    networks: [front]
                  db: {image: pg}
                  cache: {image: redis}
                networks:
                  front:
                  back:
                """, """
                services:
                  web:
                    depends_on:
                      cache:
                        condition: service_healthy
                    networks:
                      back:
                        aliases: [api]
                """).project().services().get("web");
        assertThat(web.lifecycle().dependsOn()).containsOnlyKeys("cache", "db");
        assertThat(web.lifecycle().dependsOn().get("cache").condition()).isEqualTo("service_healthy");
        assertThat(web.lifecycle().dependsOn().get("db").condition()).isEqualTo("service_started");
        assertThat(web.networking().networks()).containsOnlyKeys("back", "front");
        assertThat(web.networking().networks().get("back").aliases()).containsExactly("api");
    }

    @Test
    void envFilesAppendInOrder() {
        Service web = twoFiles("services:\n  web:\n    image: x\n    env_file: a.env\n",
                "services:\n  web:\n    env_file: [b.env, a.env]\n").write("a.env", "A=1\n").write("b.env", "B=1\n")
                .project().services().get("web");
        assertThat(web.process().envFiles()).extracting(EnvFile::written).containsExactly("a.env", "b.env");
    }

    @Test
    void threeFilesMergeInOrder() {
        Fixture fixture = new Fixture(dir).write("1.yaml", "services:\n  web:\n    image: one\n    ports: ['1:1']\n")
                .write("2.yaml", "services:\n  web:\n    image: two\n    ports: ['2:2']\n")
                .write("3.yaml", "services:\n  web:\n    ports: ['3:3']\n    user: three\n")
                .file("1.yaml").file("2.yaml").file("3.yaml");
        Service web = fixture.service("web");
        assertThat(web.image()).isEqualTo("two");
        assertThat(web.security().user()).isEqualTo("three");
        assertThat(web.networking().ports()).extracting(PortMapping::target).containsExactly(1, 2, 3);
    }

    @Test
    void documentsOfOneFileMergeLikeFiles() {
        Fixture fixture = new Fixture(dir).compose("services:\n  web:\n    image: a\n---\nservices:\n  web:\n"
                + "    image: b\n");
        assertThat(fixture.service("web").image()).isEqualTo("b");
    }

    @Test
    void topLevelResourcesMerge() {
        var project = twoFiles("services:\n  web: {image: x}\nvolumes:\n  data:\n    driver: local\n",
                "volumes:\n  data:\n    labels: [a=b]\n  more:\n").project();
        assertThat(project.volumes()).containsOnlyKeys("data", "more");
        assertThat(project.volumes().get("data").driver()).isEqualTo("local");
        assertThat(project.volumes().get("data").labels()).containsEntry("a", "b");
    }

    @Test
    void aListCannotMergeWithAMapping() {
        List<String> errors = twoFiles("services:\n  web:\n    image: x\n    ports: ['80']\n",
                "services:\n  web:\n    ports:\n      target: 80\n").errors();
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("invalid-type@4:7: cannot merge services.web.ports"));
    }

    @Test
    void anEmptyOverrideChangesNothing() {
        Service web = twoFiles("services:\n  web:\n    image: x\n", "# nothing here\n").project().services().get("web");
        assertThat(web.image()).isEqualTo("x");
    }

    @Test
    void anErrorInTheSecondFileNamesThatFile() {
        Diagnostic error = twoFiles("services:\n  web:\n    image: x\n", "services:\n  web:\n    restart: sometimes\n")
                .error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("override.yaml", 3, 14));
    }
}
