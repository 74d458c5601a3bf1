package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.EnvVar;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.SharedFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The examples of the OpenCompose repository (read in place from the shared corpus) load without a
 * word, into the model worked out by hand from each file and the file reference.
 */
class CorpusExamplesTest {

    private static final Path EXAMPLES = SharedFolder.resolve("corpus/opencompose/examples");

    private static Project load(String file) {
        LoadResult result = OcFixture.load(SharedFolder.require(EXAMPLES), file);
        assertThat(OcFixture.lines(result)).as(file).isEmpty();
        assertThat(result.project()).as(file).isNotNull();
        return result.project();
    }

    private static Map<String, String> env(Service service) {
        return service.process().environment().values().stream().collect(Collectors.toMap(EnvVar::name, EnvVar::value));
    }

    @Test
    void helloNginxIsOneServiceWithAnInternalPort() {
        Project project = load("hello-nginx.yaml");
        assertThat(project.name()).isEqualTo("examples");
        assertThat(project.services()).containsOnlyKeys("helloworld");
        Service service = project.services().get("helloworld");
        assertThat(service.location()).isEqualTo(SourceLocation.of("hello-nginx.yaml", 3, 3));
        assertThat(service.image()).isEqualTo("nginx");
        assertThat(service.containerName()).isEqualTo("nginx");
        assertThat(service.networking().ports()).containsExactly(
                new PortMapping(null, 80, "80", null, "tcp", null, null, SourceLocation.of("hello-nginx.yaml", 8, 7)));
        assertThat(service.networking().externalPorts()).isEmpty();
        assertThat(service.labels()).isEmpty();
        assertThat(service.deploy()).isNull();
        assertThat(service.networking().networkMode()).isNull();
        assertThat(service.keys()).containsKeys("image", "container_name", "ports");
    }

    @Test
    void anExternalPortMakesTheServiceALoadBalancer() {
        Service service = load("hello-nginx-external.yaml").services().get("helloworld");
        // port: 80:8080 is ContainerPort:ServicePort
        assertThat(service.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, "8080"));
        assertThat(service.networking().externalPorts()).isEqualTo(service.networking().ports());
        assertThat(service.labels()).containsExactly(Map.entry("kompose.service.type", "loadbalancer"));
    }

    @Test
    void aHostIsAnIngressOfTheInternalService() {
        Service service = load("hello-nginx-with-route.yaml").services().get("helloworld");
        assertThat(service.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, "8080"));
        assertThat(service.networking().externalPorts()).isEmpty();
        assertThat(service.labels()).containsExactly(Map.entry("kompose.service.expose", "hw-nginx.127.0.0.1.nip.io"));
        assertThat(service.keys()).containsEntry("labels", SourceLocation.of("hello-nginx-with-route.yaml", 9, 13));
    }

    @Test
    void wordpressWithoutStorage() {
        Project project = load("wordpress/no-storage.yaml");
        assertThat(project.name()).isEqualTo("wordpress");
        assertThat(project.services()).containsOnlyKeys("database", "web");
        Service database = project.services().get("database");
        assertThat(database.image()).isEqualTo("mariadb:10");
        assertThat(database.containerName()).isEqualTo("mariadb");
        assertThat(env(database)).containsExactlyInAnyOrderEntriesOf(Map.of("MYSQL_ROOT_PASSWORD", "rootpasswd",
                "MYSQL_DATABASE", "wordpress", "MYSQL_USER", "wordpress", "MYSQL_PASSWORD", "wordpress"));
        assertThat(database.process().environment().get("MYSQL_ROOT_PASSWORD").location())
                .isEqualTo(SourceLocation.of("wordpress/no-storage.yaml", 9, 13));
        assertThat(database.networking().ports()).extracting(PortMapping::target, PortMapping::published)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3306, "3306"));
        assertThat(database.labels()).isEmpty();

        Service web = project.services().get("web");
        assertThat(web.image()).isEqualTo("wordpress:4");
        assertThat(env(web)).containsEntry("WORDPRESS_DB_HOST", "database:3306").hasSize(4);
        assertThat(web.labels()).containsExactly(Map.entry("kompose.service.type", "loadbalancer"));
        assertThat(project.volumes()).isEmpty();
    }

    @Test
    void wordpressWithStorageMountsAClaimOfTheVolumesSizeAndAccessMode() {
        Project project = load("wordpress/storage.yaml");
        Service database = project.services().get("database");
        assertThat(database.storage().volumes()).containsExactly(
                ServiceVolume.builder(ServiceVolume.Type.VOLUME, "/var/lib/mysql").source("database")
                        .location(SourceLocation.of("wordpress/storage.yaml", 20, 7)).build());
        assertThat(database.storage().scratchVolumes()).isEmpty();
        Volume volume = project.volumes().get("database");
        assertThat(volume.key()).isEqualTo("database");
        assertThat(volume.external()).isFalse();
        assertThat(volume.labels()).containsExactly(Map.entry("jkompose.volume.access-mode", "ReadWriteOnce"),
                Map.entry("kompose.volume.size", "100Mi"));
        assertThat(volume.location()).isEqualTo(SourceLocation.of("wordpress/storage.yaml", 41, 3));
    }

    @Test
    void envAsNameEqualsValueStringsAndServiceLabels() {
        Project project = load("wordpress/storage_labels.yml");
        Service database = project.services().get("database");
        assertThat(env(database)).containsExactlyInAnyOrderEntriesOf(Map.of("MYSQL_ROOT_PASSWORD", "rootpasswd",
                "MYSQL_DATABASE", "wordpress", "MYSQL_USER", "wordpress", "MYSQL_PASSWORD", "wordpress"));
        assertThat(database.deploy().labels()).containsExactly(Map.entry("app", "db"));
        assertThat(database.deploy().replicas()).isNull();
        assertThat(database.labels()).isEmpty();
        Service web = project.services().get("web");
        assertThat(env(web)).containsEntry("WORDPRESS_DB_HOST", "database:3306");
        assertThat(web.deploy().labels()).containsExactly(Map.entry("app", "web"));
    }
}
