package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's volumes: short and long syntax, bind paths, named and anonymous volumes. */
class VolumesTest {

    @TempDir
    Path dir;

    private List<ServiceVolume> volumes(String items, String topLevel) {
        return new Fixture(dir).env("HOME", "/home/me")
                .compose("services:\n  web:\n    image: x\n    volumes:\n" + items + topLevel).service("web")
                .storage().volumes();
    }

    @Test
    void shortSyntax() {
        List<ServiceVolume> volumes = volumes("""
                      - data:/var/lib/data:ro
                      - ./site:/usr/share/nginx/html
                      - /etc/certs:/certs:rw,z
                      - /scratch
                      - ~/cache:/cache:ro,rshared
                      - ../shared/:/shared/./x/
                """, "volumes:\n  data:\n");
        assertThat(volumes).hasSize(6);
        ServiceVolume named = volumes.get(0);
        assertThat(named.type()).isEqualTo(ServiceVolume.Type.VOLUME);
        assertThat(named.source()).isEqualTo("data");
        assertThat(named.written()).isEqualTo("data");
        assertThat(named.target()).isEqualTo("/var/lib/data");
        assertThat(named.readOnly()).isTrue();
        assertThat(named.location()).isEqualTo(SourceLocation.of("compose.yaml", 5, 9));

        ServiceVolume bind = volumes.get(1);
        assertThat(bind.type()).isEqualTo(ServiceVolume.Type.BIND);
        assertThat(bind.source()).isEqualTo(dir.resolve("site").toString());
        assertThat(bind.written()).isEqualTo("./site");
        assertThat(bind.createHostPath()).isTrue();
        assertThat(bind.readOnly()).isFalse();

        ServiceVolume absolute = volumes.get(2);
        assertThat(absolute.source()).isEqualTo("/etc/certs");
        assertThat(absolute.selinux()).isEqualTo("z");
        assertThat(absolute.readOnly()).isFalse();

        ServiceVolume anonymous = volumes.get(3);
        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.target()).isEqualTo("/scratch");
        assertThat(anonymous.written()).isNull();

        ServiceVolume home = volumes.get(4);
        assertThat(home.source()).isEqualTo("/home/me/cache");
        assertThat(home.written()).isEqualTo("~/cache");
        assertThat(home.bindPropagation()).isEqualTo("rshared");

        ServiceVolume parent = volumes.get(5);
        assertThat(parent.source()).isEqualTo(dir.getParent().resolve("shared").toString());
        assertThat(parent.target()).isEqualTo("/shared/x");
    }

    @Test
    void windowsPathsStayAsWritten() {
        ServiceVolume volume = volumes("      - C:\\Users\\data:D:\\config:rw\n", "").get(0);
        assertThat(volume.type()).isEqualTo(ServiceVolume.Type.BIND);
        assertThat(volume.source()).isEqualTo("C:\\Users\\data");
        assertThat(volume.target()).isEqualTo("D:\\config");
    }

    @Test
    void longSyntax() {
        List<ServiceVolume> volumes = volumes("""
                      - type: bind
                        source: ./conf
                        target: /etc/app
                        read_only: true
                        bind:
                          propagation: rslave
                          create_host_path: false
                          selinux: Z
                      - type: volume
                        source: data
                        target: /data
                        volume:
                          nocopy: true
                          subpath: sub
                      - type: tmpfs
                        target: /tmp
                        tmpfs:
                          size: 64m
                          mode: 01777
                      - type: volume
                        target: /anon
                """, "volumes:\n  data:\n");
        ServiceVolume bind = volumes.get(0);
        assertThat(bind).isEqualTo(ServiceVolume.builder(ServiceVolume.Type.BIND, "/etc/app")
                .source(dir.resolve("conf").toString()).written("./conf").readOnly(true).bindPropagation("rslave")
                .createHostPath(false).selinux("Z").location(bind.location()).build());
        ServiceVolume named = volumes.get(1);
        assertThat(named.noCopy()).isTrue();
        assertThat(named.subpath()).isEqualTo("sub");
        ServiceVolume tmpfs = volumes.get(2);
        assertThat(tmpfs.type()).isEqualTo(ServiceVolume.Type.TMPFS);
        assertThat(tmpfs.source()).isNull();
        assertThat(tmpfs.tmpfsSize()).isEqualTo(64L * 1024 * 1024);
        assertThat(tmpfs.tmpfsMode()).isEqualTo(01777);
        assertThat(volumes.get(3).isAnonymous()).isTrue();
    }

    @Test
    void nestedKeysTheModelLacksAreRecordedAsDottedKeys() {
        Service web = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    volumes:
                      - type: volume
                        source: data
                        target: /data
                        volume:
                          labels: {a: b}
                volumes:
                  data:
                """).service("web");
        assertThat(web.keys()).containsKeys("volumes", "volumes.volume.labels");
        assertThat(web.keys().get("volumes.volume.labels")).isEqualTo(SourceLocation.of("compose.yaml", 9, 11));
    }

    @Test
    void aNamedVolumeMustBeDefinedAtTheTopLevel() {
        Diagnostic error = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    volumes:
                      - dta:/data
                volumes:
                  data:
                """).error();
        assertThat(error.code()).isEqualTo("invalid-value");
        assertThat(error.message()).isEqualTo(
                "services.web.volumes refers to the volume 'dta', which is not defined");
        assertThat(error.hint()).isEqualTo("did you mean 'data'?");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 5, 9));
    }

    @Test
    void bindPathsNeedNoDefinition() {
        assertThat(volumes("      - ./a:/a\n      - /b:/b\n", "")).hasSize(2);
    }

    @Test
    void invalidVolumes() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web:
                    image: x
                    volumes:
                      - a:b:c:d
                      - type: bind
                        target: /x
                      - type: disk
                        target: /y
                      - type: volume
                        source: v
                      - "::/x"
                      - type: tmpfs
                        target: /t
                        tmpfs: {size: lots}
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@5:9: services.web.volumes[0]: \"a:b:c:d\" is not a valid volume: it has too many colons",
                "invalid-value@6:9: services.web.volumes[1] is a bind mount without 'source'",
                "invalid-value@8:15: services.web.volumes[2].type: 'disk' is not a mount type",
                "invalid-value@10:9: services.web.volumes[3] has no 'target' (the path in the container)",
                "invalid-value@12:9: services.web.volumes[4]: \"::/x\" is not a valid volume: a part between colons is empty",
                "invalid-value@15:23: services.web.volumes[5].tmpfs.size: invalid size \"lots\": it is not a number "
                        + "with an optional unit; write a number of bytes, optionally followed by a unit b, k, m, g, t "
                        + "or p (1024-based, case-insensitive), such as 512, 64m, 1.5g or 2gb");
    }

    @Test
    void unknownShortOptionsAreWarnings() {
        Fixture fixture = new Fixture(dir).compose("services:\n  web:\n    image: x\n    volumes: ['./a:/a:fast']\n");
        assertThat(fixture.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'fast'"));
    }

    @Test
    void theLastMountOfATargetWins() {
        List<ServiceVolume> volumes = volumes("      - ./a:/data\n      - ./b:/data/\n", "");
        assertThat(volumes).singleElement().satisfies(v -> assertThat(v.written()).isEqualTo("./b"));
    }
}
