package io.jkompose.parser.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include, extends, !reset and !override are rejected where written, never ignored. */
class UnsupportedFeaturesTest {

    @TempDir
    Path dir;

    @Test
    void include() {
        List<String> errors = new Fixture(dir).compose("include:\n  - other.yaml\nservices:\n  web: {image: x}\n")
                .errors();
        assertThat(errors).containsExactly("not-supported@1:1: 'include' is not supported yet by jkompose");
    }

    @Test
    void extendsIsRejectedWithoutAFollowOnError() {
        List<String> errors = new Fixture(dir).compose("""
                services:
                  base: {image: x}
                  web:
                    extends: base
                """).errors();
        assertThat(errors).containsExactly("not-supported@4:5: services.web.extends is not supported yet by jkompose");
    }

    @Test
    void resetAndOverrideTags() {
        List<String> errors = new Fixture(dir).compose("services:\n  web:\n    image: x\n    ports: ['80:80']\n")
                .write("override.yaml", "services:\n  web:\n    ports: !reset []\n    command: !override [a]\n")
                .file("override.yaml").errors();
        assertThat(errors).containsExactly(
                "not-supported@3:12: the !reset tag is not supported yet by jkompose",
                "not-supported@4:14: the !override tag is not supported yet by jkompose");
    }
}
