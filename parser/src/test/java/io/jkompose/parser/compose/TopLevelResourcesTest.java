package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.ConfigDefinition;
import io.jkompose.model.Network;
import io.jkompose.model.Project;
import io.jkompose.model.SecretDefinition;
import io.jkompose.model.SourceLocation;
import io.jkompose.model.Volume;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top-level volumes, networks, configs and secrets. */
class TopLevelResourcesTest {

    @TempDir
    Path dir;

    @Test
    void volumes() {
        Project project = new Fixture(dir).compose("""
                services:
                  web: {image: x}
                volumes:
                  plain:
                  tuned:
                    driver: local
                    driver_opts: {type: nfs, o: "addr=10.0.0.1"}
                    labels: [backup=daily]
                    name: tuned-data
                  outside:
                    external: true
                  legacy:
                    external:
                      name: old-data
                """).project();
        assertThat(project.volumes()).containsOnlyKeys("legacy", "outside", "plain", "tuned");
        assertThat(project.volumes().get("plain")).isEqualTo(new Volume("plain", null, null, null, false, null,
                SourceLocation.of("compose.yaml", 4, 3)));
        Volume tuned = project.volumes().get("tuned");
        assertThat(tuned.name()).isEqualTo("tuned-data");
        assertThat(tuned.driver()).isEqualTo("local");
        assertThat(tuned.driverOpts()).containsEntry("type", "nfs").containsEntry("o", "addr=10.0.0.1");
        assertThat(tuned.labels()).containsEntry("backup", "daily");
        assertThat(project.volumes().get("outside").external()).isTrue();
        assertThat(project.volumes().get("legacy").name()).isEqualTo("old-data");
    }

    @Test
    void anExternalVolumeTakesNoDriver() {
        var error = new Fixture(dir).compose(
                "services:\n  web: {image: x}\nvolumes:\n  v:\n    external: true\n    driver: local\n").error();
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 6, 5));
        assertThat(error.message()).contains("is external, so 'driver' cannot be set");
    }

    @Test
    void networks() {
        Project project = new Fixture(dir).compose("""
                services:
                  web: {image: x, networks: [front, back, outside]}
                networks:
                  front:
                  back:
                    driver: bridge
                    internal: true
                    labels: {tier: back}
                    ipam:
                      config: [{subnet: 172.28.0.0/16}]
                  outside:
                    external: true
                    name: shared-net
                """).project();
        assertThat(project.networks().get("front")).isEqualTo(new Network("front", null, null, false, false, null,
                SourceLocation.of("compose.yaml", 4, 3)));
        Network back = project.networks().get("back");
        assertThat(back.driver()).isEqualTo("bridge");
        assertThat(back.internal()).isTrue();
        assertThat(back.labels()).containsEntry("tier", "back");
        assertThat(project.networks().get("outside").name()).isEqualTo("shared-net");
        assertThat(project.networks().get("outside").external()).isTrue();
    }

    @Test
    void configsFromFileContentAndEnvironment() {
        Project project = new Fixture(dir).write("conf/app.ini", "[app]\n").env("APP_CONF", "from env")
                .compose("""
                        services:
                          web: {image: x}
                        configs:
                          file:
                            file: ./conf/app.ini
                          inline:
                            content: |
                              debug=${DEBUG:-false}
                          env:
                            environment: APP_CONF
                          outside:
                            external: true
                        """).project();
        ConfigDefinition file = project.configs().get("file");
        assertThat(file.file()).isEqualTo(dir.resolve("conf/app.ini"));
        assertThat(file.content()).isNull();
        assertThat(project.configs().get("inline").content()).isEqualTo("debug=false\n");
        ConfigDefinition env = project.configs().get("env");
        assertThat(env.environment()).isEqualTo("APP_CONF");
        assertThat(env.content()).isEqualTo("from env");
        assertThat(project.configs().get("outside").external()).isTrue();
    }

    @Test
    void secretsFromFileAndEnvironment() {
        Project project = new Fixture(dir).write("secrets/token", "t").write(".env", "DB_PASSWORD=s3cret\n")
                .compose("""
                        services:
                          web: {image: x}
                        secrets:
                          token:
                            file: secrets/token
                          password:
                            environment: DB_PASSWORD
                            name: db-password
                        """).project();
        SecretDefinition token = project.secrets().get("token");
        assertThat(token.file()).isEqualTo(dir.resolve("secrets/token"));
        SecretDefinition password = project.secrets().get("password");
        assertThat(password.content()).isEqualTo("s3cret");
        assertThat(password.name()).isEqualTo("db-password");
    }

    @Test
    void aMissingSecretFileIsAWarningAndAnUnsetVariableToo() {
        List<io.jkompose.model.Diagnostic> warnings = new Fixture(dir).compose("""
                services:
                  web: {image: x}
                secrets:
                  token:
                    file: ./nope
                  pw:
                    environment: NOT_SET
                """).warnings();
        assertThat(warnings).extracting(io.jkompose.model.Diagnostic::code)
                .containsExactlyInAnyOrder("missing-file", "unset-variable");
    }

    @Test
    void configsAndSecretsNeedAContentSource() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  web: {image: x}
                configs:
                  empty: {}
                  both:
                    content: a
                    file: ./a
                secrets:
                  nothing:
                    name: n
                """).errors();
        assertThat(errors).containsExactly(
                "invalid-value@4:3: configs.empty says nothing about its content",
                "invalid-value@5:3: configs.both has more than one of file, content and environment",
                "invalid-value@9:3: secrets.nothing says nothing about its content");
    }

    @Test
    void unknownKeysInResources() {
        var error = new Fixture(dir).compose("services:\n  web: {image: x}\nnetworks:\n  n:\n    drivers: bridge\n")
                .error();
        assertThat(error.hint()).isEqualTo("did you mean 'driver'?");
        assertThat(error.location()).isEqualTo(SourceLocation.of("compose.yaml", 5, 5));
    }

    @Test
    void topLevelModelsAreIgnoredWithAWarning() {
        var warnings = new Fixture(dir).compose("services:\n  web: {image: x}\nmodels:\n  llm:\n    model: ai/x\n")
                .warnings();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("ignored"));
    }
}
