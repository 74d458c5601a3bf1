package io.jkompose.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.PortMapping;
import io.jkompose.model.Project;
import io.jkompose.model.Service;
import io.jkompose.model.ServiceVolume;
import io.jkompose.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's public entry point, on a realistic project. */
class ComposeLoaderTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void realisticProject() throws IOException {
        write(".env", "TAG=1.4\nPUBLIC_PORT=8080\n");
        write("web.env", "LOG_LEVEL=info\n");
        write("compose.yaml", """
                name: shop
                services:
                  web:
                    image: registry.example/web:${TAG}
                    ports:
                      - "${PUBLIC_PORT}:80"
                    env_file: web.env
                    environment:
                      DB_HOST: db
                    depends_on:
                      db:
                        condition: service_healthy
                    volumes:
                      - ./static:/srv/static:ro
                    deploy:
                      replicas: 2
                  db:
                    image: postgres:16
                    volumes:
                      - pgdata:/var/lib/postgresql/data
                    healthcheck:
                      test: pg_isready -U postgres
                      interval: 5s
                volumes:
                  pgdata:
                """);
        write("compose.override.yaml", """
                services:
                  web:
                    environment:
                      DEBUG: "1"
                    ports:
                      - "9229:9229"
                """);
    }

    @Test
    void loadsARealisticProject() throws IOException {
        realisticProject();
        LoadResult result = ComposeLoader.load(new LoadRequest(List.of(), dir, Map.of("TAG", "1.5"), List.of(),
                null, true));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        Project project = result.project();
        assertThat(project.name()).isEqualTo("shop");
        assertThat(project.workingDir()).isEqualTo(dir);
        assertThat(project.files()).containsExactly(dir.resolve("compose.yaml"), dir.resolve("compose.override.yaml"));
        assertThat(project.volumes()).containsOnlyKeys("pgdata");

        Service web = project.services().get("web");
        assertThat(web.image()).isEqualTo("registry.example/web:1.5");
        assertThat(web.networking().ports()).extracting(PortMapping::published, PortMapping::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8080", 80),
                        org.assertj.core.groups.Tuple.tuple("9229", 9229));
        assertThat(web.process().environment()).containsOnlyKeys("DB_HOST", "DEBUG");
        assertThat(web.process().envFiles().get(0).entries()).containsEntry("LOG_LEVEL", "info");
        assertThat(web.lifecycle().dependsOn().get("db").condition()).isEqualTo("service_healthy");
        ServiceVolume staticFiles = web.storage().volumes().get(0);
        assertThat(staticFiles.source()).isEqualTo(dir.resolve("static").toString());
        assertThat(staticFiles.readOnly()).isTrue();
        assertThat(web.deploy().replicas()).isEqualTo(2);
        assertThat(web.keys().keySet()).containsExactly("image", "ports", "env_file", "environment", "depends_on",
                "volumes", "deploy");
        assertThat(web.locationOf("environment")).isEqualTo(SourceLocation.of("compose.override.yaml", 3, 5));

        Service db = project.services().get("db");
        assertThat(db.lifecycle().healthcheck().test()).containsExactly("CMD-SHELL", "pg_isready -U postgres");
    }

    @Test
    void loadingTwiceGivesEqualProjects() throws IOException {
        realisticProject();
        LoadRequest request = new LoadRequest(List.of(), dir, Map.of(), List.of(), null, true);
        assertThat(ComposeLoader.load(request)).isEqualTo(ComposeLoader.load(request));
    }

    @Test
    void reportsErrorsAsDiagnosticsAndNoProject() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: x\n    ports: [\"http\"]\n    restart: twice\n");
        LoadResult result = ComposeLoader.load(new LoadRequest(List.of("compose.yaml"), dir, Map.of(), List.of(),
                null, true));
        assertThat(result.project()).isNull();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "compose.yaml:4:13: error: services.web.ports[0]: \"http\" is not a valid port: 'http' is not a "
                        + "container port or port range (1-65535) (write [[IP:]HOST:]CONTAINER[/PROTOCOL], for "
                        + "example \"8080:80\" or \"127.0.0.1:53:53/udp\")",
                "compose.yaml:5:14: error: services.web.restart: 'twice' is not a restart policy (use \"no\", "
                        + "always, on-failure, on-failure:<retries> or unless-stopped)");
    }

    @Test
    void nullsInTheRequestAreTolerated() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: x\n");
        LoadResult result = ComposeLoader.load(new LoadRequest(null, dir, null, null, null, true));
        assertThat(result.project().services()).containsOnlyKeys("web");
    }
}
