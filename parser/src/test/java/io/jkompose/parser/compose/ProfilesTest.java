package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.jkompose.model.Diagnostic;
import io.jkompose.parser.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services with profiles are active only when one of their profiles is enabled. */
class ProfilesTest {

    private static final String COMPOSE = """
            services:
              web:
                image: nginx
              debug:
                image: busybox
                profiles: [debug]
              tools:
                image: tools
                profiles: [ops, debug]
              seed:
                image: seed
                profiles: [init]
            """;

    @TempDir
    Path dir;

    @Test
    void servicesWithoutProfilesAreAlwaysActive() {
        assertThat(new Fixture(dir).compose(COMPOSE).project().services()).containsOnlyKeys("web");
    }

    @Test
    void aProfileEnablesItsServices() {
        assertThat(new Fixture(dir).compose(COMPOSE).profile("debug").project().services())
                .containsOnlyKeys("web", "debug", "tools");
    }

    @Test
    void severalProfilesAndCommaSeparatedOnes() {
        assertThat(new Fixture(dir).compose(COMPOSE).profile("ops,init").project().services())
                .containsOnlyKeys("web", "tools", "seed");
    }

    @Test
    void composeProfilesIsUsedWithoutDashDashProfile() {
        assertThat(new Fixture(dir).compose(COMPOSE).env("COMPOSE_PROFILES", "init, ops").project().services())
                .containsOnlyKeys("web", "tools", "seed");
    }

    @Test
    void dashDashProfileWinsOverComposeProfiles() {
        assertThat(new Fixture(dir).compose(COMPOSE).env("COMPOSE_PROFILES", "init").profile("ops").project()
                .services()).containsOnlyKeys("web", "tools");
    }

    @Test
    void starEnablesEveryProfile() {
        assertThat(new Fixture(dir).compose(COMPOSE).profile("*").project().services()).hasSize(4);
    }

    @Test
    void aDependencyOnAnInactiveServiceIsDroppedWithAWarning() {
        LoadResult result = new Fixture(dir).compose("""
                services:
                  web:
                    image: nginx
                    depends_on: [db, cache]
                  db:
                    image: pg
                  cache:
                    image: redis
                    profiles: [full]
                """).load();
        assertThat(result.project().services().get("web").lifecycle().dependsOn()).containsOnlyKeys("db");
        Diagnostic warning = result.diagnostics().get(0);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.code()).isEqualTo("inactive-dependency");
        assertThat(warning.hint()).isEqualTo("enable one of its profiles with --profile full");
        assertThat(warning.location().line()).isEqualTo(4);
        assertThat(warning.location().column()).isEqualTo(22);
    }

    @Test
    void inactiveServicesAreNotCheckedForReferences() {
        // the undefined volume belongs to an inactive service, so it is not an error
        assertThat(new Fixture(dir).compose("""
                services:
                  web:
                    image: nginx
                  debug:
                    image: x
                    profiles: [debug]
                    volumes: [missing:/data]
                """).project().services()).containsOnlyKeys("web");
    }

    @Test
    void invalidValuesOfInactiveServicesAreStillErrors() {
        assertThat(new Fixture(dir).compose("""
                services:
                  web:
                    image: nginx
                  debug:
                    image: x
                    profiles: [debug]
                    ports: ["x"]
                """).errors()).singleElement().satisfies(e -> assertThat(e).startsWith("invalid-value@7:"));
    }
}
