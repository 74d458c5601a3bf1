package io.jkompose.parser.opencompose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose maps its services, OpenCompose lists them; {@code --input-format} overrides. */
class FormatDetectionTest {

    private static final String OPENCOMPOSE = """
            version: 0.1-dev
            services:
            - name: web
              containers:
              - name: web
                image: nginx
            """;
    private static final String COMPOSE = """
            services:
              web:
                image: nginx
            """;

    @TempDir
    Path folder;

    @Test
    void theShapeOfServicesDecides() {
        assertThat(FormatDetection.listsServices(OPENCOMPOSE)).isTrue();
        assertThat(FormatDetection.listsServices(COMPOSE)).isFalse();
        assertThat(FormatDetection.listsServices("{services: [{name: a}], version: 0.1-dev}")).isTrue();
        assertThat(FormatDetection.listsServices("services: []")).isTrue();
        // keys before services, with nested lists and mappings, do not confuse it
        assertThat(FormatDetection.listsServices("""
                x-defaults: &d
                  services: [a, b]
                  deep: {services: []}
                volumes:
                - name: data
                services:
                - name: web
                """)).isTrue();
        assertThat(FormatDetection.listsServices("""
                x-list:
                - services: []
                services:
                  web: {}
                """)).isFalse();
    }

    @Test
    void anythingUnclearIsCompose() {
        assertThat(FormatDetection.listsServices("")).isFalse();
        assertThat(FormatDetection.listsServices("version: 0.1-dev\n")).isFalse();
        assertThat(FormatDetection.listsServices("- services: []\n")).isFalse();
        assertThat(FormatDetection.listsServices("just text")).isFalse();
        assertThat(FormatDetection.listsServices("services: [unclosed\n")).isTrue(); // the start is enough
        assertThat(FormatDetection.listsServices("services: {web: [\n")).isFalse();
        assertThat(FormatDetection.listsServices("a: b: c\n")).isFalse();
        assertThat(FormatDetection.listsServices("services: &s\n  - a\nother: *s\n")).isTrue();
        assertThat(FormatDetection.listsServices("base: &s [a]\nservices: *s\n")).isFalse();
    }

    @Test
    void theFirstFileGivenIsLookedAt() {
        OcFixture.write(folder, "oc.yaml", OPENCOMPOSE);
        OcFixture.write(folder, "compose.yaml", COMPOSE);
        assertThat(detect(List.of("oc.yaml"), Map.of(), null)).isEqualTo(InputFormat.OPENCOMPOSE);
        assertThat(detect(List.of("compose.yaml", "oc.yaml"), Map.of(), null)).isEqualTo(InputFormat.COMPOSE);
        assertThat(detect(List.of("missing.yaml"), Map.of(), null)).isEqualTo(InputFormat.COMPOSE);
        assertThat(detect(List.of(), Map.of("COMPOSE_FILE", "oc.yaml:compose.yaml"), null))
                .isEqualTo(InputFormat.OPENCOMPOSE);
        assertThat(detect(List.of("-"), Map.of(), OPENCOMPOSE)).isEqualTo(InputFormat.OPENCOMPOSE);
        assertThat(detect(List.of("-"), Map.of(), null)).isEqualTo(InputFormat.COMPOSE);
    }

    @Test
    void theDefaultFileIsFoundAsComposeFindsIt() {
        OcFixture.write(folder, "compose.yml", OPENCOMPOSE);
        OcFixture.write(folder, "sub/dir/readme.txt", "");
        Path below = folder.resolve("sub/dir");
        assertThat(FormatDetection.detect(OcFixture.request(below, List.of(), Map.of(), null, InputFormat.AUTO)))
                .isEqualTo(InputFormat.OPENCOMPOSE);
        LoadResult result = ProjectLoader.load(OcFixture.request(below, List.of(), Map.of(), null, InputFormat.AUTO));
        assertThat(OcFixture.lines(result)).isEmpty();
        assertThat(result.project().services()).containsOnlyKeys("web");
        assertThat(result.project().files()).containsExactly(folder.resolve("compose.yml"));
        assertThat(result.project().name()).isEqualTo(folder.getFileName().toString().toLowerCase());
    }

    @Test
    void anExplicitFormatWins() {
        OcFixture.write(folder, "oc.yaml", OPENCOMPOSE);
        assertThat(FormatDetection.detect(OcFixture.request(folder, List.of("oc.yaml"), Map.of(), null,
                InputFormat.COMPOSE))).isEqualTo(InputFormat.COMPOSE);
        // read as Compose, the list of services is Compose's error, not OpenCompose's model
        LoadResult asCompose = ProjectLoader.load(OcFixture.request(folder, List.of("oc.yaml"), Map.of(), null,
                InputFormat.COMPOSE));
        assertThat(asCompose.project()).isNull();
        assertThat(OcFixture.lines(asCompose)).anyMatch(line -> line.startsWith("oc.yaml:3:1: error:"));
        assertThat(FormatDetection.detect(OcFixture.request(folder, List.of("x.yaml"), Map.of(), null,
                InputFormat.OPENCOMPOSE))).isEqualTo(InputFormat.OPENCOMPOSE);
    }

    @Test
    void bothFormatsLoadThroughTheProjectLoader() {
        OcFixture.write(folder, "oc.yaml", OPENCOMPOSE);
        OcFixture.write(folder, "compose.yaml", COMPOSE);
        LoadResult open = OcFixture.load(folder, "oc.yaml");
        assertThat(open.project().services().get("web").containerName()).isEqualTo("web");
        LoadResult compose = OcFixture.load(folder, "compose.yaml");
        assertThat(compose.project().services().get("web").containerName()).isNull();
    }

    private InputFormat detect(List<String> files, Map<String, String> environment, String stdin) {
        return FormatDetection.detect(OcFixture.request(folder, files, environment, stdin, InputFormat.AUTO));
    }
}
