package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.ScratchVolume;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.parser.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each part of the file reference, mapped into the model. */
class FeaturesTest {

    @TempDir
    Path folder;

    private Project loadClean(String text) {
        LoadResult result = OcFixture.loadText(folder, text);
        assertThat(OcFixture.lines(result)).isEmpty();
        return result.project();
    }

    /** The file reference's own example: every key it documents. */
    @Test
    void theFileReferenceExample() {
        LoadResult result = OcFixture.loadText(folder, """
                version: "0.1-dev"

                services:
                - name: foobar
                  replicas: 3
                  labels:
                    foo_label: bar_label
                  containers:
                  - name: baz
                    image: foo/bar:tag
                    env:
                    - name: foo
                      value: bar
                    command: ["/bin/foobar"]
                    args:
                    - "-f"
                    - "/tmp/foobar"
                    ports:
                    - port: 8080:80
                      type: internal
                      host: domain.tld
                      path: /admin
                    mounts:
                    - volumeRef: db
                      mountPath: /app/store
                      volumeSubPath: foo/bar
                      readOnly: true
                  emptyDirVolumes:
                  - name: temp

                volumes:
                - name: db
                  size: 5GiB
                  accessMode: ReadWriteMany
                  storageClass: fast
                """);
        // 5GiB is no Kubernetes quantity; the emptyDir volume is mounted by nobody
        assertThat(OcFixture.lines(result)).containsExactly(
                "app.yaml:29:5: warning: emptyDir volume 'temp' of service 'foobar' is mounted by no container; it "
                        + "is left out (mount it, or remove it)",
                "app.yaml:33:9: warning: size '5GiB' of volume 'db' is read as 5Gi (write 5Gi: sizes are Kubernetes "
                        + "quantities)");
        Project project = result.project();
        Service service = project.services().get("foobar");
        assertThat(service.containerName()).isEqualTo("baz");
        assertThat(service.image()).isEqualTo("foo/bar:tag");
        assertThat(service.process().environment()).containsOnlyKeys("foo");
        assertThat(service.process().environment().get("foo").value()).isEqualTo("bar");
        // OpenCompose's command and args are Kubernetes' (Compose's entrypoint and command)
        assertThat(service.process().entrypoint()).containsExactly("/bin/foobar");
        assertThat(service.process().command()).containsExactly("-f", "/tmp/foobar");
        assertThat(service.deploy().replicas()).isEqualTo(3);
        assertThat(service.deploy().labels()).containsExactly(Map.entry("foo_label", "bar_label"));
        assertThat(service.deploy().location()).isEqualTo(SourceLocation.of("app.yaml", 5, 3));
        assertThat(service.networking().ports()).containsExactly(
                new PortMapping(null, 8080, "80", null, "tcp", null, null, SourceLocation.of("app.yaml", 19, 7)));
        assertThat(service.networking().externalPorts()).isEmpty();
        assertThat(service.labels()).containsExactly(Map.entry("kompose.service.expose", "domain.tld/admin"));
        assertThat(service.storage().volumes()).containsExactly(
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/app/store").source("db").readOnly(true)
                        .subpath("foo/bar").location(SourceLocation.of("app.yaml", 24, 7)).build());
        assertThat(service.storage().scratchVolumes()).isEmpty();
        assertThat(project.volumes().get("db").labels()).containsExactly(
                Map.entry("jkompose.volume.access-mode", "ReadWriteMany"),
                Map.entry("kompose.volume.size", "5Gi"),
                Map.entry("kompose.volume.storage-class-name", "fast"));
        assertThat(service.keys()).containsOnlyKeys("container_name", "image", "entrypoint", "command", "environment",
                "volumes", "ports", "labels", "deploy");
    }

    @Test
    void containersOfOneServiceShareItsPodThroughNetworkMode() {
        Project project = loadClean("""
                version: 0.1-dev
                services:
                - name: web
                  replicas: 2
                  containers:
                  - name: app
                    image: example/app:1
                    ports:
                    - port: 8080:80
                    mounts:
                    - volumeRef: cache
                      mountPath: /var/cache/app
                  - name: metrics
                    image: example/exporter:2
                    args: ["--listen", ":9100"]
                    ports:
                    - port: "9100"
                    mounts:
                    - volumeRef: cache
                      mountPath: /cache
                      readOnly: true
                  emptyDirVolumes:
                  - name: cache
                """);
        assertThat(project.services()).containsOnlyKeys("web", "web-metrics");
        Service web = project.services().get("web");
        Service metrics = project.services().get("web-metrics");
        assertThat(web.containerName()).isEqualTo("app");
        assertThat(web.networking().networkMode()).isNull();
        assertThat(web.deploy().replicas()).isEqualTo(2);
        // one Kubernetes Service for the pod: every container's port is the first one's
        assertThat(web.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(tuple(8080, "80"), tuple(9100, "9100"));
        assertThat(web.storage().scratchVolumes()).containsExactly(
                new ScratchVolume("cache", "/var/cache/app", null, false, SourceLocation.of("app.yaml", 11, 7)));
        assertThat(web.storage().volumes()).isEmpty();

        assertThat(metrics.containerName()).isEqualTo("metrics");
        assertThat(metrics.image()).isEqualTo("example/exporter:2");
        assertThat(metrics.networking().networkMode()).isEqualTo("service:web");
        assertThat(metrics.process().command()).containsExactly("--listen", ":9100");
        assertThat(metrics.process().entrypoint()).isNull();
        assertThat(metrics.networking().ports()).isEmpty();
        assertThat(metrics.deploy()).isNull();
        assertThat(metrics.location()).isEqualTo(SourceLocation.of("app.yaml", 13, 5));
        assertThat(metrics.storage().scratchVolumes()).containsExactly(
                new ScratchVolume("cache", "/cache", null, true, SourceLocation.of("app.yaml", 19, 7)));
        assertThat(metrics.keys()).containsKeys("network_mode", "image", "command");
    }

    @Test
    void anEmptyDirVolumeHidesARootVolumeOfItsNameInItsService() {
        Project project = loadClean("""
                version: 0.1-dev
                services:
                - name: a
                  containers:
                  - name: a
                    image: busybox
                    mounts:
                    - volumeRef: data
                      mountPath: /data
                  emptyDirVolumes:
                  - name: data
                - name: b
                  containers:
                  - name: b
                    image: busybox
                    mounts:
                    - volumeRef: data
                      mountPath: /data
                volumes:
                - name: data
                  size: 1Gi
                  accessMode: ReadWriteOnce
                """);
        assertThat(project.services().get("a").storage().scratchVolumes()).extracting(ScratchVolume::name)
                .containsExactly("data");
        assertThat(project.services().get("a").storage().volumes()).isEmpty();
        assertThat(project.services().get("b").storage().volumes()).extracting(ServiceVolume::source)
                .containsExactly("data");
        assertThat(project.services().get("b").storage().scratchVolumes()).isEmpty();
    }

    @Test
    void internalAndExternalPortsInOneService() {
        Service service = loadClean("""
                version: 0.1-dev
                services:
                - name: shop
                  containers:
                  - name: shop
                    image: example/shop
                    ports:
                    - port: 8080:80
                      type: external
                    - port: "9090"
                    - port: 8443:443
                      type: external
                """).services().get("shop");
        assertThat(service.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(tuple(8080, "80"), tuple(9090, "9090"), tuple(8443, "443"));
        assertThat(service.networking().externalPorts()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(tuple(8080, "80"), tuple(8443, "443"));
        // not every port is external: the Service stays internal, and the external ones get their own
        assertThat(service.labels()).isEmpty();
    }

    @Test
    void theIngressPortComesFirstAndHostsOfAnotherPortAreReported() {
        LoadResult result = OcFixture.loadText(folder, """
                version: 0.1-dev
                services:
                - name: site
                  containers:
                  - name: site
                    image: example/site
                    ports:
                    - port: "9000"
                    - port: 8080:80
                      host: www.example.com
                    - port: 8081:80
                      host: example.com
                      path: /shop
                    - port: "8443"
                      host: admin.example.com
                """);
        assertThat(OcFixture.lines(result)).containsExactly("app.yaml:15:13: warning: host 'admin.example.com' of port "
                + "8443 of container 'site' in service 'site' is not converted: the service's Ingress routes to port "
                + "80, where the first host is given (give hosts to one port per service)");
        Service service = result.project().services().get("site");
        assertThat(service.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(tuple(8080, "80"), tuple(8081, "80"), tuple(9000, "9000"), tuple(8443, "8443"));
        assertThat(service.labels()).containsExactly(
                Map.entry("kompose.service.expose", "www.example.com,example.com/shop"));
    }

    @Test
    void containersWithoutANameAreNamedAfterTheService() {
        LoadResult result = OcFixture.loadText(folder, """
                version: 0.1-dev
                services:
                - name: job
                  containers:
                  - image: busybox
                  - image: alpine
                  - name: job-2
                    image: debian
                """);
        assertThat(OcFixture.lines(result)).containsExactly(
                "app.yaml:5:5: warning: container 1 of service 'job' has no name; it is named 'job' (give it a name: "
                        + "(OpenCompose requires one))",
                "app.yaml:6:5: warning: container 2 of service 'job' has no name; it is named 'job-2-2' (give it a "
                        + "name: (OpenCompose requires one))");
        Project project = result.project();
        assertThat(project.services()).containsOnlyKeys("job", "job-job-2-2", "job-job-2");
        assertThat(project.services().get("job").containerName()).isEqualTo("job");
        assertThat(project.services().get("job-job-2-2").image()).isEqualTo("alpine");
        assertThat(project.services().get("job-job-2").image()).isEqualTo("debian");
    }

    @Test
    void sidecarNamesStayClearOfOtherServices() {
        Project project = loadClean("""
                version: 0.1-dev
                services:
                - name: web
                  containers:
                  - name: app
                    image: nginx
                  - name: Log_Shipper
                    image: fluent/fluent-bit
                - name: web-log-shipper
                  containers:
                  - name: x
                    image: busybox
                """);
        assertThat(project.services()).containsOnlyKeys("web", "web-log-shipper", "web-log-shipper-2");
        assertThat(project.services().get("web-log-shipper-2").containerName()).isEqualTo("Log_Shipper");
    }

    @Test
    void environmentInBothForms() {
        Service service = loadClean("""
                version: 0.1-dev
                services:
                - name: app
                  containers:
                  - name: app
                    image: app
                    env:
                    - A=1
                    - B=x=y
                    - C=
                    - name: D
                      value: 42
                    - name: E
                      value:
                """).services().get("app");
        assertThat(service.process().environment()).containsOnlyKeys("A", "B", "C", "D", "E");
        assertThat(service.process().environment().values()).extracting(v -> v.value())
                .containsExactly("1", "x=y", "", "42", "");
        assertThat(service.process().environment().get("B").location()).isEqualTo(SourceLocation.of("app.yaml", 9, 7));
    }

    @Test
    void aVariableSetTwiceKeepsItsLaterValue() {
        LoadResult result = OcFixture.loadText(folder, """
                version: 0.1-dev
                services:
                - name: app
                  containers:
                  - name: app
                    image: app
                    env:
                    - MODE=dev
                    - MODE=prod
                """);
        assertThat(OcFixture.lines(result)).containsExactly("app.yaml:9:7: warning: environment variable 'MODE' of "
                + "container 'app' of service 'app' is set twice (first at app.yaml:8:7); the later value is used "
                + "(set it once)");
        assertThat(result.project().services().get("app").process().environment().get("MODE").value())
                .isEqualTo("prod");
    }

    @Test
    void emptyCommandAndArgsMeanTheImagesOwn() {
        Service service = loadClean("""
                version: 0.1-dev
                services:
                - name: app
                  containers:
                  - name: app
                    image: app
                    command: []
                    args: []
                """).services().get("app");
        assertThat(service.process().entrypoint()).isNull();
        assertThat(service.process().command()).isNull();
    }

    @Test
    void severalFilesAreOneApplication() {
        OcFixture.write(folder, "front.yaml", """
                version: 0.1-dev
                services:
                - name: front
                  containers:
                  - name: front
                    image: nginx
                    mounts:
                    - volumeRef: shared
                      mountPath: /srv
                """);
        OcFixture.write(folder, "back.yaml", """
                version: 0.1-dev
                services:
                - name: back
                  containers:
                  - name: back
                    image: app
                volumes:
                - name: shared
                  size: 1Gi
                  accessMode: ReadWriteMany
                """);
        LoadResult result = OcFixture.load(folder, "front.yaml", "back.yaml");
        assertThat(OcFixture.lines(result)).isEmpty();
        assertThat(result.project().services()).containsOnlyKeys("back", "front");
        assertThat(result.project().volumes()).containsOnlyKeys("shared");
        assertThat(result.project().files()).containsExactly(folder.resolve("front.yaml"), folder.resolve("back.yaml"));
        assertThat(result.project().workingDir()).isEqualTo(folder);
    }

    @Test
    void anUnmountedVolumeIsReported() {
        LoadResult result = OcFixture.loadText(folder, """
                version: 0.1-dev
                services:
                - name: app
                  containers:
                  - name: app
                    image: app
                volumes:
                - name: spare
                  size: 1Gi
                  accessMode: ReadWriteOnce
                """);
        assertThat(OcFixture.lines(result)).containsExactly("app.yaml:8:3: warning: volume 'spare' is mounted by no "
                + "container, so no claim is made for it (mount it, or remove it)");
        assertThat(result.project().volumes()).containsOnlyKeys("spare");
    }

    @Test
    void projectNameFromTheOptionTheEnvironmentOrTheFolder() {
        OcFixture.write(folder, "My App/app.yaml", """
                version: 0.1-dev
                services:
                - name: app
                  containers:
                  - image: app
                    name: app
                """);
        Path app = folder.resolve("My App");
        assertThat(OcFixture.load(app, "app.yaml").project().name()).isEqualTo("myapp");
        assertThat(io.jkompose.parser.ProjectLoader.load(OcFixture.request(app, List.of("app.yaml"),
                Map.of("COMPOSE_PROJECT_NAME", "shop"), null, io.jkompose.parser.InputFormat.AUTO)).project().name())
                .isEqualTo("shop");
    }

    /** Files written before the specification renamed volumeName to volumeRef (its #136) are read, with a warning. */
    @Test
    void theOldNameOfVolumeRefIsReadWithAWarning() {
        String file = """
                version: "0.1-dev"
                services:
                - name: db
                  containers:
                  - name: postgres
                    image: postgres:16
                    mounts:
                    - volumeName: data
                      mountPath: /var/lib/postgresql/data
                volumes:
                - name: data
                  size: 1Gi
                  accessMode: ReadWriteOnce
                """;
        LoadResult result = OcFixture.loadText(folder, file);
        assertThat(OcFixture.lines(result)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("warning: volumeName of mounts[0]").contains("rename it volumeRef");
        assertThat(result.project().services().get("db").storage().volumes()).singleElement()
                .satisfies(volume -> assertThat(volume.source()).isEqualTo("data"));

        LoadResult both = OcFixture.loadText(folder, file.replace("- volumeName: data",
                "- volumeName: data\n      volumeRef: data"));
        assertThat(OcFixture.lines(both)).anySatisfy(line -> assertThat(line).contains("error:")
                .contains("both volumeRef and volumeName"));
    }
}
